#pragma once
// The one parameterised fixture of the storage suite: a fresh backend per test (backends.hpp), the
// services built on it as src/cli/environment.hpp builds them, a fixed clock, and small builders of
// valid rows. Every TEST_P(StorageTest, ...) runs once per backend (instantiated in backends_test.cpp).

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>

#include "backends.hpp"
#include "services/accounts.hpp"
#include "services/assessment.hpp"
#include "services/clock.hpp"
#include "services/decisions.hpp"
#include "services/initiatives.hpp"
#include "services/networks.hpp"
#include "services/organisations.hpp"

namespace forkant::test {

class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::int64_t t) : t_(t) {}
  std::int64_t now() const override { return t_; }
  void advance(std::int64_t seconds) { t_ += seconds; }

 private:
  std::int64_t t_;
};

inline constexpr std::int64_t kNow = 1773144000;  // 2026-03-10 12:00:00 UTC
inline constexpr const char* kPassword = "a long and good password";
inline constexpr const char* kFramework = "ti-spoergsmaal";

Date day(std::string_view iso);

class StorageTest : public ::testing::TestWithParam<BackendUnderTest> {
 protected:
  void SetUp() override;
  void TearDown() override;

  Backend& backend() { return opened_->backend; }
  AccountStore& accounts() { return *backend().accounts; }
  OrgStore& orgs() { return *backend().orgs; }
  AuditStore& audit() { return *backend().audit; }
  AssessmentStore& assessment() { return *backend().assessment; }
  DecisionStore& decisions() { return *backend().decisions; }
  InitiativeStore& initiatives() { return *backend().initiatives; }
  NetworkStore& networks() { return *backend().networks; }
  Transactor& transactor() { return *backend().transactor; }
  FaultInjector& faults() { return opened_->faults; }
  Snapshot snapshot() { return opened_->snapshot(); }

  // Builders, through the stores (no password hashing: the hash is a placeholder).
  std::int64_t org(const std::string& name);
  std::int64_t member(std::int64_t org_id, const std::string& email, Role role = Role::owner);
  std::int64_t framework_id();
  RoundRow round(std::int64_t org_id, const std::string& title = "Måling",
                 RoundState state = RoundState::draft);
  DecisionDraft draft(std::int64_t owner, const std::string& title = "Fælles sagsbehandlingssystem",
                      const std::string& decided_on = "2026-03-03");
  Decision decision(std::int64_t org_id, std::int64_t owner, const std::string& title = "Beslutning",
                    const std::string& decided_on = "2026-03-03");
  Goal goal(std::int64_t org_id, const std::string& title = "Mål", const std::string& horizon = "2027-12-31");
  Step step(std::int64_t goal_id, std::int64_t owner, const std::string& due_on = "2026-06-01");
  MeetingSeries series(std::int64_t org_id, const std::string& title = "Direktionsmøde");
  // Who created the goals of goal(): a user of no organisation, made on first use.
  std::int64_t creator();

  // The fault loop: runs `operation` with its 1st, 2nd, ... statement failing until it runs without a
  // failure. Each failed run must report the failure (throw DatabaseError) and leave every table exactly
  // as before; the run that succeeds must change something.
  void expect_all_or_nothing(const std::function<void()>& operation);

  FixedClock clock{kNow};
  std::unique_ptr<AccountService> account_service;
  std::unique_ptr<OrgService> org_service;
  std::unique_ptr<AssessmentService> assessment_service;
  std::unique_ptr<DecisionService> decision_service;
  std::unique_ptr<InitiativeService> initiative_service;
  std::unique_ptr<NetworkService> network_service;

 private:
  std::unique_ptr<OpenedBackend> opened_;
  std::optional<std::int64_t> creator_;
};

}  // namespace forkant::test
