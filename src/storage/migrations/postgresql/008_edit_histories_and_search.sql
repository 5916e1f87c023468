-- PostgreSQL twin of sqlite/008_edit_histories_and_search.sql (dialect notes in 001_foundation.sql).
-- Goals and steps are edited with a history, like decisions: each keeps the version of its current
-- content and every saved content in an append-only table (version 1 included, back-filled here for
-- goals and steps recorded before).

ALTER TABLE goals ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE steps ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);

-- A step is referred to together with its organisation.
CREATE UNIQUE INDEX steps_org_id ON steps(org_id, id);

CREATE TABLE goal_versions (
  goal_id     BIGINT NOT NULL,
  org_id      BIGINT NOT NULL,
  version     BIGINT NOT NULL,
  title       TEXT COLLATE "C" NOT NULL,
  description TEXT COLLATE "C" NOT NULL DEFAULT '',
  questions   TEXT COLLATE "C" NOT NULL DEFAULT '',
  horizon     TEXT COLLATE "C" NOT NULL,
  edited_by   BIGINT REFERENCES users(id),
  edited_at   TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (goal_id, version),
  FOREIGN KEY (org_id, goal_id) REFERENCES goals(org_id, id)
);
CREATE TRIGGER goal_versions_no_update BEFORE UPDATE ON goal_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change('goal_versions is append-only');
CREATE TRIGGER goal_versions_no_delete BEFORE DELETE ON goal_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change('goal_versions is append-only');

CREATE TABLE step_versions (
  step_id           BIGINT NOT NULL,
  org_id            BIGINT NOT NULL,
  version           BIGINT NOT NULL,
  hypothesis        TEXT COLLATE "C" NOT NULL,
  success_criterion TEXT COLLATE "C" NOT NULL DEFAULT '',
  owner_id          BIGINT NOT NULL REFERENCES users(id),
  due_on            TEXT COLLATE "C" NOT NULL,
  edited_by         BIGINT REFERENCES users(id),
  edited_at         TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (step_id, version),
  FOREIGN KEY (org_id, step_id) REFERENCES steps(org_id, id)
);
CREATE TRIGGER step_versions_no_update BEFORE UPDATE ON step_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change('step_versions is append-only');
CREATE TRIGGER step_versions_no_delete BEFORE DELETE ON step_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change('step_versions is append-only');

INSERT INTO goal_versions(goal_id, org_id, version, title, description, questions, horizon, edited_by, edited_at)
  SELECT id, org_id, 1, title, description, questions, horizon, created_by, date(created_at, 'unixepoch')
  FROM goals;
INSERT INTO step_versions(step_id, org_id, version, hypothesis, success_criterion, owner_id, due_on, edited_by,
                          edited_at)
  SELECT id, org_id, 1, hypothesis, success_criterion, owner_id, due_on, NULL, date(created_at, 'unixepoch')
  FROM steps;

