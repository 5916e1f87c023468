// forkant backup and forkant restore (storage/backup.hpp; docs/operations.md, "Backup and restore").
#include "storage/backup.hpp"

#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "cli/version.hpp"
#include "storage/migrations.hpp"
#include "storage/open.hpp"

namespace forkant::cli {
namespace {

// Exit status when the command cannot do its work here: the database is PostgreSQL, or the backup or
// the database refused (the message says why).
constexpr int kRefused = 2;

}  // namespace

int backup(const BackupOptions& options) {
  if (is_postgresql_url(options.db)) {
    std::cerr << "forkant backup: " << describe_database(options.db)
              << " is a PostgreSQL database: back it up with PostgreSQL's own tools, pg_dump for a copy "
                 "(pg_dump -Fc) or pg_basebackup with WAL archiving for point-in-time recovery "
                 "(docs/operations.md, \"Backups\")\n";
    return kRefused;
  }
  try {
    const BackupMade made = make_backup(options.db, options.out, options.keep, forkant_version());
    std::cout << made.file << "\n";  // the one line a script reads
    std::cerr << "forkant backup: " << made.file << " (" << made.sidecar.size_bytes << " bytes, schema "
              << made.sidecar.schema_version << ", integrity ok, sha256 " << made.sidecar.sha256 << ")\n";
    for (const auto& removed : made.removed) std::cerr << "forkant backup: removed " << removed << "\n";
    return 0;
  } catch (const BackupError& e) {
    std::cerr << "forkant backup: " << e.what() << "\n";
    return kRefused;
  }
}

int restore(const RestoreOptions& options) {
  if (is_postgresql_url(options.db)) {
    std::cerr << "forkant restore: " << describe_database(options.db)
              << " is a PostgreSQL database: restore it with PostgreSQL's own tools (pg_restore, or a base "
                 "backup with its WAL; docs/operations.md, \"Backups\")\n";
    return kRefused;
  }
  try {
    const auto migrations = load_migrations(Paths::defaults().migrations_dir + "/sqlite");
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    const Restored restored = restore_backup(options.db, options.from, newest);
    std::cout << "forkant restore: " << options.db << " is now the backup " << options.from << " (made "
              << restored.sidecar.created_at << " by forkant " << restored.sidecar.forkant_version
              << ", schema " << restored.sidecar.schema_version << ")\n";
    if (!restored.previous.empty()) {
      std::cout << "forkant restore: the database it replaced is kept as " << restored.previous
                << " (delete it once the restored one is checked)\n";
    }
    return 0;
  } catch (const BackupError& e) {
    std::cerr << "forkant restore: " << e.what() << "\n";
    return kRefused;
  }
}

}  // namespace forkant::cli
