// A backend may run a transaction's body twice (PostgreSQL retries a serialization failure, the first
// run rolled back): the caller must then see what the second run did, never the first run's refusal or
// its ids a second time. Each test runs a service's write under FakeTransactor::retry_next, some with
// another transaction's commit in between (what made the first run fail), and checks the answer against
// the database.

#include <gtest/gtest.h>

#include "world.hpp"

namespace forkant::test {
namespace {

class RetriedTransactionsTest : public ::testing::Test {
 protected:
  World w;
  std::int64_t org = w.add_org("Aarhus Kommune");
  std::int64_t other_org = w.add_org("Odense Kommune");
  std::int64_t owner = w.add_user("ejer@aarhus.dk", "Olga Ejer");
  std::int64_t coordinator = w.add_user("koordinator@aarhus.dk", "Kim Koordinator");
  std::int64_t outsider = w.add_user("chef@odense.dk", "Ole Odense");

  void SetUp() override {
    w.add_member(org, owner, Role::owner);
    w.add_member(org, coordinator, Role::coordinator);
    w.add_member(other_org, outsider, Role::owner);
    w.install_builtin_framework();
  }

  DecisionDraft draft(std::string title) {
    DecisionDraft d;
    d.kind = DecisionKind::decided;
    d.title = std::move(title);
    d.rationale = "Vi samler sagsbehandlingen for at frigøre tid til borgerne.";
    d.questions = {2, 9};
    d.purposes = {"p.efficiency"};
    d.owner_user_id = owner;
    d.body = "direktionen";
    d.decided_on = day("2026-03-02");
    return d;
  }
};

TEST_F(RetriedTransactionsTest, AccountsRevokeATokenOnceAndAuditItOnce) {
  const auto issued = w.accounts.create_api_token(coordinator, "Power BI", 30);
  ASSERT_TRUE(issued) << issued.error().code;
  const int committed = w.tx.committed();
  w.tx.retry_next();
  EXPECT_TRUE(w.accounts.revoke_api_token(coordinator, issued->id, coordinator));
  EXPECT_FALSE(w.accounts.user_for_api_token(issued->token));
  EXPECT_EQ(w.audit.count("api_token.revoked"), 1);
  EXPECT_EQ(w.tx.committed(), committed + 1);
}

TEST_F(RetriedTransactionsTest, InvitationsRefusedOnTheFirstRunAreHandedOutWhenTheRetrySeesTheRoundOpen) {
  const auto id = w.assessment.create_round(
      org, 3, coordinator, NewRound{"Forår 2026", "ti-spoergsmaal", {"Direktion", "Chefer"}, 3});
  ASSERT_TRUE(id) << id.error().code;
  ASSERT_TRUE(w.assessment.open_round(*w.assessment.find_round(*id), coordinator));
  const auto loaded = *w.assessment.find_round(*id);
  // The first run finds the round closed and refuses; the run that counts finds it open.
  w.assessment_store.set_round_state(*id, RoundState::open, RoundState::closed, w.clock.now());
  w.tx.retry_next(
      [&] { w.assessment_store.set_round_state(*id, RoundState::closed, RoundState::open, w.clock.now()); });
  const auto tokens = w.assessment.create_invitations(loaded, "Direktion", 2, coordinator);
  ASSERT_TRUE(tokens) << "a refusal for invitations that were stored: " << tokens.error().code;
  EXPECT_EQ(tokens->size(), 2U);
  for (const auto& t : *tokens) EXPECT_TRUE(w.assessment.open_link(t)) << t;
  EXPECT_EQ(w.audit.count("round.invitations_created"), 1);
}

TEST_F(RetriedTransactionsTest, MinutesRecordedTwiceByTheBackendListEachNewDecisionOnce) {
  const auto series = *w.decisions.find_series(*w.decisions.create_series(
      org, coordinator, MeetingSeries{0, 0, "Direktionsmøde", Cadence::monthly, 1, day("2026-03-10")}));
  w.clock.set(morning_of("2026-03-10"));
  Minutes minutes;
  minutes.text = "Drøftet selvbetjening.";
  minutes.decisions = {draft("Fælles digital indgang"), draft("Ingen chatbot i år")};
  w.tx.retry_next();
  const auto recorded = w.decisions.record_minutes(series, coordinator, minutes);
  ASSERT_TRUE(recorded) << recorded.error().code;
  ASSERT_EQ(recorded->decision_ids.size(), 2U);
  for (const auto id : recorded->decision_ids) EXPECT_TRUE(w.decisions.find_decision(id)) << id;
  EXPECT_EQ(w.decision_store.decision_count(), 2);
  EXPECT_EQ(w.decision_store.meeting_count(), 1);
}

TEST_F(RetriedTransactionsTest, ADecisionMarkedReviewedAfterARefusedFirstRunIsNotAnsweredWithTheRefusal) {
  const auto old_id = w.decisions.create_decision(org, coordinator, draft("Gammelt sagssystem"));
  const auto new_id = w.decisions.create_decision(org, coordinator, draft("Fælles sagssystem"));
  ASSERT_TRUE(old_id && new_id);
  const auto old = *w.decisions.find_decision(*old_id);
  // The first run sees the decision superseded; the run that counts sees it in force again.
  const auto in_force = w.decision_store.snapshot();
  w.decision_store.set_supersession(org, *old_id, *new_id);
  w.tx.retry_next(in_force);
  EXPECT_TRUE(w.decisions.mark_reviewed(old, coordinator));
  EXPECT_EQ(w.audit.count("decision.reviewed"), 1);
}

TEST_F(RetriedTransactionsTest, APhaseChangeRunTwiceByTheBackendIsListedOnce) {
  InitiativeDraft d;
  d.title = "AI-jobmatch i jobcentret";
  d.description = "Forslag til job ud fra ledige borgeres CV og kompetencer.";
  d.owner_user_id = owner;
  d.questions = {2, 4};
  d.purposes = {{"p.citizens", 60}, {"p.efficiency", 40}};
  d.value_rating = 4;
  d.technologies = {Technology::machine_learning};
  d.personal_data = true;
  d.data_sources = {{"Fasit", Quality::uncertain}};
  d.benefits = {{"Hurtigere i job", "uger", 20, 16, Date{}, "Jobcentret"}};
  const auto id = w.initiatives.create_initiative(org, coordinator, d);
  ASSERT_TRUE(id) << id.error().code;
  w.tx.retry_next();
  const auto moved =
      w.initiatives.change_phase(*w.initiatives.find_initiative(*id), coordinator, Phase::analysis, "", "da");
  ASSERT_TRUE(moved) << moved.error().code;
  EXPECT_EQ(moved->phase, Phase::analysis);
  EXPECT_EQ(moved->phase_changes.size(), 1U);
  EXPECT_EQ(moved->phase_changes, w.initiatives.find_initiative(*id)->phase_changes);
}

TEST_F(RetriedTransactionsTest, AnOrganisationCreatedTwiceByTheBackendHasTheIdItWasStoredUnder) {
  w.tx.retry_next();
  const auto id =
      w.orgs.create_org(Organisation{0, "Vejle Kommune", OrgKind::municipality, 500, 3}, std::nullopt);
  ASSERT_TRUE(id) << id.error().code;
  const auto stored = w.org_store.find_org_by_name("Vejle Kommune");
  ASSERT_TRUE(stored);
  EXPECT_EQ(*id, stored->id);
  EXPECT_EQ(w.audit.count("organisation.created"), 1);
}

TEST_F(RetriedTransactionsTest, AnAddressTakenOnTheFirstRunButFreedBeforeTheRetryIsGiven) {
  ASSERT_TRUE(w.public_page.set_public_page(other_org, outsider, true, "aarhus"));
  // Odense moves to its own address: that commit is what made the first run fail.
  w.tx.retry_next([&] { ASSERT_TRUE(w.public_page.set_public_page(other_org, outsider, true, "odense")); });
  const auto set = w.public_page.set_public_page(org, owner, true, "aarhus");
  ASSERT_TRUE(set) << "a refusal for a page that was stored: " << set.error().code;
  const auto page = w.public_page.public_page("aarhus");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->settings.org_id, org);
}

TEST_F(RetriedTransactionsTest, ABriefingFrozenTwiceByTheBackendIsVersionOne) {
  BriefingText text;
  text[BriefingSection::proposals] = "Fælles digital indgang.";
  text[BriefingSection::asks] = "Godkend budgettet for den digitale indgang.";
  w.tx.retry_next();
  const auto frozen = w.decisions.freeze_briefing(org, coordinator, "da", text);
  ASSERT_TRUE(frozen) << frozen.error().code;
  EXPECT_EQ(frozen->version, 1);
  EXPECT_EQ(w.decisions.latest_briefing(org)->version, 1);
  EXPECT_EQ(w.audit.count("briefing.frozen"), 1);
}

}  // namespace
}  // namespace forkant::test
