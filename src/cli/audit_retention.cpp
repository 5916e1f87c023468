// `forkant audit retention --days N`: the audit log's personal fields (who did it, the detail that may
// name an address) emptied in every entry older than N days; the action, object and time stay
// (docs/privacy.md). Run it from a timer or cron job, like the nightly backup.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/environment.hpp"

namespace forkant::cli {

int audit_retention(const std::string& db, int days) {
  Environment env(db);
  const int cleared = env.privacy.apply_audit_retention(days);
  std::cout << "cleared the personal fields of " << cleared << " audit entries older than " << days
            << " days\n";
  return 0;
}

}  // namespace forkant::cli
