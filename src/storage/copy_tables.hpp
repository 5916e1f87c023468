#pragma once
// `forkant copy`: every table of a SQLite installation into another forkant database (PostgreSQL, or
// another SQLite file), written once over the SQL seam. The target must be migrated to the same version
// and hold no rows; ids are kept, so links, sessions and tokens stay valid. Rows go in foreign-key order
// (the source's `pragma foreign_key_list`), in one write transaction of the target: all of it or nothing.
// SQLite's own tables and the full-text index's shadow tables are left out (each backend builds its
// search index from the decisions table); schema_migrations is the target's own. On PostgreSQL every
// id sequence is then moved past the largest copied id.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "storage/sql/database.hpp"

namespace forkant {

// The copy was refused before anything was written: the target holds data, or the two databases are not
// at the same migration. what() says which and what to do.
class CopyRefused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CopiedTable {
  std::string name;
  std::int64_t rows = 0;
};

// Copies `from` (SQLite) into `to`, reading `from` in one snapshot. Returns the tables in the order they
// were copied. Throws CopyRefused, or DatabaseError when a statement fails (nothing is kept).
std::vector<CopiedTable> copy_tables(sql::Database& from, sql::Database& to);

}  // namespace forkant
