// forkant restore (storage/backup.hpp): verify the backup against its sidecar, then, under the database's
// lock, put a copy of it in place of the database, keeping the one it replaces.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "storage/backup.hpp"
#include "storage/database_lock.hpp"
#include "storage/sqlite/backup_file.hpp"

namespace forkant {
namespace {

namespace fs = std::filesystem;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw BackupError("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

BackupSidecar verify_backup(const std::string& file) {
  if (!fs::is_regular_file(file)) throw BackupError("no backup file at " + file);
  const std::string sidecar_path = file + ".json";
  if (!fs::is_regular_file(sidecar_path)) {
    throw BackupError("no sidecar " + sidecar_path +
                      ": an incomplete backup, or not one made by forkant backup");
  }
  std::string problem;
  const auto sidecar = read_backup_sidecar(read_text(sidecar_path), problem);
  if (!sidecar) throw BackupError(sidecar_path + ": " + problem);
  const sqlite::FileDigest digest = sqlite::digest_file(file);
  if (digest.size != sidecar->size_bytes) {
    throw BackupError(file + " has " + std::to_string(digest.size) + " bytes, its sidecar says " +
                      std::to_string(sidecar->size_bytes) + ": the copy is damaged or incomplete");
  }
  if (digest.sha256 != sidecar->sha256) {
    throw BackupError(file + " does not match the SHA-256 in its sidecar: the copy is damaged");
  }
  const int schema = sqlite::check_copy(file, false);
  if (schema != sidecar->schema_version) {
    throw BackupError(file + " holds schema " + std::to_string(schema) + ", its sidecar says " +
                      std::to_string(sidecar->schema_version));
  }
  return *sidecar;
}

Restored restore_backup(const std::string& db, const std::string& from, int newest_schema) {
  Restored out;
  out.sidecar = verify_backup(from);
  if (out.sidecar.schema_version > newest_schema) {
    throw BackupError("the backup has schema " + std::to_string(out.sidecar.schema_version) + " (forkant " +
                      out.sidecar.forkant_version + "); this forkant knows schema " +
                      std::to_string(newest_schema) + " at most: restore it with a forkant at least as new");
  }
  const auto lock = DatabaseLock::try_take(db);
  if (!lock) {
    throw BackupError("a forkant server is using " + db +
                      ": stop it first (systemctl stop forkant), then restore");
  }
  const fs::path target(db);
  const std::string stamp = sqlite::stamp_now().file;
  const std::string incoming = db + ".restoring-" + stamp;
  std::error_code ec;
  try {
    sqlite::copy_new_file(from, incoming);
    if (fs::exists(target)) {
      // The database it replaces, kept whole: its WAL may hold commits not yet checkpointed, so it moves
      // with it (SQLite finds it by the name), and the shared-memory index, rebuilt on open, goes.
      out.previous = db + ".before-restore-" + stamp;
      fs::rename(target, out.previous);
      if (fs::exists(db + "-wal")) fs::rename(db + "-wal", out.previous + "-wal");
      fs::remove(db + "-shm", ec);
    }
    fs::rename(incoming, target);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    sqlite::fsync_path(folder.string());
  } catch (const fs::filesystem_error& e) {
    fs::remove(incoming, ec);
    throw BackupError(e.what());
  } catch (...) {
    fs::remove(incoming, ec);
    throw;
  }
  return out;
}

}  // namespace forkant
