-- The competence matrix (issue 17, question 6): which digital competencies the directorate, managers,
-- employees, politicians and citizens need, per sector, and how each gap is to be closed.
--
-- Roles are the six fixed codes (labelled through the catalogues). Sectors and competencies are each
-- organisation's own lists. A cell is one competence for one role, in all sectors (sector_id NULL) or in
-- one sector; it holds today's level and the level needed (0..4), the route that closes the gap, an owner,
-- a date, a note and the step of a goal the gap became (composite foreign keys on (org_id, id), so even a
-- bug cannot point at another organisation's row). Changes are kept in the audit log.
--
-- The AI Act's Art. 4 AI-literacy duty is a built-in competence (builtin = 'ai_act_art4') in every
-- organisation: inserted here for the organisations that exist, by CompetenceService on first use for
-- later ones, and never deleted (the trigger below).

CREATE TABLE competence_sectors (
  id         INTEGER PRIMARY KEY,
  org_id     INTEGER NOT NULL REFERENCES organisations(id),
  name       TEXT NOT NULL CHECK (trim(name) <> ''),
  created_at INTEGER NOT NULL,
  UNIQUE (org_id, id),
  UNIQUE (org_id, name)
);

CREATE TABLE competencies (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL REFERENCES organisations(id),
  name        TEXT NOT NULL CHECK (trim(name) <> ''),
  description TEXT NOT NULL DEFAULT '',
  builtin     TEXT CHECK (builtin IS NULL OR builtin IN ('ai_act_art4')),
  created_at  INTEGER NOT NULL,
  UNIQUE (org_id, id),
  UNIQUE (org_id, name),
  UNIQUE (org_id, builtin)
);
CREATE TRIGGER competencies_builtin_no_delete BEFORE DELETE ON competencies
  WHEN OLD.builtin IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'a built-in competence cannot be deleted'); END;

CREATE TABLE competence_cells (
  id            INTEGER PRIMARY KEY,
  org_id        INTEGER NOT NULL,
  competence_id INTEGER NOT NULL,
  role          TEXT NOT NULL
                CHECK (role IN ('direktion', 'chefer', 'ledere', 'medarbejdere', 'politikere', 'borgere')),
  sector_id     INTEGER,  -- NULL: the role in every sector
  current_level INTEGER NOT NULL CHECK (current_level BETWEEN 0 AND 4),
  needed_level  INTEGER NOT NULL CHECK (needed_level BETWEEN 0 AND 4),
  route         TEXT CHECK (route IS NULL OR route IN ('train', 'hire', 'partner', 'buy')),
  owner_id      INTEGER REFERENCES users(id),
  due_on        TEXT,
  note          TEXT NOT NULL DEFAULT '',
  step_id       INTEGER,
  version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by    INTEGER REFERENCES users(id),
  updated_at    INTEGER NOT NULL,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, competence_id) REFERENCES competencies(org_id, id),
  FOREIGN KEY (org_id, sector_id) REFERENCES competence_sectors(org_id, id),
  FOREIGN KEY (org_id, step_id) REFERENCES steps(org_id, id)
);
CREATE UNIQUE INDEX competence_cells_place ON competence_cells(org_id, competence_id, role, COALESCE(sector_id, 0));
CREATE INDEX competence_cells_sector ON competence_cells(org_id, sector_id);

INSERT INTO competencies(org_id, name, description, builtin, created_at)
  SELECT id, 'AI-kompetencer (AI-forordningens artikel 4)', '', 'ai_act_art4', CAST(strftime('%s', 'now') AS INTEGER)
  FROM organisations;
