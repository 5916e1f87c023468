-- Organisations (tenants), accounts, memberships, sessions, API tokens, member invitations, audit log.
-- Times are Unix seconds (UTC). Secrets (session ids, tokens) are stored only as hashes.

CREATE TABLE organisations (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL CHECK (kind IN ('municipality', 'region', 'state_agency', 'other')),
  size        INTEGER CHECK (size IS NULL OR size >= 0),
  min_respondents INTEGER NOT NULL DEFAULT 3 CHECK (min_respondents >= 3),
  created_at  INTEGER NOT NULL
);

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  language      TEXT NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
  created_at    INTEGER NOT NULL
);

CREATE TABLE memberships (
  org_id     INTEGER NOT NULL REFERENCES organisations(id),
  user_id    INTEGER NOT NULL REFERENCES users(id),
  role       TEXT NOT NULL CHECK (role IN ('owner', 'coordinator', 'leader', 'viewer')),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user ON memberships(user_id);

CREATE TABLE sessions (
  id_hash      BLOB PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id),
  csrf_token   TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
  id         INTEGER PRIMARY KEY,
  token_hash BLOB NOT NULL UNIQUE,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  label      TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);

CREATE TABLE member_invitations (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL REFERENCES organisations(id),
  email       TEXT NOT NULL COLLATE NOCASE,
  role        TEXT NOT NULL CHECK (role IN ('owner', 'coordinator', 'leader', 'viewer')),
  token_hash  BLOB NOT NULL UNIQUE,
  invited_by  INTEGER NOT NULL REFERENCES users(id),
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  accepted_at INTEGER
);
CREATE INDEX member_invitations_org ON member_invitations(org_id);

-- Append-only: triggers refuse UPDATE and DELETE, so not even a bug can rewrite history.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  org_id     INTEGER REFERENCES organisations(id),
  actor_id   INTEGER REFERENCES users(id),
  action     TEXT NOT NULL,
  object     TEXT NOT NULL DEFAULT '',
  detail     TEXT NOT NULL DEFAULT '',
  at         INTEGER NOT NULL
);
CREATE INDEX audit_log_org ON audit_log(org_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
