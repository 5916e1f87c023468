#include "storage/postgresql/open_postgresql.hpp"

#include "storage/postgresql/database.hpp"
#include "storage/sql/open_stores.hpp"
#include "storage/sql/schema_migrations.hpp"

namespace forkant::postgresql {
namespace {

// The session-level advisory lock every instance takes before migrating: "forkant" in ASCII. The second
// of two instances starting together waits for it, then finds the migrations applied.
constexpr const char* kTakeMigrationLock = "SELECT pg_advisory_lock(28832984842989172)";

}  // namespace

Backend open_postgresql_backend(const std::string& url, const std::string& migrations_dir,
                                const BackendOptions& options) {
  auto db = std::make_shared<Database>(url, kDefaultMaxConnections, options.faults);
  const auto migrations = load_migrations(migrations_dir);
  {
    // Held on a connection of its own while the migrations run on the pool's; closing it releases it
    // (also when a migration fails).
    const auto lock = db->connect();
    lock->exec_script(kTakeMigrationLock);
    sql::SqlMigrationTarget target(db);
    migrate(target, migrations);
  }
  return sql::open_stores(db);
}

}  // namespace forkant::postgresql
