#pragma once
// Everything one forkant process needs, built once from the command line: the storage backend (opened
// and migrated by storage/open.hpp, whichever it is), the services, catalogues and templates. Shared by
// every subcommand.

#include <memory>
#include <string>

#include "net/http_fetcher.hpp"
#include "services/accounts.hpp"
#include "services/assessment.hpp"
#include "services/clock.hpp"
#include "services/competence.hpp"
#include "services/decisions.hpp"
#include "services/impact.hpp"
#include "services/initiatives.hpp"
#include "services/network_library.hpp"
#include "services/network_sharing.hpp"
#include "services/networks.hpp"
#include "services/oidc_sign_in.hpp"
#include "services/organisations.hpp"
#include "services/outbox.hpp"
#include "services/own_sessions.hpp"
#include "services/password_reset.hpp"
#include "services/peer_benchmark.hpp"
#include "services/privacy.hpp"
#include "services/public_page.hpp"
#include "services/radar.hpp"
#include "services/round_mail.hpp"
#include "services/secret_box.hpp"
#include "services/two_factor.hpp"
#include "storage/backend.hpp"

namespace forkant {
class FaultInjector;
}  // namespace forkant

namespace forkant::cli {

// Where templates, locales, static files, migrations and frameworks are read from.
struct Paths {
  std::string share_dir;       // templates/, static/, frameworks/, docs/openapi.json
  std::string locale_dir;      // compiled .mo catalogues
  std::string migrations_dir;  // sqlite/ and postgresql/ (src/storage/migrations in the source tree)
  static Paths defaults();
};

// The built-in impact-assessment files of `dir` (frameworks/impact/): the screening, the AIA levels'
// findings and the default routing. A file that is missing or does not read stops the start-up.
ImpactBuiltins load_impact_builtins(const std::string& dir);

// What a caller other than the command line may set: tests run the whole application in-process with a
// clock they move (session expiry through HTTP) and a fault injector that fails the n-th statement
// (storage/fault_injector.hpp). Both must outlive the Environment; null: the system clock, no faults.
struct EnvironmentOptions {
  const Clock* clock = nullptr;
  FaultInjector* faults = nullptr;
};

struct Environment {
  explicit Environment(const std::string& db, const Paths& paths = Paths::defaults(),
                       EnvironmentOptions options = {});

  Paths paths;
  SystemClock system_clock;
  // What every service asks the time: the caller's clock, else system_clock.
  const Clock& clock;
  Backend backend;
  // Seals stored secrets; its key is read by `serve` (cli/key_file.hpp) after the services are wired.
  SecretBox secret_box;
  // Sessions are kept in memory only where this is the one process that writes them (backend.shared).
  AccountService accounts{*backend.accounts, *backend.audit, *backend.transactor, clock, !backend.shared};
  OrgService orgs{*backend.orgs, accounts, *backend.accounts, *backend.audit, *backend.transactor, clock};
  AssessmentService assessment{*backend.assessment, *backend.audit, *backend.transactor, clock};
  DecisionService decisions{*backend.decisions, *backend.audit, *backend.transactor, clock, assessment};
  InitiativeService initiatives{*backend.initiatives, *backend.audit, *backend.transactor, clock, decisions};
  PublicPageService public_page{*backend.public_page, *backend.decisions, *backend.audit, *backend.transactor,
                                clock};
  ImpactService impact{*backend.impact,
                       *backend.audit,
                       *backend.transactor,
                       clock,
                       initiatives,
                       decisions,
                       load_impact_builtins(paths.share_dir + "/frameworks/impact")};
  NetworkLibraryService library{*backend.library};
  NetworkSharingService sharing{*backend.shares,
                                *backend.decisions,
                                *backend.initiatives,
                                *backend.orgs,
                                *backend.audit,
                                *backend.transactor,
                                clock};
  NetworkService networks{*backend.networks, orgs, *backend.audit, *backend.transactor, clock};
  PeerBenchmarkService peer_benchmark{*backend.contributions, assessment, *backend.audit, *backend.transactor,
                                      clock};
  // Outbound HTTP (libcurl) for single sign-on; `serve --ca-file` sets its CA bundle.
  net::CurlHttpFetcher http;
  OidcSignInService sso{*backend.sign_in,    *backend.orgs, *backend.accounts, accounts, *backend.audit,
                        *backend.transactor, clock,         secret_box,        http};
  // E-mail (issue 16, docs/email.md): the outbox, a round's links by mail, password reset by mail.
  OutboxService outbox{*backend.outbox, *backend.transactor, clock};
  RoundMailService round_mail{*backend.round_recipients,
                              *backend.assessment,
                              *backend.audit,
                              outbox,
                              *backend.transactor,
                              clock,
                              secret_box};
  // A person's data: the export, an owner's erasure of a member, the audit log's retention (issue 18).
  PrivacyService privacy{*backend.privacy, *backend.audit, *backend.transactor, clock};
  PasswordResetService password_reset{*backend.password_resets,
                                      *backend.accounts,
                                      accounts,
                                      *backend.audit,
                                      outbox,
                                      *backend.transactor,
                                      clock};
  // A person's list of their own sessions, and ending them (issue 18, ASVS 3.3.4).
  OwnSessionsService own_sessions{*backend.accounts, accounts, *backend.audit, *backend.transactor, clock};
  // TOTP for local accounts; its secrets are sealed by secret_box (issue 16).
  TwoFactorService two_factor{*backend.two_factor, *backend.accounts,   accounts,
                              *backend.audit,      *backend.transactor, clock,
                              secret_box};
  // The technology radar (issue 17, docs/radar.md).
  RadarService radar{*backend.radar, *backend.audit, *backend.transactor, clock, initiatives};
  // The competence matrix (issue 17, docs/competence.md).
  CompetenceService competence{*backend.competence, *backend.audit, *backend.transactor, clock, decisions};
};

}  // namespace forkant::cli
