#include "cli/key_file.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "storage/open.hpp"

namespace forkant::cli {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw std::runtime_error("key file " + path + ": " + what);
}

void create_key_file(const std::string& path) {
  SecretBox::Key key{};
  randombytes_buf(key.data(), key.size());
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) fail(path, std::strerror(errno));
  const bool ok = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
  ::close(fd);
  sodium_memzero(key.data(), key.size());
  if (!ok) fail(path, "could not be written");
  // The new name must survive a crash too, or the next start would make another key.
  const std::string dir = std::filesystem::path(path).parent_path().empty()
                              ? "."
                              : std::filesystem::path(path).parent_path().string();
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace

std::optional<std::string> key_file_path(const std::string& given, const std::string& db) {
  if (!given.empty()) return given;
  if (const char* credentials = std::getenv("CREDENTIALS_DIRECTORY")) {
    const std::string path = std::string(credentials) + "/secret.key";
    if (std::filesystem::exists(path)) return path;
  }
  if (is_postgresql_url(db)) return std::nullopt;
  return db + ".key";
}

SecretBox::Key read_key_file(const std::string& path, bool create) {
  if (create && !std::filesystem::exists(path)) create_key_file(path);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    fail(path, "not a regular file");
  }
  if ((st.st_mode & 077) != 0) {
    ::close(fd);
    fail(path, "readable by others than its owner (chmod 600)");
  }
  SecretBox::Key key{};
  char extra = 0;
  const bool exact =
      ::read(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::read(fd, &extra, 1) == 0;
  ::close(fd);
  if (!exact) {
    sodium_memzero(key.data(), key.size());
    fail(path, "must hold exactly 32 bytes (head -c 32 /dev/urandom > FILE)");
  }
  return key;
}

}  // namespace forkant::cli
