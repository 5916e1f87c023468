#pragma once
// Schema migrations: ordered, append-only SQL files named NNN_description.sql. Each file is applied once,
// in its own transaction, and recorded in schema_migrations. A released file is never edited: a change
// to the schema is a new file.

#include <string>
#include <vector>

#include "storage/sqlite/database.hpp"

namespace forkant::sqlite {

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

// Reads NNN_*.sql from `dir`, sorted by number. Throws on a malformed name or a duplicate number.
std::vector<Migration> load_migrations(const std::string& dir);

// Applies every migration not yet recorded; returns the names applied.
std::vector<std::string> migrate(Database& db, const std::vector<Migration>& migrations);

}  // namespace forkant::sqlite
