#pragma once
// Writes the benchmark data set through forkant's own services, so every row passes the product's rules:
// organisations and rounds are validated and audited, invitation links are random tokens stored as hashes,
// and every response goes the respondent's way (open the link, save, submit: validate_for_submit, the
// participation flag kept apart from the answers). The services' transactions nest into one large
// transaction per batch (a transaction inside another joins it, services/transactor.hpp), so 100,000
// responses cost a few dozen durable commits instead of 100,000.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "answer_model.hpp"
#include "domain/accounts/role.hpp"
#include "national_plan.hpp"
#include "services/accounts.hpp"
#include "services/assessment.hpp"
#include "services/decisions.hpp"
#include "services/initiatives.hpp"
#include "services/organisations.hpp"
#include "settable_clock.hpp"
#include "storage/backend.hpp"

namespace forkant::bench {

struct RoundTimes {
  std::int64_t created = 0;
  std::int64_t opened = 0;
  std::int64_t closed = 0;  // 0: the round stays open
};

// Open links for the write benchmarks: tokens in plain text, returned this once (as the API does).
struct BenchLinks {
  std::int64_t round_id = 0;
  std::vector<std::string> save_tokens;    // answers saved over and over (drafts)
  std::vector<std::string> submit_tokens;  // each submitted once
};

// The answering-flow round: one never-used link a respondent of bench/flow_driver.cpp.
struct FlowLinks {
  std::int64_t round_id = 0;
  std::vector<std::string> tokens;
  std::string first_page;  // opened over and over by wrk, never answered
};

class DataWriter {
 public:
  // Opens (creating) the database through storage/open.hpp, which applies the migrations, and installs
  // the built-in frameworks, as `forkant migrate` does.
  DataWriter(const std::string& db_path, std::int64_t now);

  // Runs `fn` as one write transaction: every service call inside joins it.
  void batch(const std::function<void()>& fn) { backend_.transactor->transaction(fn); }
  void set_time(std::int64_t t) { clock_.set(t); }
  const AnswerModel& model() const { return model_; }

  // The stores, for what bench_data looks up in data written before.
  OrgStore& orgs() { return *backend_.orgs; }
  AccountStore& accounts() { return *backend_.accounts; }

  std::int64_t organisation(const PlannedOrg& org);
  // An account that can sign in (one argon2id hash, ~180 ms).
  std::int64_t account_with_password(std::int64_t org_id, const std::string& email, const std::string& name,
                                     const std::string& password, Role role);
  // An account nobody signs in with. The product hashes every password (~180 ms each), which would
  // make thousands of members take many minutes; these share one hash of a random password, as the
  // members of `forkant demo` do. Membership goes through OrgService (audited).
  std::int64_t account_without_password(std::int64_t org_id, const std::string& email,
                                        const std::string& name, Role role);
  std::string api_token(std::int64_t user_id, const std::string& label);

  // Creates, opens, answers and (unless times.closed is 0) closes one round of the standard groups.
  std::int64_t round(std::int64_t org_id, int org_k, std::int64_t actor, const std::string& title,
                     const PlannedRound& plan, const RoundTimes& times, const OrgProfile& profile,
                     double years, Rng& rng);

  // `count` decisions in the register of `org_id` (decided, not pursued, postponed; Danish words, some with
  // a review date, a follow-up note on every tenth), through DecisionService: the register search row.
  // Returns a word that occurs in about one decision in ten, for the measured search.
  std::string decisions(std::int64_t org_id, std::int64_t owner, int count, Rng& rng);

  // `count` initiatives in the register of `org_id` (issue 12: the portfolio page), through
  // InitiativeService: Danish titles, phases from idea to operation (one in ten stopped), value ratings
  // 0..5, zero to three data sources of mixed quality, purposes and questions.
  void initiatives(std::int64_t org_id, std::int64_t owner, int count, Rng& rng);

  // A second open round whose never-used links the answering-flow driver (bench/flow_driver.cpp) uses,
  // one a respondent, so that its responses are exactly the ones the driver counted. `count` links, plus
  // one more (`first_page`) for the first-page row that is never answered.
  FlowLinks flow_links(std::int64_t org_id, int org_k, std::int64_t actor, int count);

  // An open round whose links bench/run uses for durable saves and submissions.
  BenchLinks bench_links(std::int64_t org_id, int org_k, std::int64_t actor, int save_links,
                         int submit_links);

 private:
  // The built-in frameworks, as `forkant migrate`; runs in the member initialisers, after the services
  // it uses and before the model that needs the framework.
  std::shared_ptr<const Framework> prepare_database();
  std::vector<std::string> invite(const RoundRow& round, const std::string& group, int count,
                                  std::int64_t actor);
  void answer(const std::string& token, const ResponseAnswers& answers, bool submit);

  Backend backend_;
  SettableClock clock_;
  std::int64_t now_;  // the real time: open rounds have answers up to it
  AccountService accounts_{*backend_.accounts, *backend_.audit, *backend_.transactor, clock_};
  OrgService orgs_{*backend_.orgs,       accounts_, *backend_.accounts, *backend_.audit,
                   *backend_.transactor, clock_};
  AssessmentService assessment_{*backend_.assessment, *backend_.audit, *backend_.transactor, clock_};
  std::shared_ptr<const Framework> framework_{prepare_database()};
  DecisionService decisions_{*backend_.decisions, *backend_.audit, *backend_.transactor, clock_, assessment_};
  InitiativeService initiatives_{*backend_.initiatives, *backend_.audit, *backend_.transactor, clock_,
                                 decisions_};
  AnswerModel model_{*framework_};
  std::string unusable_hash_;
};

// The built-in framework every generated round uses.
inline constexpr const char* kFrameworkKey = "ti-spoergsmaal";

}  // namespace forkant::bench
