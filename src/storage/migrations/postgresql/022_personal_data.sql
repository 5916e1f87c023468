-- A person's data (docs/privacy.md). `users.erased_at`: an owner deleted the member's personal data; the
-- row stays (the records they authored point at it) with no name, a placeholder address and a password
-- hash that verifies nothing. `audit_log.personal_cleared_at`: the retention job emptied the entry's
-- personal fields (who did it, the detail that may name an address); the action, object and time stay.
-- The log stays append-only apart from exactly that one change, once.
ALTER TABLE users ADD COLUMN erased_at BIGINT;
ALTER TABLE audit_log ADD COLUMN personal_cleared_at BIGINT;
CREATE INDEX audit_log_uncleared ON audit_log(at) WHERE personal_cleared_at IS NULL;

CREATE FUNCTION audit_log_only_clear() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id = OLD.id AND NEW.org_id IS NOT DISTINCT FROM OLD.org_id AND NEW.action = OLD.action
     AND NEW.object = OLD.object AND NEW.at = OLD.at AND NEW.actor_id IS NULL AND NEW.detail = ''
     AND OLD.personal_cleared_at IS NULL AND NEW.personal_cleared_at IS NOT NULL THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'integrity_constraint_violation';
END
$$;
DROP TRIGGER audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_only_clear();
