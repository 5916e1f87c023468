-- PostgreSQL twin of sqlite/018_totp.sql (dialect notes in 001_foundation.sql).
-- Two-factor sign-in with TOTP (RFC 6238; services/two_factor.hpp, docs/sign-in.md).
-- totp_secrets: one per account. `sealed_secret` is the shared secret sealed with the key outside the
-- database (services/secret_box.hpp): a copy of the database alone computes no codes. `confirmed_at` is
-- NULL while the person has not yet typed a first code (enrolment under way); `last_step` is the time step
-- of the last code accepted, so that a code is accepted once (no replay): only later steps pass.
CREATE TABLE totp_secrets (
  user_id       BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  sealed_secret TEXT COLLATE "C" NOT NULL,
  created_at    BIGINT NOT NULL,
  confirmed_at  BIGINT,
  last_step     BIGINT
);
-- Ten recovery codes per account, shown once; only their hashes are kept, each usable once.
CREATE TABLE totp_recovery_codes (
  user_id   BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash BYTEA NOT NULL,
  used_at   BIGINT,
  PRIMARY KEY (user_id, code_hash)
);
-- A sign-in whose password was right and whose second step (a code, or enrolment for an owner who has no
-- TOTP yet) is still to come: the hash of the token in the browser's cookie, its expiry and the wrong codes
-- typed so far. Single use: deleted when the session starts, when it expires or after too many wrong codes.
CREATE TABLE second_factor_logins (
  token_hash BYTEA PRIMARY KEY,
  user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_at BIGINT NOT NULL,
  attempts   BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX second_factor_logins_expires ON second_factor_logins(expires_at);
