#pragma once
// The shared SQL of the stores (storage/sql/database.hpp) is written with SQLite's placeholders: `?`
// (the next number) and `?N` (numbered). PostgreSQL knows only `$N`. This rewrites one to the other,
// numbering a bare `?` as SQLite does (one more than the largest number so far), and leaves alone what
// is not a placeholder: string literals ('...', '' inside), quoted identifiers ("..."), `--` and
// `/* */` comments. A pure function: no libpq, tested directly (tests/storage/placeholders_test.cpp).

#include <string>
#include <string_view>

namespace forkant::postgresql {

struct RewrittenSql {
  std::string sql;
  // How many parameters the statement takes: the largest $N in it (PostgreSQL expects that many).
  int parameters = 0;
};

// Throws DatabaseError on a `?N` whose number is 0 or too large (SQLite refuses those too).
RewrittenSql rewrite_placeholders(std::string_view sql);

}  // namespace forkant::postgresql