-- Full-text search in the decision register: title, rationale, alternatives and the follow-up notes of
-- each decision (rowid = decisions.id), kept in step with its tables by triggers in the writing
-- statement's transaction, as in SQLite. PostgreSQL has no FTS5, and its text search parser does not
-- split words as FTS5's unicode61 does (it keeps "karen@x.dk" or "foo-bar" whole, and follows the
-- server's locale), so the index is built to unicode61's rules instead: `words` holds each column's
-- tokens, lower-cased, one space apart, the columns apart by " | ". A quoted FTS5 phrase "a b"* is then
-- found where " a b" occurs (fts_match below), which is FTS5's meaning: the tokens in a row within one
-- column, the last one a prefix. The search reads one organisation's rows (org_id, kept here for that).
--
-- Tokens, as unicode61 with remove_diacritics 0 (SQLite 3.40's tables): runs of letters of any script
-- and decimal digits (ICU's classes), the combining marks unicode61 counts as diacritics, the number
-- signs of Latin-1 (¹ ² ³ ¼ ½ ¾), super- and subscript digits, number forms (Ⅻ, ⅓), circled and dingbat
-- numbers, and private-use characters; everything else separates, so "æ", "ø" and "å" are letters of
-- their own ("så" is not "sa"). Case: ICU's lower case, then the letters where unicode61's case folding
-- differs from it (µ ſ ς ϐ ϑ ϕ ϖ ϰ ϱ ϵ ẛ ι → μ s σ β θ φ π κ ρ ε ṡ ι), and İ kept as it is, as unicode61
-- keeps it. Checked code point by code point against SQLite for Latin, Greek, Cyrillic and the number
-- blocks; what still differs is in letters Unicode added after SQLite's tables (Ꞷ, Ԩ), digits other
-- than decimal ones outside the blocks named, and unassigned code points.
CREATE COLLATION fts_unicode (provider = icu, locale = 'und');

CREATE FUNCTION fts_tokens(content TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(regexp_replace(
           translate(lower(replace(content, U&'\0130', U&'\FDD0') COLLATE fts_unicode),
                     U&'\FDD0\00B5\017F\03C2\03D0\03D1\03D5\03D6\03F0\03F1\03F5\1E9B\1FBE',
                     U&'\0130\03BC\0073\03C3\03B2\03B8\03C6\03C0\03BA\03C1\03B5\1E61\03B9'),
           '[^[:alnum:]\u0300-\u0304\u0306-\u030c\u030f\u0311\u031b\u0323-\u0328\u032d\u032e\u0330\u0331'
           '\u00b2\u00b3\u00b9\u00bc-\u00be\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2189\u2460-\u249b'
           '\u24ea-\u24ff\u2776-\u2793\ue000-\uf8ff]+', ' ', 'g'), ' ') COLLATE "C";

-- True when every phrase of an FTS5 expression as fts_match_expression (domain/decisions) makes them
-- ("w1"* "w2"*: quoted phrases, "" for a quote inside one, each optionally a prefix) occurs in `words`.
-- A phrase without a token ("€", an emoji) is left out, as FTS5 leaves it out; an expression without a
-- phrase that has a token matches nothing.
CREATE FUNCTION fts_match(words TEXT, expression TEXT) RETURNS BOOLEAN
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (
    SELECT COALESCE(bool_and(strpos(words COLLATE "C",
                                    ' ' || p.tokens || CASE WHEN p.prefix THEN '' ELSE ' ' END) > 0)
                      FILTER (WHERE p.tokens <> ''),
                    false)
    FROM (SELECT fts_tokens(replace(m[1], '""', '"')) AS tokens, m[2] = '*' AS prefix
          FROM regexp_matches(expression, '"((?:[^"]|"")*)"(\*?)', 'g') AS m) AS p);

CREATE TABLE decisions_fts (
  rowid        BIGINT PRIMARY KEY,
  org_id       BIGINT NOT NULL,
  title        TEXT COLLATE "C" NOT NULL,
  rationale    TEXT COLLATE "C" NOT NULL,
  alternatives TEXT COLLATE "C" NOT NULL,
  notes        TEXT COLLATE "C" NOT NULL,
  words        TEXT COLLATE "C" GENERATED ALWAYS AS (
                 ' ' || fts_tokens(title) || ' | ' || fts_tokens(rationale) || ' | ' ||
                 fts_tokens(alternatives) || ' | ' || fts_tokens(notes) || ' ') STORED
);
CREATE INDEX decisions_fts_org ON decisions_fts(org_id);

CREATE FUNCTION decisions_fts_insert() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO decisions_fts(rowid, org_id, title, rationale, alternatives, notes)
    VALUES (NEW.id, NEW.org_id, NEW.title, NEW.rationale, NEW.alternatives, '');
  RETURN NULL;
END
$$;
CREATE TRIGGER decisions_fts_insert AFTER INSERT ON decisions
  FOR EACH ROW EXECUTE FUNCTION decisions_fts_insert();

CREATE FUNCTION decisions_fts_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE decisions_fts SET title = NEW.title, rationale = NEW.rationale, alternatives = NEW.alternatives
    WHERE rowid = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER decisions_fts_update AFTER UPDATE OF title, rationale, alternatives ON decisions
  FOR EACH ROW EXECUTE FUNCTION decisions_fts_update();

CREATE FUNCTION decisions_fts_delete() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM decisions_fts WHERE rowid = OLD.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER decisions_fts_delete AFTER DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION decisions_fts_delete();

-- Notes are append-only (decision_notes_no_update, _no_delete): an insert is the only change. They are
-- joined in the order written, one a line, as SQLite's group_concat reads them.
CREATE FUNCTION decisions_fts_note() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE decisions_fts
    SET notes = (SELECT string_agg(n.text, chr(10) ORDER BY n.id) FROM decision_notes n
                 WHERE n.decision_id = NEW.decision_id)
    WHERE rowid = NEW.decision_id;
  RETURN NULL;
END
$$;
CREATE TRIGGER decisions_fts_note AFTER INSERT ON decision_notes
  FOR EACH ROW EXECUTE FUNCTION decisions_fts_note();

INSERT INTO decisions_fts(rowid, org_id, title, rationale, alternatives, notes)
  SELECT d.id, d.org_id, d.title, d.rationale, d.alternatives,
         coalesce((SELECT string_agg(n.text, chr(10) ORDER BY n.id) FROM decision_notes n
                   WHERE n.decision_id = d.id), '')
  FROM decisions d;

-- The meeting history: the agenda as it stood when the minutes were recorded (what was sent), the
-- decisions taken at a meeting, and a date for each follow-up agreed (owners were already recorded).
ALTER TABLE meetings ADD COLUMN agenda_sent TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE meeting_follow_ups ADD COLUMN due_on TEXT COLLATE "C";

CREATE TABLE meeting_decisions (
  org_id      BIGINT NOT NULL,
  meeting_id  BIGINT NOT NULL,
  decision_id BIGINT NOT NULL,
  PRIMARY KEY (meeting_id, decision_id),
  FOREIGN KEY (org_id, meeting_id) REFERENCES meetings(org_id, id),
  FOREIGN KEY (org_id, decision_id) REFERENCES decisions(org_id, id)
);
CREATE INDEX meetings_held ON meetings(org_id, series_id, status, held_on);
