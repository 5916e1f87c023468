#pragma once
// Opens the storage backend named by `forkant --db`, migrated, as the store interfaces and the
// Transactor. The one place that knows which backends exist: nothing above storage/ names one.

#include <string>

#include "storage/backend.hpp"

namespace forkant {

// `db`: a SQLite database file path (created if missing). A postgres:// or postgresql:// URL is refused
// (std::runtime_error) until that backend exists. `migrations_dir`: holds one folder of NNN_*.sql files
// per dialect (sqlite/, postgresql/).
Backend open_backend(const std::string& db, const std::string& migrations_dir,
                     const BackendOptions& options = {});

}  // namespace forkant
