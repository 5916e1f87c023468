#pragma once
// The JSON file written beside every backup (`forkant backup`, docs/operations.md): what made it and
// what its bytes must be, so that `forkant restore` can refuse a copy that is damaged, incomplete or
// from a newer forkant before it replaces anything.

#include <cstdint>
#include <optional>
#include <string>

namespace forkant {

struct BackupSidecar {
  std::string forkant_version;  // of the binary that made the backup
  int schema_version = 0;       // the highest migration recorded in the copy
  std::string sha256;           // of the backup file, lower-case hex
  std::uint64_t size_bytes = 0;
  std::string created_at;  // UTC, RFC 3339, e.g. 2026-12-06T23:41:00Z
  std::string database;    // the file name of the database it was made from
};

std::string write_backup_sidecar(const BackupSidecar& sidecar);
// nullopt when `text` is not a sidecar of this format; `problem` then says what is wrong with it.
std::optional<BackupSidecar> read_backup_sidecar(const std::string& text, std::string& problem);

}  // namespace forkant
