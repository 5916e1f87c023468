-- PostgreSQL twin of sqlite/006_top_management_group.sql (dialect notes in 001_foundation.sql).
-- A round marks which of its groups is top management: the results lead with that group's position share
-- and disagreement flags, and the perception gaps are measured against it. Rounds made before this
-- migration get the default a new round gets: `direktion` when the round has that group, else its first
-- group.
ALTER TABLE rounds ADD COLUMN top_group TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE rounds SET top_group = COALESCE(
  (SELECT g.name FROM round_groups g WHERE g.round_id = rounds.id AND g.name = 'direktion'),
  (SELECT g.name FROM round_groups g WHERE g.round_id = rounds.id ORDER BY g.position LIMIT 1),
  '');
