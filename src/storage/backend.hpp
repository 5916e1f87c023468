#pragma once
// One storage backend, opened: an implementation of every store interface the services declare and the
// Transactor that makes their calls atomic. What a backend needs to stay open (its connections) is
// shared by these objects and closes with the last of them.

#include <memory>

#include "services/accounts.hpp"
#include "services/assessment.hpp"
#include "services/audit.hpp"
#include "services/competence.hpp"
#include "services/decisions.hpp"
#include "services/impact.hpp"
#include "services/initiatives.hpp"
#include "services/metrics.hpp"
#include "services/network_library.hpp"
#include "services/network_sharing.hpp"
#include "services/networks.hpp"
#include "services/oidc_sign_in.hpp"
#include "services/organisations.hpp"
#include "services/outbox.hpp"
#include "services/password_reset.hpp"
#include "services/peer_benchmark.hpp"
#include "services/privacy.hpp"
#include "services/public_page.hpp"
#include "services/radar.hpp"
#include "services/round_mail.hpp"
#include "services/transactor.hpp"
#include "services/two_factor.hpp"

namespace forkant {

class FaultInjector;

struct Backend {
  std::unique_ptr<AccountStore> accounts;
  std::unique_ptr<OrgStore> orgs;
  std::unique_ptr<AuditStore> audit;
  std::unique_ptr<AssessmentStore> assessment;
  std::unique_ptr<DecisionStore> decisions;
  std::unique_ptr<InitiativeStore> initiatives;
  std::unique_ptr<PublicPageStore> public_page;
  std::unique_ptr<ImpactStore> impact;
  std::unique_ptr<LibraryStore> library;  // the shared library of networks (issue 15)
  std::unique_ptr<ShareStore> shares;     // texts shared with networks (issue 15)
  std::unique_ptr<NetworkStore> networks;
  std::unique_ptr<ContributionStore> contributions;  // rounds contributed to networks (issue 15)
  std::unique_ptr<SignInStore> sign_in;              // single sign-on per organisation (issue 16)
  // E-mail (issue 16): the outbox, the addresses a round's links were mailed to, password reset links.
  std::unique_ptr<OutboxStore> outbox;
  std::unique_ptr<RoundRecipientStore> round_recipients;
  std::unique_ptr<PasswordResetStore> password_resets;
  std::unique_ptr<PrivacyStore> privacy;       // a person's data: export, erasure, audit retention (issue 18)
  std::unique_ptr<OpsStatsStore> ops_stats;    // figures for GET /metrics (issue 16)
  std::unique_ptr<TwoFactorStore> two_factor;  // TOTP secrets, recovery codes (issue 16)
  std::unique_ptr<RadarStore> radar;           // the technology radar (issue 17)
  // The competence matrix (issue 17).
  std::unique_ptr<CompetenceStore> competence;
  std::unique_ptr<Transactor> transactor;
  // Other forkant processes may use the same database at once (a database server: PostgreSQL). What
  // another process writes must then not be kept in this one's memory (docs/instances.md). A SQLite file
  // is served by one process.
  bool shared = false;
};

struct BackendOptions {
  // Tests only (storage/fault_injector.hpp): counts the backend's statements and fails the chosen one.
  // It must outlive the backend.
  FaultInjector* faults = nullptr;
};

}  // namespace forkant
