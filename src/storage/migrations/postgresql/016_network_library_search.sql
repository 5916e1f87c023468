-- PostgreSQL twin of sqlite/016_network_library_search.sql (dialect notes in 001_foundation.sql).
-- The shared library's search (issue 15): PostgreSQL's own `danish` text search configuration (the
-- default parser, Snowball's Danish stop words and stemmer, which the SQLite tokenizer copies), over a
-- tsvector of each share's title (weight A) and body (weight B), kept by triggers in the writing
-- statement's transaction, with a GIN index. The text is lower-cased first under the ICU collation of
-- migration 008: the stemmer lower-cases by the server's locale, which under "C" leaves "Æ" as it is.
-- What the library's list, count and filters read of a share without its text, in the order it lists
-- them: counting 50,000 shares reads this index, not the rows with their bodies.
CREATE INDEX network_shares_library ON network_shares(network_id, shared_at, withdrawn_at, org_id, source_kind,
                                                      verdict);

CREATE FUNCTION network_share_document(title TEXT, body TEXT) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN setweight(to_tsvector('danish', lower(title COLLATE fts_unicode)), 'A') ||
         setweight(to_tsvector('danish', lower(body COLLATE fts_unicode)), 'B');

CREATE TABLE network_shares_fts (
  rowid      BIGINT PRIMARY KEY,
  network_id BIGINT NOT NULL,
  title      TEXT COLLATE "C" NOT NULL,
  body       TEXT COLLATE "C" NOT NULL,
  document   tsvector GENERATED ALWAYS AS (network_share_document(title, body)) STORED
);
CREATE INDEX network_shares_fts_document ON network_shares_fts USING gin (document);

CREATE FUNCTION network_shares_fts_insert() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO network_shares_fts(rowid, network_id, title, body)
    VALUES (NEW.id, NEW.network_id, NEW.title, NEW.body);
  RETURN NULL;
END
$$;
CREATE TRIGGER network_shares_fts_insert AFTER INSERT ON network_shares
  FOR EACH ROW EXECUTE FUNCTION network_shares_fts_insert();

CREATE FUNCTION network_shares_fts_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE network_shares_fts SET title = NEW.title, body = NEW.body WHERE rowid = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER network_shares_fts_update AFTER UPDATE OF title, body ON network_shares
  FOR EACH ROW EXECUTE FUNCTION network_shares_fts_update();

CREATE FUNCTION network_shares_fts_delete() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM network_shares_fts WHERE rowid = OLD.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER network_shares_fts_delete AFTER DELETE ON network_shares
  FOR EACH ROW EXECUTE FUNCTION network_shares_fts_delete();

INSERT INTO network_shares_fts(rowid, network_id, title, body)
  SELECT id, network_id, title, body FROM network_shares;
