#pragma once
// A SQLite database file is served by one process (storage/backend.hpp): `forkant serve` holds an
// exclusive lock on `<db>.lock` beside it for its whole life, and `forkant restore` takes the same lock
// before it replaces the file, so a restore never runs under a server and a second server never starts
// on a file another one serves. The kernel drops the lock when the process ends, however it ends.
// A PostgreSQL database needs none: instances share it by design (docs/instances.md).

#include <optional>
#include <string>

namespace forkant {

class DatabaseLock {
 public:
  // Takes the lock for the --db value `db` without waiting: nullopt while another process holds it.
  // Throws DatabaseError when the lock file cannot be created.
  static std::optional<DatabaseLock> try_take(const std::string& db);
  // The lock file of a SQLite database.
  static std::string path_for(const std::string& db) { return db + ".lock"; }

  DatabaseLock(DatabaseLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  DatabaseLock& operator=(DatabaseLock&&) = delete;
  DatabaseLock(const DatabaseLock&) = delete;
  DatabaseLock& operator=(const DatabaseLock&) = delete;
  ~DatabaseLock();

 private:
  explicit DatabaseLock(int fd) : fd_(fd) {}
  int fd_ = -1;  // -1: nothing to hold (PostgreSQL)
};

}  // namespace forkant
