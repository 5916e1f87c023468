-- Goals and steps are edited with a history, like decisions: each keeps the version of its current
-- content and every saved content in an append-only table (version 1 included, back-filled here for
-- goals and steps recorded before).

ALTER TABLE goals ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE steps ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- A step is referred to together with its organisation.
CREATE UNIQUE INDEX steps_org_id ON steps(org_id, id);

CREATE TABLE goal_versions (
  goal_id     INTEGER NOT NULL,
  org_id      INTEGER NOT NULL,
  version     INTEGER NOT NULL,
  title       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  questions   TEXT NOT NULL DEFAULT '',
  horizon     TEXT NOT NULL,
  edited_by   INTEGER REFERENCES users(id),
  edited_at   TEXT NOT NULL,
  PRIMARY KEY (goal_id, version),
  FOREIGN KEY (org_id, goal_id) REFERENCES goals(org_id, id)
);
CREATE TRIGGER goal_versions_no_update BEFORE UPDATE ON goal_versions
  BEGIN SELECT RAISE(ABORT, 'goal_versions is append-only'); END;
CREATE TRIGGER goal_versions_no_delete BEFORE DELETE ON goal_versions
  BEGIN SELECT RAISE(ABORT, 'goal_versions is append-only'); END;

CREATE TABLE step_versions (
  step_id           INTEGER NOT NULL,
  org_id            INTEGER NOT NULL,
  version           INTEGER NOT NULL,
  hypothesis        TEXT NOT NULL,
  success_criterion TEXT NOT NULL DEFAULT '',
  owner_id          INTEGER NOT NULL REFERENCES users(id),
  due_on            TEXT NOT NULL,
  edited_by         INTEGER REFERENCES users(id),
  edited_at         TEXT NOT NULL,
  PRIMARY KEY (step_id, version),
  FOREIGN KEY (org_id, step_id) REFERENCES steps(org_id, id)
);
CREATE TRIGGER step_versions_no_update BEFORE UPDATE ON step_versions
  BEGIN SELECT RAISE(ABORT, 'step_versions is append-only'); END;
CREATE TRIGGER step_versions_no_delete BEFORE DELETE ON step_versions
  BEGIN SELECT RAISE(ABORT, 'step_versions is append-only'); END;

INSERT INTO goal_versions(goal_id, org_id, version, title, description, questions, horizon, edited_by, edited_at)
  SELECT id, org_id, 1, title, description, questions, horizon, created_by, date(created_at, 'unixepoch')
  FROM goals;
INSERT INTO step_versions(step_id, org_id, version, hypothesis, success_criterion, owner_id, due_on, edited_by,
                          edited_at)
  SELECT id, org_id, 1, hypothesis, success_criterion, owner_id, due_on, NULL, date(created_at, 'unixepoch')
  FROM steps;

-- Full-text search in the decision register: title, rationale, alternatives and the follow-up notes of
-- each decision (rowid = decisions.id). unicode61 without removing diacritics, so that "æ", "ø" and "å"
-- are letters of their own (Danish: "så" is not "sa"). Kept in step with its tables by triggers, which run
-- in the writing statement's transaction: a rolled-back write leaves the index as it was.
CREATE VIRTUAL TABLE decisions_fts USING fts5(
  title, rationale, alternatives, notes,
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER decisions_fts_insert AFTER INSERT ON decisions BEGIN
  INSERT INTO decisions_fts(rowid, title, rationale, alternatives, notes)
    VALUES (new.id, new.title, new.rationale, new.alternatives, '');
END;
CREATE TRIGGER decisions_fts_update AFTER UPDATE OF title, rationale, alternatives ON decisions BEGIN
  UPDATE decisions_fts SET title = new.title, rationale = new.rationale, alternatives = new.alternatives
    WHERE rowid = new.id;
END;
CREATE TRIGGER decisions_fts_delete AFTER DELETE ON decisions BEGIN
  DELETE FROM decisions_fts WHERE rowid = old.id;
END;
-- Notes are append-only (decision_notes_no_update, _no_delete): an insert is the only change.
CREATE TRIGGER decisions_fts_note AFTER INSERT ON decision_notes BEGIN
  UPDATE decisions_fts
    SET notes = (SELECT group_concat(text, char(10)) FROM decision_notes WHERE decision_id = new.decision_id)
    WHERE rowid = new.decision_id;
END;

INSERT INTO decisions_fts(rowid, title, rationale, alternatives, notes)
  SELECT d.id, d.title, d.rationale, d.alternatives,
         coalesce((SELECT group_concat(n.text, char(10)) FROM decision_notes n WHERE n.decision_id = d.id), '')
  FROM decisions d;

-- The meeting history: the agenda as it stood when the minutes were recorded (what was sent), the
-- decisions taken at a meeting, and a date for each follow-up agreed (owners were already recorded).
ALTER TABLE meetings ADD COLUMN agenda_sent TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting_follow_ups ADD COLUMN due_on TEXT;

CREATE TABLE meeting_decisions (
  org_id      INTEGER NOT NULL,
  meeting_id  INTEGER NOT NULL,
  decision_id INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, decision_id),
  FOREIGN KEY (org_id, meeting_id) REFERENCES meetings(org_id, id),
  FOREIGN KEY (org_id, decision_id) REFERENCES decisions(org_id, id)
);
CREATE INDEX meetings_held ON meetings(org_id, series_id, status, held_on);
