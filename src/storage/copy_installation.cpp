#include "storage/copy_installation.hpp"

#include <filesystem>
#include <memory>

#include "storage/postgresql/database.hpp"
#include "storage/sql/schema_migrations.hpp"
#include "storage/sqlite/database.hpp"

namespace forkant {
namespace {

bool is_postgresql_url(const std::string& db) {
  return db.starts_with("postgres://") || db.starts_with("postgresql://");
}

// Migrated without open_backend's advisory lock: the target must be new and empty, so no instance serves
// it yet, and one that started meanwhile would have written to it and made the copy refuse.
std::shared_ptr<sql::Database> open_migrated(const std::string& db, const std::string& migrations_dir) {
  const bool postgresql = is_postgresql_url(db);
  std::shared_ptr<sql::Database> out;
  if (postgresql) {
    out = std::make_shared<postgresql::Database>(db);
  } else {
    out = std::make_shared<sqlite::Database>(db);
  }
  sql::SqlMigrationTarget target(out);
  migrate(target, load_migrations(migrations_dir + (postgresql ? "/postgresql" : "/sqlite")));
  return out;
}

}  // namespace

std::vector<CopiedTable> copy_installation(const std::string& from, const std::string& to,
                                           const std::string& migrations_dir) {
  // Opening a missing file would create an empty database and copy nothing.
  if (is_postgresql_url(from) || !std::filesystem::is_regular_file(from)) {
    throw CopyRefused("--from must name an existing SQLite database file");
  }
  std::error_code missing;
  if (!is_postgresql_url(to) && std::filesystem::equivalent(from, to, missing)) {
    throw CopyRefused("--from and --to name the same database");
  }
  const auto source = std::make_shared<sqlite::Database>(from);
  const auto target = open_migrated(to, migrations_dir);
  return copy_tables(*source, *target);
}

}  // namespace forkant
