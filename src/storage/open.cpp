#include "storage/open.hpp"

#include "storage/postgresql/connection.hpp"
#include "storage/postgresql/open_postgresql.hpp"
#include "storage/sqlite/open_sqlite.hpp"

namespace forkant {

namespace {

bool is_postgresql_url(const std::string& db) {
  return db.starts_with("postgres://") || db.starts_with("postgresql://");
}

}  // namespace

Backend open_backend(const std::string& db, const std::string& migrations_dir,
                     const BackendOptions& options) {
  if (is_postgresql_url(db)) {
    return postgresql::open_postgresql_backend(db, migrations_dir + "/postgresql", options);
  }
  return sqlite::open_sqlite_backend(db, migrations_dir + "/sqlite", options);
}

std::string describe_database(const std::string& db) {
  return is_postgresql_url(db) ? postgresql::describe_url(db) : db;
}

}  // namespace forkant
