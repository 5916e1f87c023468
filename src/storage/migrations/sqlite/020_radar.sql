-- The technology radar (issue 17, docs/radar.md): editions with their four quadrant names, entries with
-- ring, movement, hold details, prerequisites and links to initiatives.
--
-- One edition per organisation is the current one (a partial unique index); earlier editions are
-- history and the service never writes to them. An entry's name is unique in its edition as people read
-- it (name_key: trimmed, lower-cased), because movement is computed by name against the edition before.
-- A hold carries its date, revisit date and reason, and only a hold does (a CHECK). Links to initiatives
-- have composite foreign keys on (org_id, id), so even a bug cannot link another organisation's.

CREATE TABLE radar_editions (
  id           INTEGER PRIMARY KEY,
  org_id       INTEGER NOT NULL REFERENCES organisations(id),
  title        TEXT NOT NULL CHECK (trim(title) <> ''),
  published_on TEXT NOT NULL,
  quadrant_0   TEXT NOT NULL,
  quadrant_1   TEXT NOT NULL,
  quadrant_2   TEXT NOT NULL,
  quadrant_3   TEXT NOT NULL,
  is_current   INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
  created_by   INTEGER REFERENCES users(id),
  created_at   INTEGER NOT NULL,
  UNIQUE (org_id, id)
);
CREATE UNIQUE INDEX radar_editions_one_current ON radar_editions(org_id) WHERE is_current = 1;
CREATE INDEX radar_editions_org ON radar_editions(org_id, published_on);

CREATE TABLE radar_entries (
  id                INTEGER PRIMARY KEY,
  org_id            INTEGER NOT NULL,
  edition_id        INTEGER NOT NULL,
  name              TEXT NOT NULL CHECK (trim(name) <> ''),
  name_key          TEXT NOT NULL,
  quadrant          INTEGER NOT NULL CHECK (quadrant BETWEEN 0 AND 3),
  ring              TEXT NOT NULL CHECK (ring IN ('adopt', 'trial', 'assess', 'hold')),
  description       TEXT NOT NULL DEFAULT '',
  recorded_movement TEXT CHECK (recorded_movement IN ('new', 'moved_in', 'moved_out', 'no_change')),
  hold_since        TEXT,
  hold_revisit_on   TEXT,
  hold_reason       TEXT,
  created_at        INTEGER NOT NULL,
  CHECK ((ring = 'hold' AND hold_since IS NOT NULL AND hold_revisit_on IS NOT NULL AND hold_reason IS NOT NULL)
      OR (ring <> 'hold' AND hold_since IS NULL AND hold_revisit_on IS NULL AND hold_reason IS NULL)),
  UNIQUE (org_id, id),
  UNIQUE (edition_id, name_key),
  FOREIGN KEY (org_id, edition_id) REFERENCES radar_editions(org_id, id)
);
CREATE INDEX radar_entries_edition ON radar_entries(org_id, edition_id, quadrant, ring);
CREATE INDEX radar_entries_holds ON radar_entries(org_id, hold_revisit_on) WHERE ring = 'hold';

CREATE TABLE radar_prerequisites (
  org_id      INTEGER NOT NULL,
  entry_id    INTEGER NOT NULL,
  position    INTEGER NOT NULL CHECK (position >= 0),
  kind        TEXT NOT NULL CHECK (kind IN ('data', 'competence', 'standard', 'partner')),
  name        TEXT NOT NULL CHECK (trim(name) <> ''),
  min_quality TEXT NOT NULL DEFAULT 'good' CHECK (min_quality IN ('good', 'uncertain', 'poor')),
  PRIMARY KEY (entry_id, position),
  FOREIGN KEY (org_id, entry_id) REFERENCES radar_entries(org_id, id) ON DELETE CASCADE
);

CREATE TABLE radar_entry_initiatives (
  org_id        INTEGER NOT NULL,
  entry_id      INTEGER NOT NULL,
  initiative_id INTEGER NOT NULL,
  PRIMARY KEY (entry_id, initiative_id),
  FOREIGN KEY (org_id, entry_id) REFERENCES radar_entries(org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives(org_id, id)
);
CREATE INDEX radar_entry_initiatives_initiative ON radar_entry_initiatives(org_id, initiative_id);
