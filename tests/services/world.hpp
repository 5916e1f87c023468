#pragma once
// One organisation's worth of services over the in-memory fakes, wired as src/cli wires them over
// SQLite: one transactor for all stores, one fixed clock. Each test builds its own.

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "domain/date.hpp"
#include "fakes/fake_account_store.hpp"
#include "fakes/fake_assessment_store.hpp"
#include "fakes/fake_audit_store.hpp"
#include "fakes/fake_decision_store.hpp"
#include "fakes/fake_initiative_store.hpp"
#include "fakes/fake_org_store.hpp"
#include "fakes/fake_public_page_store.hpp"
#include "fakes/fake_transactor.hpp"
#include "fakes/fixed_clock.hpp"
#include "services/accounts.hpp"
#include "services/assessment.hpp"
#include "services/decisions.hpp"
#include "services/initiatives.hpp"
#include "services/organisations.hpp"
#include "services/public_page.hpp"
#include "services/secrets.hpp"

namespace forkant::test {

// A day from its ISO text, for tests that write dates.
inline Date day(std::string_view iso) {
  return parse_iso_date(iso).value();
}

// Unix seconds at 09:00 UTC of a day, to move the fixed clock's "today".
inline std::int64_t morning_of(std::string_view iso) {
  using namespace std::chrono;
  return sys_days{day(iso)}.time_since_epoch() / seconds{1} + 9 * 3600;
}

inline constexpr const char* kPassword = "korrekt hest batteri klamme";  // valid: 12+ characters

// One argon2id hash of kPassword for every test (about 0.2 s each to compute).
inline const std::string& password_hash_of_kPassword() {
  static const std::string hash = [] {
    init_secrets();
    return hash_password(kPassword);
  }();
  return hash;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct World {
  FixedClock clock;
  FakeTransactor tx;
  FakeAccountStore accounts_store;
  FakeOrgStore org_store;
  FakeAssessmentStore assessment_store;
  FakeDecisionStore decision_store;
  FakeInitiativeStore initiative_store;
  FakePublicPageStore public_page_store;
  FakeAuditStore audit{&accounts_store, &tx};

  AccountService accounts{accounts_store, audit, tx, clock};
  OrgService orgs{org_store, accounts, accounts_store, audit, tx, clock};
  AssessmentService assessment{assessment_store, audit, tx, clock};
  DecisionService decisions{decision_store, audit, tx, clock, assessment};
  InitiativeService initiatives{initiative_store, audit, tx, clock, decisions};
  PublicPageService public_page{public_page_store, decision_store, audit, tx, clock};

  World() {
    init_secrets();
    accounts_store.link(&org_store);
    org_store.link(&accounts_store);
    assessment_store.link(&accounts_store);
    decision_store.link(&org_store, &assessment_store, &accounts_store);
    for (FakeTable* t :
         std::initializer_list<FakeTable*>{&accounts_store, &org_store, &assessment_store, &decision_store,
                                           &initiative_store, &public_page_store, &audit})
      tx.watch(*t);
  }

  // Set-up straight into the stores (no audit, no argon2id), for the tests of other services.
  std::int64_t add_user(const std::string& email, const std::string& name, const std::string& hash = "-") {
    return accounts_store.insert_user(User{0, email, name, "da"}, hash, clock.now());
  }
  std::int64_t add_org(const std::string& name, int min_respondents = 3) {
    return org_store.insert_org(Organisation{0, name, OrgKind::municipality, 500, min_respondents},
                                clock.now());
  }
  void add_member(std::int64_t org_id, std::int64_t user_id, Role role) {
    org_store.upsert_membership(org_id, user_id, role, clock.now());
  }
  void install_builtin_framework() {
    assessment.install_framework(
        read_text(std::string(FORKANT_SOURCE_DIR) + "/frameworks/ti-spoergsmaal.toml"),
        "ti-spoergsmaal.toml");
  }
};

}  // namespace forkant::test
