-- A person's data (docs/privacy.md). `users.erased_at`: an owner deleted the member's personal data; the
-- row stays (the records they authored point at it) with no name, a placeholder address and a password
-- hash that verifies nothing. `audit_log.personal_cleared_at`: the retention job emptied the entry's
-- personal fields (who did it, the detail that may name an address); the action, object and time stay.
-- The log stays append-only apart from exactly that one change, once.
ALTER TABLE users ADD COLUMN erased_at INTEGER;
ALTER TABLE audit_log ADD COLUMN personal_cleared_at INTEGER;
CREATE INDEX audit_log_uncleared ON audit_log(at) WHERE personal_cleared_at IS NULL;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  WHEN NOT (NEW.id = OLD.id AND NEW.org_id IS OLD.org_id AND NEW.action = OLD.action AND NEW.object = OLD.object
            AND NEW.at = OLD.at AND NEW.actor_id IS NULL AND NEW.detail = '' AND OLD.personal_cleared_at IS NULL
            AND NEW.personal_cleared_at IS NOT NULL)
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
