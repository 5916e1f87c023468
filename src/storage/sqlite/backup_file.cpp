#include "storage/sqlite/backup_file.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <vector>

#include "storage/backup.hpp"
#include "storage/sqlite/danish_tokenizer.hpp"

namespace forkant::sqlite {
namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
  throw BackupError(what + " " + path + ": " + std::strerror(error));
}

// Closes the descriptor whatever happens.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

void write_all(int fd, const char* data, std::size_t size, const std::string& path) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", path, errno);
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

// Closes the handle whatever happens.
struct Handle {
  sqlite3* db = nullptr;
  ~Handle() { sqlite3_close_v2(db); }
};

}  // namespace

void fsync_path(const std::string& path) {
  Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (f.fd < 0) fail("cannot open", path, errno);
  if (::fsync(f.fd) != 0) fail("cannot fsync", path, errno);
}

FileDigest digest_file(const std::string& path) {
  Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (f.fd < 0) fail("cannot open", path, errno);
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  std::vector<unsigned char> buffer(1 << 20);
  FileDigest out;
  for (;;) {
    const ssize_t n = ::read(f.fd, buffer.data(), buffer.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot read", path, errno);
    }
    if (n == 0) break;
    crypto_hash_sha256_update(&state, buffer.data(), static_cast<unsigned long long>(n));
    out.size += static_cast<std::uint64_t>(n);
  }
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, hash);
  static const char* hex = "0123456789abcdef";
  for (const unsigned char b : hash) {
    out.sha256 += hex[b >> 4];
    out.sha256 += hex[b & 15];
  }
  return out;
}

void write_new_file(const std::string& path, const std::string& text) {
  Fd f{::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
  if (f.fd < 0) fail("cannot create", path, errno);
  write_all(f.fd, text.data(), text.size(), path);
  if (::fsync(f.fd) != 0) fail("cannot fsync", path, errno);
}

void copy_new_file(const std::string& from, const std::string& to) {
  Fd in{::open(from.c_str(), O_RDONLY | O_CLOEXEC)};
  if (in.fd < 0) fail("cannot open", from, errno);
  Fd out{::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
  if (out.fd < 0) fail("cannot create", to, errno);
  std::vector<char> buffer(1 << 20);
  for (;;) {
    const ssize_t n = ::read(in.fd, buffer.data(), buffer.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot read", from, errno);
    }
    if (n == 0) break;
    write_all(out.fd, buffer.data(), static_cast<std::size_t>(n), to);
  }
  if (::fsync(out.fd) != 0) fail("cannot fsync", to, errno);
}

int check_copy(const std::string& path, bool make_standalone) {
  Handle h;
  const int flags = make_standalone ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  if (sqlite3_open_v2(path.c_str(), &h.db, flags, nullptr) != SQLITE_OK) {
    throw BackupError("cannot open " + path +
                      " as a SQLite database: " + (h.db ? sqlite3_errmsg(h.db) : "out of memory"));
  }
  try {
    register_danish_tokenizer(h.db);  // a SQLite that checks FTS5 tables needs their tokenizer
  } catch (const std::exception& e) {
    throw BackupError(e.what());
  }
  const auto rows = [&](const char* sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h.db, sql, -1, &st, nullptr) != SQLITE_OK) {
      throw BackupError(path + ": " + sqlite3_errmsg(h.db));
    }
    std::vector<std::string> out;
    int rc = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      out.emplace_back(text ? text : "");
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) throw BackupError(path + ": " + sqlite3_errmsg(h.db));
    return out;
  };
  if (make_standalone && rows("PRAGMA journal_mode=DELETE") != std::vector<std::string>{"delete"}) {
    throw BackupError(path + ": cannot switch the copy to a rollback journal");
  }
  const auto findings = rows("PRAGMA integrity_check");
  if (findings != std::vector<std::string>{"ok"}) {
    std::string text;
    for (std::size_t i = 0; i < findings.size() && i < 5; ++i) text += "\n  " + findings[i];
    throw BackupError(path + " fails SQLite's integrity check:" + text);
  }
  const auto version = rows("SELECT coalesce(max(version), 0) FROM schema_migrations");
  if (version.size() != 1) throw BackupError(path + ": no schema_migrations table: not a forkant database");
  return std::stoi(version.front());
}

Stamp stamp_now() {
  const auto now = std::chrono::system_clock::now();
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char day[32], file[32];
  std::strftime(day, sizeof day, "%Y-%m-%dT%H:%M:%S", &utc);
  std::strftime(file, sizeof file, "%Y%m%dT%H%M%S", &utc);
  char millis[8];
  std::snprintf(millis, sizeof millis, ".%03d", static_cast<int>(ms));
  return {std::string(day) + millis + "Z", std::string(file) + millis + "Z"};
}

}  // namespace forkant::sqlite
