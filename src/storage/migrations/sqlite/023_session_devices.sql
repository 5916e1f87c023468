-- A person's session list (ASVS 3.3.4, docs/sign-in.md): which device each session signed in from, as the
-- browser's and the system's family ("Firefox · Windows", domain/accounts/own_sessions.hpp), never the
-- whole User-Agent header. '' for sessions from before, and for devices not recognised.
ALTER TABLE sessions ADD COLUMN device TEXT NOT NULL DEFAULT '';
