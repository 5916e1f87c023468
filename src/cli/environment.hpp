#pragma once
// Everything one forkant process needs, built once from the command line: the database (migrated), the
// stores, the services, catalogues and templates. Shared by every subcommand.

#include <memory>
#include <string>

#include "domain/accounts/login_throttle.hpp"
#include "services/accounts.hpp"
#include "services/assessment.hpp"
#include "services/clock.hpp"
#include "services/decisions.hpp"
#include "services/organisations.hpp"
#include "storage/sqlite/database.hpp"
#include "storage/sqlite/decision_store.hpp"
#include "storage/sqlite/store.hpp"

namespace forkant::cli {

// Where templates, locales, static files, migrations and frameworks are read from.
struct Paths {
  std::string share_dir;   // the source tree's data folders
  std::string locale_dir;  // compiled .mo catalogues
  static Paths defaults();
};

struct Environment {
  explicit Environment(const std::string& db_path, const Paths& paths = Paths::defaults());

  Paths paths;
  sqlite::Database db;
  sqlite::SqliteStore store{db};
  SystemClock clock;
  LoginThrottle throttle;
  AccountService accounts{store, store, store, clock, throttle};
  OrgService orgs{store, accounts, store, store, store, clock};
  AssessmentService assessment{store, store, store, clock};
  sqlite::SqliteDecisionStore decision_store{db};
  DecisionService decisions{decision_store, store, store, clock, assessment};
};

}  // namespace forkant::cli
