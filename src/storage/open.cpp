#include "storage/open.hpp"

#include "storage/postgresql/connection.hpp"
#include "storage/postgresql/open_postgresql.hpp"
#include "storage/sqlite/open_sqlite.hpp"

namespace forkant {

bool is_postgresql_url(const std::string& db) {
  return db.starts_with("postgres://") || db.starts_with("postgresql://");
}

Backend open_backend(const std::string& db, const std::string& migrations_dir,
                     const BackendOptions& options) {
  if (is_postgresql_url(db)) {
    Backend backend = postgresql::open_postgresql_backend(db, migrations_dir + "/postgresql", options);
    backend.shared = true;  // a database server: other instances may use it at once (docs/instances.md)
    return backend;
  }
  return sqlite::open_sqlite_backend(db, migrations_dir + "/sqlite", options);
}

std::string describe_database(const std::string& db) {
  return is_postgresql_url(db) ? postgresql::describe_url(db) : db;
}

}  // namespace forkant
