-- PostgreSQL twin of sqlite/004_hand_entered_responses.sql (dialect notes in 001_foundation.sql).
-- Responses entered by hand (paper forms imported by a coordinator) name who entered them: those rows are
-- known to that person, so the anonymity rules count them apart from link responses, and the results
-- say how many each set has and who entered them (PRODUCT.md, docs/anonymity.md).
ALTER TABLE responses ADD COLUMN entered_by BIGINT REFERENCES users(id);

-- Rows imported before this column existed: the importer is known from the audit log when exactly one
-- person imported into that round; otherwise it stays unknown (shown as such).
UPDATE responses SET entered_by = (
  SELECT MIN(a.actor_id) FROM audit_log a
  WHERE a.action = 'round.responses_imported' AND a.object = 'round:' || responses.round_id
  HAVING COUNT(DISTINCT a.actor_id) = 1)
WHERE source = 'import';
