#include "storage/database_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "storage/database_error.hpp"
#include "storage/open.hpp"

namespace forkant {

std::optional<DatabaseLock> DatabaseLock::try_take(const std::string& db) {
  if (is_postgresql_url(db)) return DatabaseLock(-1);
  const std::string path = path_for(db);
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) throw DatabaseError("cannot open the lock file " + path + ": " + std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK) return std::nullopt;
    throw DatabaseError("cannot lock " + path + ": " + std::strerror(error));
  }
  return DatabaseLock(fd);
}

DatabaseLock::~DatabaseLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace forkant
