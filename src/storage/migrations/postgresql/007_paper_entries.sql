-- PostgreSQL twin of sqlite/007_paper_entries.sql (dialect notes in 001_foundation.sql).
-- A paper form typed into the respondent's pages by a coordinator is a single-use invitation bound to
-- that coordinator: only they, signed in, can open it (its token is never handed out), and its
-- submission is stored as a response entered by hand (responses.entered_by), exactly like a CSV import
-- row, so the anonymity rules for hand-entered responses apply (docs/anonymity.md). Link counts on the
-- round page leave these invitations out.
ALTER TABLE invitations ADD COLUMN entered_by BIGINT REFERENCES users(id);
