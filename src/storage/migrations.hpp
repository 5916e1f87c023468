#pragma once
// Schema migrations, for any backend: ordered, append-only SQL files named NNN_description.sql. Each file
// is applied once, in its own transaction, and recorded in the table schema_migrations. A released file
// is never edited: a change to the schema is a new file. The runner here decides what to apply; the
// backend (MigrationTarget) knows how to run a script and how to record it.

#include <set>
#include <string>
#include <vector>

namespace forkant {

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

// Reads NNN_*.sql from `dir`, sorted by number. Throws DatabaseError on a malformed name or a duplicate
// number.
std::vector<Migration> load_migrations(const std::string& dir);

// What a backend implements so that migrate() can run on it.
class MigrationTarget {
 public:
  virtual ~MigrationTarget() = default;
  // Creates schema_migrations(version, name, applied_at) if it is missing; returns the versions in it.
  virtual std::set<int> applied_versions() = 0;
  // Runs the migration's script and records it in schema_migrations, in one transaction.
  virtual void apply(const Migration& migration) = 0;
};

// Applies, in order, every migration not yet recorded; returns the names applied.
std::vector<std::string> migrate(MigrationTarget& target, const std::vector<Migration>& migrations);

}  // namespace forkant
