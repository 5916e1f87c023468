#include "storage/open.hpp"

#include "storage/postgresql/open_postgresql.hpp"
#include "storage/sqlite/open_sqlite.hpp"

namespace forkant {

Backend open_backend(const std::string& db, const std::string& migrations_dir,
                     const BackendOptions& options) {
  if (db.starts_with("postgres://") || db.starts_with("postgresql://")) {
    return postgresql::open_postgresql_backend(db, migrations_dir + "/postgresql", options);
  }
  return sqlite::open_sqlite_backend(db, migrations_dir + "/sqlite", options);
}

}  // namespace forkant
