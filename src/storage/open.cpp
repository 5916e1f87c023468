#include "storage/open.hpp"

#include <stdexcept>

#include "storage/sqlite/open_sqlite.hpp"

namespace forkant {

Backend open_backend(const std::string& db, const std::string& migrations_dir,
                     const BackendOptions& options) {
  if (db.starts_with("postgres://") || db.starts_with("postgresql://")) {
    // Without this, the URL would be taken for a file name and an empty SQLite file created under it.
    throw std::runtime_error(
        "PostgreSQL is not supported yet: --db takes the path of a SQLite database file");
  }
  return sqlite::open_sqlite_backend(db, migrations_dir + "/sqlite", options);
}

}  // namespace forkant
