#include "cli/security_log_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace forkant::cli {
namespace {

// Closes the file when the last copy of the writer goes.
struct File {
  int fd = -1;
  bool owned = false;
  File(int f, bool o) : fd(f), owned(o) {}
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  ~File() {
    if (owned && fd >= 0) close(fd);
  }
};

void write_line(int fd, std::string_view line) {
  std::string whole(line);
  whole += '\n';
  std::string_view rest = whole;
  while (!rest.empty()) {
    const ssize_t n = write(fd, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // a full disk must not take the request down; the access log still says it
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

std::optional<SecurityLogWriter> open_security_log(const std::string& path, std::string& problem) {
  if (path.empty() || path == "-") {
    return [](std::string_view line) { write_line(STDERR_FILENO, line); };
  }
  const int fd = open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (fd < 0) {
    problem = std::strerror(errno);
    return std::nullopt;
  }
  auto file = std::make_shared<File>(fd, true);
  return [file](std::string_view line) { write_line(file->fd, line); };
}

}  // namespace forkant::cli
