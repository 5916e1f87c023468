-- The initiative register (issue 12): digital initiatives with their versions, dated phase changes,
-- benefit measurements and links to decisions, goals and steps.
--
-- The current content is kept twice on purpose: the columns the portfolio filters and sorts on (phase,
-- title, owner, value, readiness, personal data...) as columns with indexes, and the whole structured
-- content as JSON written by formats/initiative_json (the shape the API speaks), so that the lists within
-- an initiative (purposes, data sources, partners, benefits, messages) need no table each. Links are
-- tables with composite foreign keys on (org_id, id), so even a bug cannot link another organisation's
-- decision, goal or step. Versions, phase changes and measurements are append-only, like the audit log.

-- Steps are referred to by (org_id, id) through steps_org_id (migration 008).

CREATE TABLE initiatives (
  id                   INTEGER PRIMARY KEY,
  org_id               INTEGER NOT NULL REFERENCES organisations(id),
  version              INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  phase                TEXT NOT NULL DEFAULT 'idea'
                       CHECK (phase IN ('idea', 'analysis', 'pilot', 'scale_up', 'operation', 'stopped')),
  title                TEXT NOT NULL,
  owner_id             INTEGER NOT NULL REFERENCES users(id),
  value_rating         INTEGER NOT NULL DEFAULT 0 CHECK (value_rating BETWEEN 0 AND 5),
  competence_readiness TEXT NOT NULL CHECK (competence_readiness IN ('good', 'uncertain', 'poor')),
  personal_data        INTEGER NOT NULL DEFAULT 0 CHECK (personal_data IN (0, 1)),
  special_categories   INTEGER NOT NULL DEFAULT 0 CHECK (special_categories IN (0, 1)),
  technologies         TEXT NOT NULL DEFAULT '',  -- comma-separated names, for filters
  questions            TEXT NOT NULL DEFAULT '',  -- comma-separated 1..10, for filters
  content              TEXT NOT NULL CHECK (json_valid(content)),
  created_by           INTEGER REFERENCES users(id),
  created_at           INTEGER NOT NULL,
  UNIQUE (org_id, id)
);
CREATE INDEX initiatives_org_title ON initiatives(org_id, title);
CREATE INDEX initiatives_org_phase ON initiatives(org_id, phase);
CREATE INDEX initiatives_org_owner ON initiatives(org_id, owner_id);

CREATE TABLE initiative_versions (
  initiative_id INTEGER NOT NULL,
  org_id        INTEGER NOT NULL,
  version       INTEGER NOT NULL CHECK (version >= 1),
  content       TEXT NOT NULL CHECK (json_valid(content)),
  edited_by     INTEGER REFERENCES users(id),
  edited_at     INTEGER NOT NULL,
  PRIMARY KEY (initiative_id, version),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives(org_id, id)
);
CREATE TRIGGER initiative_versions_no_update BEFORE UPDATE ON initiative_versions
  BEGIN SELECT RAISE(ABORT, 'initiative_versions is append-only'); END;
CREATE TRIGGER initiative_versions_no_delete BEFORE DELETE ON initiative_versions
  BEGIN SELECT RAISE(ABORT, 'initiative_versions is append-only'); END;

CREATE TABLE initiative_phase_changes (
  id            INTEGER PRIMARY KEY,
  org_id        INTEGER NOT NULL,
  initiative_id INTEGER NOT NULL,
  from_phase    TEXT NOT NULL CHECK (from_phase IN ('idea', 'analysis', 'pilot', 'scale_up', 'operation', 'stopped')),
  to_phase      TEXT NOT NULL CHECK (to_phase IN ('idea', 'analysis', 'pilot', 'scale_up', 'operation', 'stopped')),
  changed_on    TEXT NOT NULL,
  reason        TEXT NOT NULL DEFAULT '',
  by_user_id    INTEGER REFERENCES users(id),
  CHECK (from_phase <> to_phase),
  CHECK (to_phase <> 'stopped' OR trim(reason) <> ''),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives(org_id, id)
);
CREATE INDEX initiative_phase_changes_initiative ON initiative_phase_changes(org_id, initiative_id, id);
CREATE TRIGGER initiative_phase_changes_no_update BEFORE UPDATE ON initiative_phase_changes
  BEGIN SELECT RAISE(ABORT, 'initiative_phase_changes is append-only'); END;
CREATE TRIGGER initiative_phase_changes_no_delete BEFORE DELETE ON initiative_phase_changes
  BEGIN SELECT RAISE(ABORT, 'initiative_phase_changes is append-only'); END;

CREATE TABLE benefit_measurements (
  id            INTEGER PRIMARY KEY,
  org_id        INTEGER NOT NULL,
  initiative_id INTEGER NOT NULL,
  benefit_index INTEGER NOT NULL CHECK (benefit_index >= 0),
  benefit_title TEXT NOT NULL,
  value         REAL NOT NULL,
  measured_on   TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL,
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives(org_id, id)
);
CREATE INDEX benefit_measurements_initiative ON benefit_measurements(org_id, initiative_id, measured_on);
CREATE TRIGGER benefit_measurements_no_update BEFORE UPDATE ON benefit_measurements
  BEGIN SELECT RAISE(ABORT, 'benefit_measurements is append-only'); END;
CREATE TRIGGER benefit_measurements_no_delete BEFORE DELETE ON benefit_measurements
  BEGIN SELECT RAISE(ABORT, 'benefit_measurements is append-only'); END;

-- The links of the current version (replaced on edit; each version's own links are in its content).
CREATE TABLE initiative_decisions (
  org_id        INTEGER NOT NULL,
  initiative_id INTEGER NOT NULL,
  decision_id   INTEGER NOT NULL,
  PRIMARY KEY (initiative_id, decision_id),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives(org_id, id),
  FOREIGN KEY (org_id, decision_id) REFERENCES decisions(org_id, id)
);
CREATE INDEX initiative_decisions_decision ON initiative_decisions(org_id, decision_id);

CREATE TABLE initiative_goals (
  org_id        INTEGER NOT NULL,
  initiative_id INTEGER NOT NULL,
  goal_id       INTEGER NOT NULL,
  PRIMARY KEY (initiative_id, goal_id),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives(org_id, id),
  FOREIGN KEY (org_id, goal_id) REFERENCES goals(org_id, id)
);
CREATE INDEX initiative_goals_goal ON initiative_goals(org_id, goal_id);

CREATE TABLE initiative_steps (
  org_id        INTEGER NOT NULL,
  initiative_id INTEGER NOT NULL,
  step_id       INTEGER NOT NULL,
  PRIMARY KEY (initiative_id, step_id),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives(org_id, id),
  FOREIGN KEY (org_id, step_id) REFERENCES steps(org_id, id)
);
