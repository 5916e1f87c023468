-- The login throttle's failed password checks, in the database so that every forkant instance on it counts
-- the same failures (docs/instances.md). `account` is the throttle's key for the e-mail address as typed
-- (it need not be an account), `address` the client's. Rows older than the throttle's window (15 min)
-- are deleted as new failures arrive. `forgiven`: the right password came from that address since, so the
-- row counts for the account's slowing only, not for the pair's lock.
CREATE TABLE login_failures (
  account  TEXT NOT NULL,
  address  TEXT NOT NULL,
  at       INTEGER NOT NULL,
  forgiven INTEGER NOT NULL DEFAULT 0 CHECK (forgiven IN (0, 1))
);
CREATE INDEX login_failures_account ON login_failures(account, at);
CREATE INDEX login_failures_at ON login_failures(at);
