#include "storage/sqlite/open_sqlite.hpp"

#include "storage/sqlite/account_store.hpp"
#include "storage/sqlite/assessment_store.hpp"
#include "storage/sqlite/audit_store.hpp"
#include "storage/sqlite/database.hpp"
#include "storage/sqlite/decision_store.hpp"
#include "storage/sqlite/impact_store.hpp"
#include "storage/sqlite/initiative_store.hpp"
#include "storage/sqlite/org_store.hpp"
#include "storage/sqlite/public_page_store.hpp"
#include "storage/sqlite/schema_migrations.hpp"
#include "storage/sqlite/transactor.hpp"

namespace forkant::sqlite {

Backend open_sqlite_backend(const std::string& path, const std::string& migrations_dir,
                            const BackendOptions& options) {
  auto db = std::make_shared<Database>(path, 4, options.faults);
  SqliteMigrationTarget target(db);
  migrate(target, load_migrations(migrations_dir));
  Backend out;
  out.accounts = std::make_unique<SqliteAccountStore>(db);
  out.orgs = std::make_unique<SqliteOrgStore>(db);
  out.audit = std::make_unique<SqliteAuditStore>(db);
  out.assessment = std::make_unique<SqliteAssessmentStore>(db);
  out.decisions = std::make_unique<SqliteDecisionStore>(db);
  out.initiatives = std::make_unique<SqliteInitiativeStore>(db);
  out.public_page = std::make_unique<SqlitePublicPageStore>(db);
  out.impact = std::make_unique<SqliteImpactStore>(db);
  out.transactor = std::make_unique<SqliteTransactor>(db);
  return out;
}

}  // namespace forkant::sqlite
