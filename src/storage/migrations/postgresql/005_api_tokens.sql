-- PostgreSQL twin of sqlite/005_api_tokens.sql (dialect notes in 001_foundation.sql).
-- Personal API tokens get a lifetime, a record of their last use and revocation (a revoked token stays
-- listed in the table, never usable again). Tokens made before this migration expire 90 days after
-- their creation, like new ones by default. `label` is the token's name.
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE api_tokens ADD COLUMN last_used_at BIGINT;
ALTER TABLE api_tokens ADD COLUMN revoked_at BIGINT;
UPDATE api_tokens SET expires_at = created_at + 90 * 24 * 3600;
CREATE INDEX api_tokens_user ON api_tokens(user_id);
