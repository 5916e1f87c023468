#pragma once
// Opens the storage backend named by `forkant --db`, migrated, as the store interfaces and the
// Transactor. The one place that knows which backends exist: nothing above storage/ names one.

#include <string>

#include "storage/backend.hpp"

namespace forkant {

// `db`: a postgres:// or postgresql:// URL (libpq's form: postgresql://user:password@host:port/database,
// the database must exist) opens PostgreSQL; anything else is a SQLite database file path (created if
// missing). `migrations_dir`: holds one folder of NNN_*.sql files per dialect (sqlite/, postgresql/).
// Throws DatabaseError when the database cannot be opened or migrated.
Backend open_backend(const std::string& db, const std::string& migrations_dir,
                     const BackendOptions& options = {});

// True when `db` names a PostgreSQL database (a postgres:// or postgresql:// URL), false for a SQLite file.
bool is_postgresql_url(const std::string& db);

// The `--db` value as it may be shown in a message or a log line: a PostgreSQL URL without its password
// (the host, port, database and user only), a SQLite path as it is.
std::string describe_database(const std::string& db);

}  // namespace forkant
