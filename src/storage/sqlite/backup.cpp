// forkant backup (storage/backup.hpp): VACUUM INTO a temporary file, check it, fsync, rename, sidecar,
// retention.
#include "storage/backup.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "storage/sqlite/backup_file.hpp"
#include "storage/sqlite/danish_tokenizer.hpp"

namespace forkant {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kPrefix = "forkant-";
constexpr std::string_view kSuffix = ".db";
constexpr std::string_view kSidecar = ".json";
constexpr std::string_view kTemporary = ".tmp";

// Held while one backup writes into the folder, so that two (the timer and an operator) take turns.
class FolderLock {
 public:
  explicit FolderLock(const fs::path& dir) {
    const auto path = (dir / ".forkant-backup.lock").string();
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw BackupError("cannot open " + path + ": " + std::strerror(errno));
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno != EINTR) throw BackupError("cannot lock " + path + ": " + std::strerror(errno));
    }
  }
  ~FolderLock() { ::close(fd_); }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_ = -1;
};

// The consistent copy: one read transaction of the live database, written to `to` (which must not
// exist). The server keeps writing meanwhile (WAL: a reader never blocks the writer).
void vacuum_into(const std::string& db, const std::string& to) {
  sqlite3* h = nullptr;
  struct Close {
    sqlite3*& h;
    ~Close() { sqlite3_close_v2(h); }
  } close{h};
  // Not SQLITE_OPEN_CREATE: a mistyped --db must not leave an empty database behind.
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    throw BackupError("cannot open the database " + db + ": " + (h ? sqlite3_errmsg(h) : "out of memory"));
  }
  sqlite3_busy_timeout(h, 5000);
  try {
    sqlite::register_danish_tokenizer(h);
  } catch (const std::exception& e) {
    throw BackupError(e.what());
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(h, "VACUUM INTO ?1", -1, &st, nullptr) != SQLITE_OK) {
    throw BackupError("cannot back up " + db + ": " + sqlite3_errmsg(h));
  }
  sqlite3_bind_text(st, 1, to.c_str(), -1, SQLITE_TRANSIENT);
  const int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) throw BackupError("cannot back up " + db + ": " + sqlite3_errmsg(h));
}

bool is_backup_name(const std::string& name) {
  return name.starts_with(kPrefix) && name.ends_with(kSuffix) &&
         name.size() > kPrefix.size() + kSuffix.size();
}

// Leftovers of a backup that did not finish (a crash, a full disk): temporary files, a backup without its
// sidecar, a sidecar without its backup. Only ever called under the folder lock, so none is in progress.
std::vector<std::string> remove_leftovers(const fs::path& dir) {
  std::vector<std::string> removed;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    bool leftover = false;
    if (name.starts_with(".forkant-") && name.ends_with(kTemporary)) {
      leftover = true;
    } else if (is_backup_name(name)) {
      leftover = !fs::exists(dir / (name + std::string(kSidecar)));
    } else if (name.ends_with(kSidecar) && is_backup_name(name.substr(0, name.size() - kSidecar.size()))) {
      leftover = !fs::exists(dir / name.substr(0, name.size() - kSidecar.size()));
    }
    if (leftover) {
      fs::remove(entry.path());
      removed.push_back(entry.path().string());
    }
  }
  return removed;
}

// Keeps the newest `keep` complete backups (their names sort by time), removing the rest.
std::vector<std::string> apply_retention(const fs::path& dir, int keep) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (is_backup_name(name) && fs::exists(dir / (name + std::string(kSidecar)))) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  std::vector<std::string> removed;
  const auto excess = static_cast<std::ptrdiff_t>(names.size()) - keep;
  for (std::ptrdiff_t i = 0; i < excess; ++i) {
    // The sidecar goes first: a backup without one no longer counts, whatever happens next.
    fs::remove(dir / (names[static_cast<std::size_t>(i)] + std::string(kSidecar)));
    fs::remove(dir / names[static_cast<std::size_t>(i)]);
    removed.push_back((dir / names[static_cast<std::size_t>(i)]).string());
  }
  return removed;
}

}  // namespace

BackupMade make_backup(const std::string& db, const std::string& out_dir, int keep,
                       const std::string& forkant_version) {
  if (!fs::is_regular_file(db)) throw BackupError("no SQLite database at " + db);
  const fs::path dir(out_dir);
  std::error_code ec;
  if (!fs::is_directory(dir)) {
    fs::create_directories(dir, ec);
    if (ec) throw BackupError("cannot create the folder " + out_dir + ": " + ec.message());
    // Backups hold everything in the database: only its owner may read them.
    fs::permissions(dir, fs::perms::owner_all, ec);
  }
  const FolderLock lock(dir);
  remove_leftovers(dir);

  const sqlite::Stamp stamp = sqlite::stamp_now();
  const std::string name = std::string(kPrefix) + stamp.file + std::string(kSuffix);
  const std::string final_path = (dir / name).string();
  const std::string temporary = (dir / ("." + name + std::string(kTemporary))).string();
  const std::string sidecar_path = final_path + std::string(kSidecar);
  const std::string sidecar_temporary =
      (dir / ("." + name + std::string(kSidecar) + std::string(kTemporary))).string();
  if (fs::exists(final_path)) throw BackupError(final_path + " exists already");

  try {
    vacuum_into(db, temporary);
    fs::permissions(temporary, fs::perms::owner_read | fs::perms::owner_write, ec);
    BackupMade made;
    made.sidecar.schema_version = sqlite::check_copy(temporary, true);
    sqlite::fsync_path(temporary);
    const sqlite::FileDigest digest = sqlite::digest_file(temporary);
    made.sidecar.forkant_version = forkant_version;
    made.sidecar.sha256 = digest.sha256;
    made.sidecar.size_bytes = digest.size;
    made.sidecar.created_at = stamp.rfc3339;
    made.sidecar.database = fs::path(db).filename().string();
    // The backup is renamed into place first and counts only once its sidecar is there too.
    fs::rename(temporary, final_path);
    sqlite::write_new_file(sidecar_temporary, write_backup_sidecar(made.sidecar));
    fs::rename(sidecar_temporary, sidecar_path);
    sqlite::fsync_path(dir.string());
    made.file = final_path;
    if (keep > 0) {
      made.removed = apply_retention(dir, keep);
      if (!made.removed.empty()) sqlite::fsync_path(dir.string());
    }
    return made;
  } catch (const fs::filesystem_error& e) {
    fs::remove(temporary, ec);
    fs::remove(sidecar_temporary, ec);
    throw BackupError(e.what());
  } catch (...) {
    fs::remove(temporary, ec);
    fs::remove(sidecar_temporary, ec);
    throw;
  }
}

}  // namespace forkant
