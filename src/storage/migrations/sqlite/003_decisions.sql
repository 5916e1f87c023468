-- The three decisions: the decision register (with its versions and follow-up notes), goals and their
-- small steps, and recurring management meetings with their agenda item, minutes and follow-ups.
--
-- Every row carries org_id. Links between objects are composite foreign keys on (org_id, id), so even a
-- bug cannot link a decision to another organisation's round or goal. Dates are ISO days (YYYY-MM-DD);
-- times are Unix seconds. Lists of questions (1..10) and purpose ids are stored comma-separated.
-- Versions and notes are append-only, like the audit log.

-- A round is referred to together with its organisation.
CREATE UNIQUE INDEX rounds_org_id ON rounds(org_id, id);

CREATE TABLE goals (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL REFERENCES organisations(id),
  title       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  questions   TEXT NOT NULL DEFAULT '',
  horizon     TEXT NOT NULL,
  created_by  INTEGER REFERENCES users(id),
  created_at  INTEGER NOT NULL,
  UNIQUE (org_id, id)
);

CREATE TABLE decisions (
  id               INTEGER PRIMARY KEY,
  org_id           INTEGER NOT NULL REFERENCES organisations(id),
  version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  kind             TEXT NOT NULL CHECK (kind IN ('decided', 'deselected', 'postponed')),
  title            TEXT NOT NULL,
  rationale        TEXT NOT NULL,
  alternatives     TEXT NOT NULL DEFAULT '',
  questions        TEXT NOT NULL,
  purposes         TEXT NOT NULL DEFAULT '',
  owner_id         INTEGER NOT NULL REFERENCES users(id),
  body             TEXT NOT NULL,
  decided_on       TEXT NOT NULL,
  review_on        TEXT CHECK (review_on IS NULL OR review_on >= decided_on),
  round_id         INTEGER,
  goal_id          INTEGER,
  supersedes_id    INTEGER,
  superseded_by_id INTEGER,
  reviewed_on      TEXT,
  created_by       INTEGER REFERENCES users(id),
  created_at       INTEGER NOT NULL,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, round_id) REFERENCES rounds(org_id, id),
  FOREIGN KEY (org_id, goal_id) REFERENCES goals(org_id, id),
  FOREIGN KEY (org_id, supersedes_id) REFERENCES decisions(org_id, id),
  FOREIGN KEY (org_id, superseded_by_id) REFERENCES decisions(org_id, id)
);
CREATE INDEX decisions_org ON decisions(org_id, decided_on);

-- Every saved content of a decision, version 1 included.
CREATE TABLE decision_versions (
  decision_id  INTEGER NOT NULL,
  org_id       INTEGER NOT NULL,
  version      INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  title        TEXT NOT NULL,
  rationale    TEXT NOT NULL,
  alternatives TEXT NOT NULL DEFAULT '',
  questions    TEXT NOT NULL,
  purposes     TEXT NOT NULL DEFAULT '',
  owner_id     INTEGER NOT NULL REFERENCES users(id),
  body         TEXT NOT NULL,
  decided_on   TEXT NOT NULL,
  review_on    TEXT,
  round_id     INTEGER,
  goal_id      INTEGER,
  edited_by    INTEGER REFERENCES users(id),
  edited_at    TEXT NOT NULL,
  PRIMARY KEY (decision_id, version),
  FOREIGN KEY (org_id, decision_id) REFERENCES decisions(org_id, id)
);
CREATE TRIGGER decision_versions_no_update BEFORE UPDATE ON decision_versions
  BEGIN SELECT RAISE(ABORT, 'decision_versions is append-only'); END;
CREATE TRIGGER decision_versions_no_delete BEFORE DELETE ON decision_versions
  BEGIN SELECT RAISE(ABORT, 'decision_versions is append-only'); END;

CREATE TABLE decision_notes (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL,
  decision_id INTEGER NOT NULL,
  text        TEXT NOT NULL,
  author_id   INTEGER REFERENCES users(id),
  written_on  TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  FOREIGN KEY (org_id, decision_id) REFERENCES decisions(org_id, id)
);
CREATE INDEX decision_notes_decision ON decision_notes(org_id, decision_id, id);
CREATE TRIGGER decision_notes_no_update BEFORE UPDATE ON decision_notes
  BEGIN SELECT RAISE(ABORT, 'decision_notes is append-only'); END;
CREATE TRIGGER decision_notes_no_delete BEFORE DELETE ON decision_notes
  BEGIN SELECT RAISE(ABORT, 'decision_notes is append-only'); END;

CREATE TABLE steps (
  id                INTEGER PRIMARY KEY,
  org_id            INTEGER NOT NULL,
  goal_id           INTEGER NOT NULL,
  hypothesis        TEXT NOT NULL,
  success_criterion TEXT NOT NULL DEFAULT '',
  owner_id          INTEGER NOT NULL REFERENCES users(id),
  due_on            TEXT NOT NULL,
  status            TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done', 'dropped')),
  result            TEXT,
  learned           TEXT,
  verdict           TEXT CHECK (verdict IS NULL OR verdict IN ('continue', 'adjust', 'stop')),
  evaluated_on      TEXT,
  drop_reason       TEXT NOT NULL DEFAULT '',
  created_at        INTEGER NOT NULL,
  CHECK (status <> 'done' OR (verdict IS NOT NULL AND evaluated_on IS NOT NULL)),
  FOREIGN KEY (org_id, goal_id) REFERENCES goals(org_id, id)
);
CREATE INDEX steps_org ON steps(org_id, goal_id, due_on);

CREATE TABLE meeting_series (
  id             INTEGER PRIMARY KEY,
  org_id         INTEGER NOT NULL REFERENCES organisations(id),
  title          TEXT NOT NULL,
  cadence        TEXT NOT NULL CHECK (cadence IN ('weekly', 'every_n_weeks', 'monthly')),
  interval_weeks INTEGER NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 52),
  first_meeting  TEXT NOT NULL,
  created_at     INTEGER NOT NULL,
  UNIQUE (org_id, id)
);

CREATE TABLE meetings (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL,
  series_id   INTEGER NOT NULL,
  held_on     TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held')),
  agenda_text TEXT NOT NULL DEFAULT '',
  minutes     TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  UNIQUE (series_id, held_on),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, series_id) REFERENCES meeting_series(org_id, id)
);

CREATE TABLE meeting_follow_ups (
  id         INTEGER PRIMARY KEY,
  org_id     INTEGER NOT NULL,
  meeting_id INTEGER NOT NULL,
  text       TEXT NOT NULL,
  owner_id   INTEGER REFERENCES users(id),
  created_at INTEGER NOT NULL,
  FOREIGN KEY (org_id, meeting_id) REFERENCES meetings(org_id, id)
);
CREATE INDEX meeting_follow_ups_meeting ON meeting_follow_ups(org_id, meeting_id);
