#pragma once
// Opens the SQLite backend: the database file at `path` (created if missing), migrated.

#include <string>

#include "storage/backend.hpp"

namespace forkant::sqlite {

Backend open_sqlite_backend(const std::string& path, const std::string& migrations_dir,
                            const BackendOptions& options);

}  // namespace forkant::sqlite
