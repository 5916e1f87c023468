-- Networks of organisations that learn from each other (issue 15, the op-ed's third decision).
--
-- Nothing crosses organisations except through these tables, and only by a deliberate act of the
-- organisation that owns the data: a contribution of a closed round's aggregate results, or a share of
-- a reviewed text. Neither carries a respondent's answer or an internal id of the sharing organisation
-- beyond its own org_id (which the pages of other organisations never show).
--
-- organisations.inhabitants: what size bands (domain/networks/size_band.hpp) are computed from.
ALTER TABLE organisations ADD COLUMN inhabitants INTEGER CHECK (inhabitants IS NULL OR inhabitants >= 0);

CREATE TABLE networks (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL CHECK (length(name) > 0),
  purpose        TEXT NOT NULL DEFAULT '',
  created_by_org INTEGER NOT NULL REFERENCES organisations(id),
  created_by     INTEGER NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL
);

-- Membership with its history: one row per period of membership; left_at is NULL while it lasts. An
-- organisation that leaves and joins again gets a new row.
CREATE TABLE network_memberships (
  id         INTEGER PRIMARY KEY,
  network_id INTEGER NOT NULL REFERENCES networks(id),
  org_id     INTEGER NOT NULL REFERENCES organisations(id),
  joined_at  INTEGER NOT NULL,
  joined_by  INTEGER REFERENCES users(id),
  left_at    INTEGER,
  left_by    INTEGER REFERENCES users(id)
);
CREATE UNIQUE INDEX network_memberships_current ON network_memberships(network_id, org_id)
  WHERE left_at IS NULL;
CREATE INDEX network_memberships_org ON network_memberships(org_id, network_id);

-- An invitation of an organisation, answered by one of its owners. At most one open per pair.
CREATE TABLE network_invitations (
  id             INTEGER PRIMARY KEY,
  network_id     INTEGER NOT NULL REFERENCES networks(id),
  org_id         INTEGER NOT NULL REFERENCES organisations(id),
  invited_by_org INTEGER NOT NULL REFERENCES organisations(id),
  invited_by     INTEGER NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL,
  answer         TEXT CHECK (answer IS NULL OR answer IN ('accepted', 'declined', 'withdrawn')),
  answered_at    INTEGER,
  answered_by    INTEGER REFERENCES users(id),
  CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE UNIQUE INDEX network_invitations_open ON network_invitations(network_id, org_id)
  WHERE answer IS NULL;
CREATE INDEX network_invitations_org ON network_invitations(org_id);

-- Coordinators: people (of member organisations) who invite organisations and keep the network; with
-- history like memberships. A coordinator's term ends when their organisation leaves.
CREATE TABLE network_coordinators (
  id           INTEGER PRIMARY KEY,
  network_id   INTEGER NOT NULL REFERENCES networks(id),
  user_id      INTEGER NOT NULL REFERENCES users(id),
  org_id       INTEGER NOT NULL REFERENCES organisations(id),
  appointed_at INTEGER NOT NULL,
  appointed_by INTEGER REFERENCES users(id),
  ended_at     INTEGER,
  ended_by     INTEGER REFERENCES users(id)
);
CREATE UNIQUE INDEX network_coordinators_current ON network_coordinators(network_id, user_id)
  WHERE ended_at IS NULL;

-- A closed round's aggregate results contributed to a network: a snapshot taken when contributed, of
-- what the organisation's own results page shows under its anonymity rules (never a group below them,
-- never a respondent's answer). Withdrawing ends its use from then on; the row stays for the audit trail.
-- framework_id is the exact framework version (frameworks is keyed by key and version): contributions
-- of different versions are never compared. org_kind and size_band are the organisation's as when it
-- contributed (the benchmark's filters), so that a contribution never changes once stored.
CREATE TABLE network_contributions (
  id                         INTEGER PRIMARY KEY,
  network_id                 INTEGER NOT NULL REFERENCES networks(id),
  org_id                     INTEGER NOT NULL REFERENCES organisations(id),
  round_id                   INTEGER NOT NULL REFERENCES rounds(id),
  framework_id               INTEGER NOT NULL REFERENCES frameworks(id),
  respondents                INTEGER NOT NULL CHECK (respondents >= 3),
  top_management_respondents INTEGER CHECK (top_management_respondents IS NULL
                                            OR top_management_respondents >= 3),
  position_share             REAL CHECK (position_share IS NULL OR position_share BETWEEN 0 AND 1),
  org_kind                   TEXT NOT NULL DEFAULT 'other'
                             CHECK (org_kind IN ('municipality', 'region', 'state_agency', 'other')),
  size_band                  TEXT NOT NULL DEFAULT 'unknown',
  contributed_at             INTEGER NOT NULL,
  contributed_by             INTEGER REFERENCES users(id),
  withdrawn_at               INTEGER,
  withdrawn_by               INTEGER REFERENCES users(id)
);
CREATE UNIQUE INDEX network_contributions_current ON network_contributions(network_id, round_id)
  WHERE withdrawn_at IS NULL;
CREATE INDEX network_contributions_network ON network_contributions(network_id, framework_id);
CREATE INDEX network_contributions_org ON network_contributions(org_id, round_id);

-- Per dimension (question) of a contribution: the organisation's score over the round (the mean of its
-- respondents' dimension scores), the respondents behind it (for the dominance rule), and top
-- management's mean position rating where top management's group may be shown.
CREATE TABLE network_contribution_scores (
  contribution_id INTEGER NOT NULL REFERENCES network_contributions(id),
  dimension       TEXT NOT NULL,
  position        INTEGER NOT NULL,
  score           REAL NOT NULL CHECK (score BETWEEN 1 AND 5),
  respondents     INTEGER NOT NULL CHECK (respondents >= 3),
  top_position    REAL CHECK (top_position IS NULL OR top_position BETWEEN 1 AND 5),
  PRIMARY KEY (contribution_id, dimension)
);

-- A reviewed text shared with a network: a decision, a deselection (with its reason), the lesson of an
-- evaluated step, or an initiative. The text is what the sharer wrote for the network, not the register's
-- own fields; shown_as 'anonymous' shows the kind and size band of the organisation as they were when
-- shared (org_kind, size_band) instead of org_name ('' then). source_id is the organisation's own id of
-- what was shared (to find its share again); other organisations see only public_id, a random UUID.
-- Unsharing sets withdrawn_at; rows are never deleted.
CREATE TABLE network_shares (
  id            INTEGER PRIMARY KEY,
  public_id     TEXT NOT NULL UNIQUE,
  network_id    INTEGER NOT NULL REFERENCES networks(id),
  org_id        INTEGER NOT NULL REFERENCES organisations(id),
  source_kind   TEXT NOT NULL CHECK (source_kind IN ('decision', 'deselection', 'lesson', 'initiative')),
  source_id     INTEGER NOT NULL,
  title         TEXT NOT NULL CHECK (length(title) > 0),
  body          TEXT NOT NULL CHECK (length(body) > 0),
  questions     TEXT NOT NULL DEFAULT '',
  verdict       TEXT CHECK (verdict IS NULL OR verdict IN ('continue', 'adjust', 'stop')),
  shown_as      TEXT NOT NULL CHECK (shown_as IN ('name', 'anonymous')),
  org_name      TEXT NOT NULL DEFAULT '',
  org_kind      TEXT NOT NULL CHECK (org_kind IN ('municipality', 'region', 'state_agency', 'other')),
  size_band     TEXT NOT NULL DEFAULT 'unknown',
  contact_name  TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  shared_at     INTEGER NOT NULL,
  shared_by     INTEGER REFERENCES users(id),
  withdrawn_at  INTEGER,
  withdrawn_by  INTEGER REFERENCES users(id),
  CHECK (shown_as = 'name' OR org_name = '')
);
CREATE INDEX network_shares_network ON network_shares(network_id, shared_at);
CREATE INDEX network_shares_source ON network_shares(org_id, source_kind, source_id);

-- The questions of a share, one row each, for the library's filter by question.
CREATE TABLE network_share_questions (
  share_id INTEGER NOT NULL REFERENCES network_shares(id),
  question INTEGER NOT NULL CHECK (question BETWEEN 1 AND 10),
  PRIMARY KEY (share_id, question)
);
CREATE INDEX network_share_questions_question ON network_share_questions(question, share_id);
