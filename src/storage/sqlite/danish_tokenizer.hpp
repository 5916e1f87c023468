#pragma once
// The FTS5 tokenizer "danish" (issue 15, the shared library's search): FTS5's own unicode61 with
// remove_diacritics 0 (so "æ", "ø" and "å" stay letters of their own), then the Danish stop words left
// out and every other token stemmed by Snowball's Danish stemmer (libstemmer), so that "kommunerne"
// finds "kommune". The stop words and the stemmer are the ones PostgreSQL's `danish` text search
// configuration uses, so that both backends find the same (storage/migrations/*/016_*.sql).
//
// A table declared with tokenize = 'danish' can be read and written only by a connection it is
// registered on: storage/sqlite/database.cpp registers it on every connection it opens, before any
// migration runs.

struct sqlite3;

namespace forkant::sqlite {

// Throws DatabaseError when FTS5 or the stemmer is missing.
void register_danish_tokenizer(sqlite3* db);

}  // namespace forkant::sqlite
