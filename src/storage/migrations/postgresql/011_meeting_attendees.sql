-- PostgreSQL twin of sqlite/011_meeting_attendees.sql (dialect notes in 001_foundation.sql).
-- Who attended a held meeting, recorded with its minutes for the printed minutes: free-text names (a
-- mayor, a consultant or a guest attends without being a member), one per line, in the order written.
ALTER TABLE meetings ADD COLUMN attendees TEXT COLLATE "C" NOT NULL DEFAULT '';
