-- E-mail (docs/email.md). The outbox: every message is written in the transaction of what caused it and
-- sent later by the sender thread (services/outbox.hpp), so a request never waits for a mail server and a
-- rolled-back request sends nothing. `recipient` and `body` are emptied once the message is sent or has
-- failed for good: the database keeps no address and no link longer than it needs them. `last_error`
-- never holds an address. `claimed_until`: a sender has taken the message until then (several instances
-- on one PostgreSQL database each claim their own). `round_id`: a respondent's mail, deleted unsent when
-- its round closes.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  recipient       TEXT NOT NULL,
  subject         TEXT NOT NULL,
  body            TEXT NOT NULL,
  round_id        INTEGER REFERENCES rounds(id),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  claimed_until   INTEGER,
  created_at      INTEGER NOT NULL,
  sent_at         INTEGER,
  failed_at       INTEGER,
  last_error      TEXT
);
CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_round ON outbox(round_id) WHERE round_id IS NOT NULL;

-- The addresses a coordinator sent a round's private links to: one address per link, kept here, apart
-- from the responses (which name no link), and deleted when the round closes. `link_token` lets a reminder
-- carry the same link; it goes with the row.
CREATE TABLE round_recipients (
  id            INTEGER PRIMARY KEY,
  round_id      INTEGER NOT NULL REFERENCES rounds(id),
  invitation_id INTEGER NOT NULL UNIQUE REFERENCES invitations(id),
  address       TEXT NOT NULL,
  link_token    TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  reminded_at   INTEGER,
  UNIQUE (round_id, address)
);

-- Password reset by e-mail: single use, 30 minutes; only the token's hash is kept.
CREATE TABLE password_resets (
  token_hash BLOB PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER
);
CREATE INDEX password_resets_user ON password_resets(user_id);
