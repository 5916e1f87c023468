-- PostgreSQL twin of sqlite/010_briefings.sql (dialect notes in 001_foundation.sql).
-- The political briefing (issue 11): the coordinator's draft, one per organisation, and the versions
-- frozen from it. A frozen version is what is printed and what a public page may show, so it is never
-- changed or deleted; the next freeze makes version n+1. The sections are stored as written, in the
-- language they were written in (`lang`, which also names the printed headings).

CREATE TABLE briefing_drafts (
  org_id     BIGINT PRIMARY KEY REFERENCES organisations(id),
  lang       TEXT COLLATE "C" NOT NULL DEFAULT 'da' CHECK (lang IN ('da', 'en')),
  proposals  TEXT COLLATE "C" NOT NULL DEFAULT '',
  not_doing  TEXT COLLATE "C" NOT NULL DEFAULT '',
  asks       TEXT COLLATE "C" NOT NULL DEFAULT '',
  noticed    TEXT COLLATE "C" NOT NULL DEFAULT '',
  benefits   TEXT COLLATE "C" NOT NULL DEFAULT '',
  updated_by BIGINT REFERENCES users(id),
  updated_at BIGINT NOT NULL
);

CREATE TABLE briefing_versions (
  org_id    BIGINT NOT NULL REFERENCES organisations(id),
  version   BIGINT NOT NULL CHECK (version >= 1),
  lang      TEXT COLLATE "C" NOT NULL DEFAULT 'da' CHECK (lang IN ('da', 'en')),
  proposals TEXT COLLATE "C" NOT NULL DEFAULT '',
  not_doing TEXT COLLATE "C" NOT NULL DEFAULT '',
  asks      TEXT COLLATE "C" NOT NULL DEFAULT '',
  noticed   TEXT COLLATE "C" NOT NULL DEFAULT '',
  benefits  TEXT COLLATE "C" NOT NULL DEFAULT '',
  frozen_by BIGINT REFERENCES users(id),
  frozen_at BIGINT NOT NULL,
  PRIMARY KEY (org_id, version)
);
CREATE TRIGGER briefing_versions_no_update BEFORE UPDATE ON briefing_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change('briefing_versions is append-only');
CREATE TRIGGER briefing_versions_no_delete BEFORE DELETE ON briefing_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change('briefing_versions is append-only');
