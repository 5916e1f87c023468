#include "storage/sqlite/open_sqlite.hpp"

#include "storage/sql/open_stores.hpp"
#include "storage/sql/schema_migrations.hpp"
#include "storage/sqlite/database.hpp"

namespace forkant::sqlite {

Backend open_sqlite_backend(const std::string& path, const std::string& migrations_dir,
                            const BackendOptions& options) {
  auto db = std::make_shared<Database>(path, 4, options.faults);
  sql::SqlMigrationTarget target(db);
  migrate(target, load_migrations(migrations_dir));
  return sql::open_stores(db);
}

}  // namespace forkant::sqlite
