-- The shared library's search (issue 15): full text over the title and body of every text shared with a
-- network (rowid = network_shares.id). The tokenizer 'danish' (storage/sqlite/danish_tokenizer.cpp,
-- registered on every connection forkant opens) is unicode61 without removing diacritics, then the
-- Danish stop words left out and each word stemmed by Snowball's Danish stemmer: "kommunerne" and
-- "kommune" are one word, as in PostgreSQL's `danish` configuration. Withdrawn shares stay in the index
-- (a share's row is never deleted); the search reads only shares not withdrawn. Kept in step by
-- triggers in the writing statement's transaction.
-- What the library's list, count and filters read of a share without its text, in the order it lists
-- them: counting 50,000 shares reads this index, not the rows with their bodies.
CREATE INDEX network_shares_library ON network_shares(network_id, shared_at, withdrawn_at, org_id, source_kind,
                                                      verdict);

CREATE VIRTUAL TABLE network_shares_fts USING fts5(
  title, body,
  tokenize = 'danish'
);

CREATE TRIGGER network_shares_fts_insert AFTER INSERT ON network_shares BEGIN
  INSERT INTO network_shares_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER network_shares_fts_update AFTER UPDATE OF title, body ON network_shares BEGIN
  UPDATE network_shares_fts SET title = new.title, body = new.body WHERE rowid = new.id;
END;
CREATE TRIGGER network_shares_fts_delete AFTER DELETE ON network_shares BEGIN
  DELETE FROM network_shares_fts WHERE rowid = old.id;
END;

INSERT INTO network_shares_fts(rowid, title, body) SELECT id, title, body FROM network_shares;
