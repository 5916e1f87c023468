#pragma once
// Opens the two databases of `forkant copy` and copies one into the other (storage/copy_tables.hpp): the
// CLI names them by their --db values and never sees a backend.

#include <string>
#include <vector>

#include "storage/copy_tables.hpp"

namespace forkant {

// `from`: an existing SQLite database file (opened as it is, never migrated). `to`: a --db value (a
// postgresql:// URL, or a SQLite file path), migrated here before the copy. `migrations_dir` as in
// open_backend. Throws CopyRefused or DatabaseError; nothing is kept in `to` but its schema when it fails.
std::vector<CopiedTable> copy_installation(const std::string& from, const std::string& to,
                                           const std::string& migrations_dir);

}  // namespace forkant
