#include "storage_test.hpp"

#include <fstream>
#include <sstream>

#include "services/secrets.hpp"
#include "storage/database_error.hpp"

namespace forkant::test {

Date day(std::string_view iso) {
  return parse_iso_date(iso).value();
}

void StorageTest::SetUp() {
  init_secrets();
  opened_ = GetParam().open();
  Backend& b = backend();
  account_service = std::make_unique<AccountService>(*b.accounts, *b.audit, *b.transactor, clock);
  org_service =
      std::make_unique<OrgService>(*b.orgs, *account_service, *b.accounts, *b.audit, *b.transactor, clock);
  assessment_service = std::make_unique<AssessmentService>(*b.assessment, *b.audit, *b.transactor, clock);
  decision_service =
      std::make_unique<DecisionService>(*b.decisions, *b.audit, *b.transactor, clock, *assessment_service);
  initiative_service =
      std::make_unique<InitiativeService>(*b.initiatives, *b.audit, *b.transactor, clock, *decision_service);
  network_service =
      std::make_unique<NetworkService>(*b.networks, *org_service, *b.audit, *b.transactor, clock);
  std::ifstream in(std::string(FORKANT_SOURCE_DIR) + "/frameworks/ti-spoergsmaal.toml", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  assessment_service->install_framework(text.str(), "ti-spoergsmaal.toml");
}

void StorageTest::TearDown() {
  network_service.reset();
  initiative_service.reset();
  decision_service.reset();
  assessment_service.reset();
  org_service.reset();
  account_service.reset();
  opened_.reset();
}

std::int64_t StorageTest::org(const std::string& name) {
  return orgs().insert_org(Organisation{0, name, OrgKind::municipality, 1000, 3}, clock.now());
}

std::int64_t StorageTest::member(std::int64_t org_id, const std::string& email, Role role) {
  const std::int64_t id = accounts().insert_user(User{0, email, "Navn " + email, "da"}, "hash", clock.now());
  orgs().upsert_membership(org_id, id, role, clock.now());
  return id;
}

std::int64_t StorageTest::framework_id() {
  return assessment().frameworks().at(0).id;
}

RoundRow StorageTest::round(std::int64_t org_id, const std::string& title, RoundState state) {
  const auto id = assessment().insert_round(org_id, title, framework_id(), 3, {"direktion", "chefer"},
                                            "direktion", clock.now());
  if (state != RoundState::draft)
    assessment().set_round_state(id, RoundState::draft, RoundState::open, clock.now());
  if (state == RoundState::closed) {
    assessment().set_round_state(id, RoundState::open, RoundState::closed, clock.now());
  }
  return *assessment().find_round(id);
}

DecisionDraft StorageTest::draft(std::int64_t owner, const std::string& title,
                                 const std::string& decided_on) {
  DecisionDraft d;
  d.kind = DecisionKind::decided;
  d.title = title;
  d.rationale = "Vi samler sagsbehandlingen i ét system for at frigøre tid til borgerne.";
  d.questions = {2, 9};
  d.owner_user_id = owner;
  d.body = "direktionen";
  d.decided_on = day(decided_on);
  return d;
}

Decision StorageTest::decision(std::int64_t org_id, std::int64_t owner, const std::string& title,
                               const std::string& decided_on) {
  Decision d{0, org_id, draft(owner, title, decided_on), 1, std::nullopt, std::nullopt, std::nullopt};
  d.id = decisions().insert_decision(d, owner, clock.now());
  return d;
}

Goal StorageTest::goal(std::int64_t org_id, const std::string& title, const std::string& horizon) {
  Goal g{0, org_id, title, "Beskrivelse", {3, 4}, day(horizon)};
  g.id = decisions().insert_goal(g, creator(), clock.now());
  return g;
}

Step StorageTest::step(std::int64_t goal_id, std::int64_t owner, const std::string& due_on) {
  Step s;
  s.goal_id = goal_id;
  s.hypothesis = "Hvis vi prøver, så lærer vi noget";
  s.success_criterion = "Halvdelen af sagerne digitalt";
  s.owner_user_id = owner;
  s.due_on = day(due_on);
  return s;
}

MeetingSeries StorageTest::series(std::int64_t org_id, const std::string& title) {
  MeetingSeries s{0, org_id, title, Cadence::monthly, 1, day("2026-03-17")};
  s.id = decisions().insert_series(s, clock.now());
  return s;
}

std::int64_t StorageTest::creator() {
  if (!creator_) creator_ = accounts().insert_user(User{0, "creator@x.dk", "Creator", "da"}, "hash", kNow);
  return *creator_;
}

void StorageTest::expect_all_or_nothing(const std::function<void()>& operation) {
  const Snapshot before = snapshot();
  constexpr int kMaxStatements = 1000;
  for (int n = 1; n <= kMaxStatements; ++n) {
    faults().fail_at(n);
    bool reported = false;
    try {
      operation();
    } catch (const DatabaseError&) {
      reported = true;
    }
    const bool fired = faults().fired();
    faults().disarm();
    if (!fired) {
      ASSERT_FALSE(reported) << "the operation failed without an injected fault";
      ASSERT_GT(n, 1) << "the operation ran no statement";
      RecordProperty("statements", n - 1);  // in the XML report: how many failure points were tried
      const Snapshot after = snapshot();
      EXPECT_TRUE(after != before) << "the operation succeeded (" << n - 1
                                   << " statements) but changed nothing";
      return;
    }
    ASSERT_TRUE(reported) << "statement " << n << " failed, but the operation reported success";
    const Snapshot after = snapshot();
    ASSERT_TRUE(after == before) << "statement " << n << " failed and the operation left a change behind: "
                                 << describe_difference(before, after);
  }
  FAIL() << "the operation never succeeded within " << kMaxStatements << " statements";
}

}  // namespace forkant::test
