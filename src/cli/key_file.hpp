#pragma once
// The key that seals stored secrets (services/secret_box.hpp), read from a file outside the database.
// Which file: `--key-file` if given; else the systemd credential `secret.key` ($CREDENTIALS_DIRECTORY,
// LoadCredential= in the packaged unit); else, for a SQLite database, `<database>.key` beside it, created
// on first start. PostgreSQL needs it named (every instance on the database must use the same key, so none
// may make its own): without --key-file the server starts without a key, says so in its log, and the
// features that seal secrets (TOTP, single sign-on) refuse to be set up until it has one.

#include <optional>
#include <string>

#include "services/secret_box.hpp"

namespace forkant::cli {

// The path to use, or nullopt: a PostgreSQL database and no key named.
std::optional<std::string> key_file_path(const std::string& given, const std::string& db);

// Reads the key: exactly 32 bytes, readable by its owner only. A missing file is created (32 random bytes,
// mode 0600, O_EXCL, fsynced) when `create` is set. Throws std::runtime_error saying what is wrong.
SecretBox::Key read_key_file(const std::string& path, bool create);

}  // namespace forkant::cli
