-- The opt-in public page of decisions and deliberate non-choices (/p/{address}, issue 11).
--
-- public_pages: one row per organisation that has set the page up; off by default (no row, or enabled
-- = 0). The address is unique over all organisations. feed_id is a random UUID, kept when the address
-- changes, so the Atom feed keeps its identity.
--
-- published_decisions: the snapshots. Publishing copies what the page shows (the title, the plain
-- summary the coordinator wrote, the questions, the dates, the kind) so that a later edit of the decision
-- changes nothing on the page until it is published again, which appends a new snapshot (replaces_id
-- names the one it replaced). The page shows the latest snapshot of each decision unless it is marked
-- unpublished. Rows are never deleted and their content never changes (triggers below): unpublishing
-- only records when and by whom, for the audit trail.

CREATE TABLE public_pages (
  org_id      INTEGER PRIMARY KEY REFERENCES organisations(id),
  address     TEXT NOT NULL UNIQUE
              CHECK (length(address) BETWEEN 3 AND 60 AND address NOT GLOB '*[^a-z0-9-]*'),
  enabled     INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  feed_id     TEXT NOT NULL,
  updated_by  INTEGER REFERENCES users(id),
  updated_at  INTEGER NOT NULL
);

CREATE TABLE published_decisions (
  id                 INTEGER PRIMARY KEY,
  org_id             INTEGER NOT NULL,
  decision_id        INTEGER NOT NULL,
  decision_version   INTEGER NOT NULL CHECK (decision_version >= 1),
  public_id          TEXT NOT NULL UNIQUE,
  kind               TEXT NOT NULL CHECK (kind IN ('decided', 'deselected')),
  title              TEXT NOT NULL,
  summary            TEXT NOT NULL CHECK (length(summary) > 0),
  questions          TEXT NOT NULL,
  decided_on         TEXT NOT NULL,
  review_on          TEXT,
  published_at       INTEGER NOT NULL,
  published_by       INTEGER REFERENCES users(id),
  first_published_at INTEGER NOT NULL,
  replaces_id        INTEGER REFERENCES published_decisions(id),
  unpublished_at     INTEGER,
  unpublished_by     INTEGER REFERENCES users(id),
  FOREIGN KEY (org_id, decision_id) REFERENCES decisions(org_id, id)
);
CREATE INDEX published_decisions_decision ON published_decisions(org_id, decision_id, id);

CREATE TRIGGER published_decisions_no_delete BEFORE DELETE ON published_decisions
  BEGIN SELECT RAISE(ABORT, 'published_decisions is kept for the audit trail'); END;
CREATE TRIGGER published_decisions_content_fixed
  BEFORE UPDATE OF org_id, decision_id, decision_version, public_id, kind, title, summary, questions,
                   decided_on, review_on, published_at, published_by, first_published_at, replaces_id
  ON published_decisions
  BEGIN SELECT RAISE(ABORT, 'a published snapshot does not change'); END;
