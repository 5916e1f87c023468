#pragma once
// Online backup and restore of a SQLite installation (`forkant backup`, `forkant restore`;
// docs/operations.md, "Backup and restore"). A PostgreSQL database is backed up with PostgreSQL's own
// tools: the commands say so and do nothing.
//
// A backup is a consistent copy of the database as of the moment it began (SQLite's VACUUM INTO reads
// one snapshot while the server goes on writing): every write acknowledged before it began is in it.
// It is written under a temporary name, fsync'ed, checked with PRAGMA integrity_check, renamed into
// place, and described by a sidecar (formats/backup_sidecar.hpp) with its SHA-256; then the directory
// is fsync'ed. Only complete backups (file and sidecar) count; retention keeps the newest N.

#include <stdexcept>
#include <string>
#include <vector>

#include "formats/backup_sidecar.hpp"

namespace forkant {

// What went wrong, in words for the operator; nothing has been replaced.
class BackupError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct BackupMade {
  std::string file;  // the backup; its sidecar is file + ".json"
  BackupSidecar sidecar;
  std::vector<std::string> removed;  // older backups retention removed
};

// Backs up the SQLite database `db` into the folder `out_dir` (created, mode 0700, if missing) as
// forkant-YYYYMMDDTHHMMSS.mmmZ.db with its sidecar. `keep` > 0: afterwards only the newest `keep`
// backups are kept there. Backups into one folder take turns (a lock file in it). Throws BackupError.
BackupMade make_backup(const std::string& db, const std::string& out_dir, int keep,
                       const std::string& forkant_version);

// Checks the backup `file` against its sidecar (file + ".json"): size, SHA-256, integrity_check and the
// schema version recorded in it. Returns the sidecar; throws BackupError saying what does not match.
BackupSidecar verify_backup(const std::string& file);

struct Restored {
  BackupSidecar sidecar;
  std::string previous;  // where the database it replaced was kept ("" when there was none)
};

// Replaces the SQLite database `db` by the backup `from` once verify_backup() accepted it and its schema
// is not newer than `newest_schema` (what this forkant's migrations know). Refuses while a server holds
// the database (storage/database_lock.hpp); the replaced database is kept beside it as
// `<db>.before-restore-<time>` (with its -wal). Throws BackupError.
Restored restore_backup(const std::string& db, const std::string& from, int newest_schema);

}  // namespace forkant
