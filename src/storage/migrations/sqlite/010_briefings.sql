-- The political briefing (issue 11): the coordinator's draft, one per organisation, and the versions
-- frozen from it. A frozen version is what is printed and what a public page may show, so it is never
-- changed or deleted; the next freeze makes version n+1. The sections are stored as written, in the
-- language they were written in (`lang`, which also names the printed headings).

CREATE TABLE briefing_drafts (
  org_id     INTEGER PRIMARY KEY REFERENCES organisations(id),
  lang       TEXT NOT NULL DEFAULT 'da' CHECK (lang IN ('da', 'en')),
  proposals  TEXT NOT NULL DEFAULT '',
  not_doing  TEXT NOT NULL DEFAULT '',
  asks       TEXT NOT NULL DEFAULT '',
  noticed    TEXT NOT NULL DEFAULT '',
  benefits   TEXT NOT NULL DEFAULT '',
  updated_by INTEGER REFERENCES users(id),
  updated_at INTEGER NOT NULL
);

CREATE TABLE briefing_versions (
  org_id    INTEGER NOT NULL REFERENCES organisations(id),
  version   INTEGER NOT NULL CHECK (version >= 1),
  lang      TEXT NOT NULL DEFAULT 'da' CHECK (lang IN ('da', 'en')),
  proposals TEXT NOT NULL DEFAULT '',
  not_doing TEXT NOT NULL DEFAULT '',
  asks      TEXT NOT NULL DEFAULT '',
  noticed   TEXT NOT NULL DEFAULT '',
  benefits  TEXT NOT NULL DEFAULT '',
  frozen_by INTEGER REFERENCES users(id),
  frozen_at INTEGER NOT NULL,
  PRIMARY KEY (org_id, version)
);
CREATE TRIGGER briefing_versions_no_update BEFORE UPDATE ON briefing_versions
  BEGIN SELECT RAISE(ABORT, 'briefing_versions is append-only'); END;
CREATE TRIGGER briefing_versions_no_delete BEFORE DELETE ON briefing_versions
  BEGIN SELECT RAISE(ABORT, 'briefing_versions is append-only'); END;
