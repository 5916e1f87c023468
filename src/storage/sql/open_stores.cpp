#include "storage/sql/open_stores.hpp"

#include "storage/sql/account_store.hpp"
#include "storage/sql/assessment_store.hpp"
#include "storage/sql/audit_store.hpp"
#include "storage/sql/competence_store.hpp"
#include "storage/sql/contribution_store.hpp"
#include "storage/sql/decision_store.hpp"
#include "storage/sql/impact_store.hpp"
#include "storage/sql/initiative_store.hpp"
#include "storage/sql/library_store.hpp"
#include "storage/sql/network_store.hpp"
#include "storage/sql/ops_stats_store.hpp"
#include "storage/sql/org_store.hpp"
#include "storage/sql/outbox_store.hpp"
#include "storage/sql/password_reset_store.hpp"
#include "storage/sql/privacy_store.hpp"
#include "storage/sql/public_page_store.hpp"
#include "storage/sql/radar_store.hpp"
#include "storage/sql/round_recipient_store.hpp"
#include "storage/sql/share_store.hpp"
#include "storage/sql/sign_in_store.hpp"
#include "storage/sql/transactor.hpp"
#include "storage/sql/two_factor_store.hpp"

namespace forkant::sql {

Backend open_stores(const std::shared_ptr<Database>& db) {
  Backend out;
  out.accounts = std::make_unique<SqlAccountStore>(db);
  out.orgs = std::make_unique<SqlOrgStore>(db);
  out.audit = std::make_unique<SqlAuditStore>(db);
  out.assessment = std::make_unique<SqlAssessmentStore>(db);
  out.decisions = std::make_unique<SqlDecisionStore>(db);
  out.initiatives = std::make_unique<SqlInitiativeStore>(db);
  out.public_page = std::make_unique<SqlPublicPageStore>(db);
  out.impact = std::make_unique<SqlImpactStore>(db);
  out.library = std::make_unique<SqlLibraryStore>(db);
  out.shares = std::make_unique<SqlShareStore>(db);
  out.networks = std::make_unique<SqlNetworkStore>(db);
  out.contributions = std::make_unique<SqlContributionStore>(db);
  out.sign_in = std::make_unique<SqlSignInStore>(db);
  out.outbox = std::make_unique<SqlOutboxStore>(db);
  out.round_recipients = std::make_unique<SqlRoundRecipientStore>(db);
  out.password_resets = std::make_unique<SqlPasswordResetStore>(db);
  out.privacy = std::make_unique<SqlPrivacyStore>(db);
  out.ops_stats = std::make_unique<SqlOpsStatsStore>(db);
  out.two_factor = std::make_unique<SqlTwoFactorStore>(db);
  out.radar = std::make_unique<SqlRadarStore>(db);
  out.competence = std::make_unique<SqlCompetenceStore>(db);
  out.transactor = std::make_unique<SqlTransactor>(db);
  return out;
}

}  // namespace forkant::sql
