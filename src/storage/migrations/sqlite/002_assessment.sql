-- Assessment rounds: frameworks (the exact text a round was run with), rounds, respondent groups,
-- single-use invitations, drafts saved as respondents go, and submitted responses.
--
-- Privacy (PRODUCT.md): a submitted response carries no invitation id, no time finer than the day, no
-- address; its row id is random so storage order reveals nothing. The invitation keeps only its state.

CREATE TABLE frameworks (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL,
  version     INTEGER NOT NULL,
  source      TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  UNIQUE (key, version)
);

CREATE TABLE rounds (
  id              INTEGER PRIMARY KEY,
  org_id          INTEGER NOT NULL REFERENCES organisations(id),
  title           TEXT NOT NULL,
  framework_id    INTEGER NOT NULL REFERENCES frameworks(id),
  state           TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
  min_respondents INTEGER NOT NULL CHECK (min_respondents >= 3),
  created_at      INTEGER NOT NULL,
  opened_at       INTEGER,
  closed_at       INTEGER
);
CREATE INDEX rounds_org ON rounds(org_id, id);

CREATE TABLE round_groups (
  round_id INTEGER NOT NULL REFERENCES rounds(id),
  position INTEGER NOT NULL,
  name     TEXT NOT NULL,
  PRIMARY KEY (round_id, name)
);

CREATE TABLE invitations (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL REFERENCES rounds(id),
  group_name  TEXT NOT NULL,
  token_hash  BLOB NOT NULL UNIQUE,
  state       TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'started', 'submitted')),
  created_at  INTEGER NOT NULL,
  FOREIGN KEY (round_id, group_name) REFERENCES round_groups(round_id, name)
);
CREATE INDEX invitations_round ON invitations(round_id, group_name, state);

CREATE TABLE drafts (
  invitation_id INTEGER PRIMARY KEY REFERENCES invitations(id),
  answers       TEXT NOT NULL
);

CREATE TABLE responses (
  id           INTEGER PRIMARY KEY,
  round_id     INTEGER NOT NULL REFERENCES rounds(id),
  group_name   TEXT NOT NULL,
  answers      TEXT NOT NULL,
  submitted_on TEXT NOT NULL,
  source       TEXT NOT NULL DEFAULT 'link' CHECK (source IN ('link', 'import')),
  FOREIGN KEY (round_id, group_name) REFERENCES round_groups(round_id, name)
);
CREATE INDEX responses_round ON responses(round_id, group_name);
