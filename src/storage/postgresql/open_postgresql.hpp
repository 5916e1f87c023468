#pragma once
// Opens the PostgreSQL backend: the database a postgres:// or postgresql:// URL names (it must exist),
// migrated.

#include <string>

#include "storage/backend.hpp"

namespace forkant::postgresql {

// `migrations_dir`: the folder of PostgreSQL NNN_*.sql files. Several instances may open one database at
// the same moment: the migrations run once, under an advisory lock.
Backend open_postgresql_backend(const std::string& url, const std::string& migrations_dir,
                                const BackendOptions& options);

}  // namespace forkant::postgresql
