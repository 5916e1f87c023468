#pragma once
// What backup and restore (storage/backup.hpp) both do to files: fsync, SHA-256, and SQLite's own
// checks of a copy.

#include <cstdint>
#include <string>

namespace forkant::sqlite {

// fsync of a file or a folder (a rename is durable once its folder is). Throws BackupError.
void fsync_path(const std::string& path);
// The SHA-256 of the file's bytes in lower-case hex, and its size. Throws BackupError.
struct FileDigest {
  std::string sha256;
  std::uint64_t size = 0;
};
FileDigest digest_file(const std::string& path);
// Writes `text` to `path` (a new file, mode 0600), fsync'ed. Throws BackupError.
void write_new_file(const std::string& path, const std::string& text);
// Copies `from` to the new file `to` (mode 0600), fsync'ed. Throws BackupError.
void copy_new_file(const std::string& from, const std::string& to);

// Opens the copy at `path` (never the live database), runs PRAGMA integrity_check and returns the
// highest migration recorded in it. `make_standalone`: switch the copy to the rollback journal first, so
// that it is one file that opens read-only (the server turns WAL back on when it opens it). Throws
// BackupError with SQLite's findings when the check is not "ok".
int check_copy(const std::string& path, bool make_standalone);

// The UTC time now as RFC 3339 with milliseconds, and the same instant as it appears in file names
// (YYYYMMDDTHHMMSS.mmmZ).
struct Stamp {
  std::string rfc3339;
  std::string file;
};
Stamp stamp_now();

}  // namespace forkant::sqlite
