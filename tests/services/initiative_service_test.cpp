// InitiativeService over the fakes: creating and editing with versions (a stale edit loses), tenant
// isolation of references, dated phase changes, a stop recorded as a deliberate non-choice in the decision
// register in the same transaction, the gate past the pilot refusing while something is open, and benefit
// measurements.

#include <gtest/gtest.h>

#include "world.hpp"

namespace forkant::test {
namespace {

class InitiativeServiceTest : public ::testing::Test {
 protected:
  World w;
  std::int64_t org = w.add_org("Aarhus Kommune");
  std::int64_t other_org = w.add_org("Odense Kommune");
  std::int64_t director = w.add_user("direktor@aarhus.dk", "Dorte Direktør");
  std::int64_t coordinator = w.add_user("koordinator@aarhus.dk", "Kim Koordinator");
  std::int64_t outsider = w.add_user("chef@odense.dk", "Ole Odense");

  void SetUp() override {
    w.add_member(org, director, Role::leader);
    w.add_member(org, coordinator, Role::coordinator);
    w.add_member(other_org, outsider, Role::owner);
    w.install_builtin_framework();
  }

  InitiativeDraft draft(std::string title = "AI-jobmatch i jobcentret") {
    InitiativeDraft d;
    d.title = std::move(title);
    d.description = "Forslag til job ud fra ledige borgeres CV og kompetencer.";
    d.owner_user_id = director;
    d.questions = {2, 4};
    d.purposes = {{"p.citizens", 60}, {"p.efficiency", 40}};
    d.value_rating = 4;
    d.technologies = {Technology::machine_learning};
    d.personal_data = true;
    d.data_sources = {{"Fasit", Quality::uncertain}};
    d.benefits = {{"Hurtigere i job", "uger", 20, 16, Date{}, "Jobcentret"}};
    return d;
  }
  Initiative create(const InitiativeDraft& d) {
    const auto id = w.initiatives.create_initiative(org, coordinator, d);
    EXPECT_TRUE(id) << id.error().code;
    return *w.initiatives.find_initiative(id.ok() ? *id : 0);
  }
  Initiative move(const Initiative& i, Phase to, const std::string& reason = "") {
    auto moved = w.initiatives.change_phase(i, coordinator, to, reason, "da");
    EXPECT_TRUE(moved) << moved.error().code;
    return moved.ok() ? *moved : i;
  }
};

TEST_F(InitiativeServiceTest, CreatesVersionOneInTheIdeaPhaseWithItsAuditEntry) {
  const auto i = create(draft());
  EXPECT_EQ(i.org_id, org);
  EXPECT_EQ(i.phase, Phase::idea);
  EXPECT_EQ(i.version, 1);
  EXPECT_EQ(i.content, draft());
  ASSERT_EQ(w.initiatives.versions(i).size(), 1U);
  const auto logged = w.audit.with_action("initiative.created");
  ASSERT_EQ(logged.size(), 1U);
  EXPECT_TRUE(logged[0].in_transaction);
  EXPECT_EQ(logged[0].entry.object, "initiative:" + std::to_string(i.id));
}

TEST_F(InitiativeServiceTest, RefusesAnotherOrganisationsOwnerGoalAndDecisionAsIfMissing) {
  auto d = draft();
  d.owner_user_id = outsider;
  EXPECT_EQ(w.initiatives.create_initiative(org, coordinator, d).error().code, "unknown_owner");

  const auto foreign_goal = w.decisions.create_goal(
      other_org, outsider, Goal{0, 0, "Odense-mål", "", {2}, parse_iso_date("2027-12-31").value()});
  ASSERT_TRUE(foreign_goal);
  d = draft();
  d.goal_ids = {*foreign_goal};
  EXPECT_EQ(w.initiatives.create_initiative(org, coordinator, d).error().code, "unknown_goal");
  d.goal_ids = {999999};
  EXPECT_EQ(w.initiatives.create_initiative(org, coordinator, d).error().code, "unknown_goal");
  d = draft();
  d.decision_ids = {424242};
  EXPECT_EQ(w.initiatives.create_initiative(org, coordinator, d).error().code, "unknown_decision");
  EXPECT_TRUE(w.initiatives.initiatives(org).empty());
  EXPECT_EQ(w.audit.count("initiative.created"), 0);
}

TEST_F(InitiativeServiceTest, ListsOnlyTheOrganisationsOwnInitiatives) {
  create(draft("B-initiativ"));
  create(draft("A-initiativ"));
  const auto list = w.initiatives.initiatives(org);
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].content.title, "A-initiativ");
  EXPECT_TRUE(w.initiatives.initiatives(other_org).empty());
}

TEST_F(InitiativeServiceTest, AnEditMakesTheNextVersionAndAStaleEditLoses) {
  const auto i = create(draft());
  auto changed = draft();
  changed.title = "AI-jobmatch (pilot)";
  const auto edited = w.initiatives.edit_initiative(i, director, 1, changed);
  ASSERT_TRUE(edited) << edited.error().code;
  EXPECT_EQ(edited->version, 2);
  EXPECT_EQ(w.initiatives.find_initiative(i.id)->content.title, "AI-jobmatch (pilot)");

  // Made against version 1 while version 2 is stored.
  auto other = draft();
  other.description = "Et andet forslag";
  const auto stale = w.initiatives.edit_initiative(i, coordinator, 1, other);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, "stale_version");
  EXPECT_EQ(stale.error().kind, ErrorKind::conflict);
  EXPECT_EQ(stale.error().params.at("current"), "2");
  EXPECT_EQ(w.initiatives.versions(i).size(), 2U);

  const auto history = InitiativeService::history(w.initiatives.versions(i));
  ASSERT_EQ(history.size(), 2U);
  ASSERT_EQ(history[1].changed.size(), 1U);
  EXPECT_EQ(history[1].changed[0], InitiativeField::title);
}

TEST_F(InitiativeServiceTest, PhaseChangesAreDatedWithTheirReasons) {
  auto i = create(draft());
  w.clock.set(w.clock.now() + 86400);
  i = move(i, Phase::analysis, "Behovet er bekræftet");
  ASSERT_EQ(i.phase_changes.size(), 1U);
  EXPECT_EQ(i.phase_changes[0].on, w.initiatives.today());
  EXPECT_EQ(i.phase_changes[0].reason, "Behovet er bekræftet");
  EXPECT_EQ(w.initiatives.find_initiative(i.id)->phase, Phase::analysis);
  EXPECT_EQ(w.audit.count("initiative.phase"), 1);

  EXPECT_EQ(w.initiatives.change_phase(i, coordinator, Phase::analysis, "", "da").error().code,
            "phase_unchanged");
}

TEST_F(InitiativeServiceTest, StoppingNeedsAReasonAndRecordsADeselectedDecisionLinkedToTheInitiative) {
  auto i = create(draft());
  i = move(i, Phase::pilot);
  EXPECT_EQ(w.initiatives.change_phase(i, coordinator, Phase::stopped, "  ", "da").error().code,
            "stop_reason_required");
  EXPECT_TRUE(w.decisions.all_decisions(org).empty());

  const auto stopped = w.initiatives.change_phase(i, coordinator, Phase::stopped,
                                                  "Piloten viste for mange forkerte match.", "da");
  ASSERT_TRUE(stopped) << stopped.error().code;
  EXPECT_EQ(stopped->phase, Phase::stopped);
  const auto decisions = w.decisions.all_decisions(org);
  ASSERT_EQ(decisions.size(), 1U);
  const auto& d = decisions[0].content;
  EXPECT_EQ(d.kind, DecisionKind::deselected);
  EXPECT_EQ(d.title, "Stoppet: AI-jobmatch i jobcentret");
  EXPECT_EQ(d.rationale, "Piloten viste for mange forkerte match.");
  EXPECT_EQ(d.questions, (std::set<int>{2, 4}));
  EXPECT_EQ(d.owner_user_id, director);
  const auto stored = w.initiatives.find_initiative(i.id);
  EXPECT_TRUE(stored->content.decision_ids.contains(decisions[0].id));
  EXPECT_EQ(w.initiatives.linking_decision(org, decisions[0].id).size(), 1U);
}

TEST_F(InitiativeServiceTest, AFailedStopLeavesNeitherThePhaseNorTheDecision) {
  auto i = create(draft());
  w.audit.fail_on("decision.created");
  EXPECT_THROW((void)w.initiatives.change_phase(i, coordinator, Phase::stopped, "For dyrt", "da"),
               FakeStoreError);
  EXPECT_EQ(w.initiatives.find_initiative(i.id)->phase, Phase::idea);
  EXPECT_TRUE(w.decisions.all_decisions(org).empty());
  EXPECT_EQ(w.audit.count("initiative.phase"), 0);
}

TEST_F(InitiativeServiceTest, AStoppedInitiativeCanOnlyStartOverAsAnIdea) {
  auto i = create(draft());
  i = move(i, Phase::stopped, "Ikke nu");
  EXPECT_EQ(w.initiatives.change_phase(i, coordinator, Phase::pilot, "", "da").error().code,
            "restart_only_as_idea");
  i = move(i, Phase::idea, "Ny lovgivning");
  EXPECT_EQ(i.phase, Phase::idea);
}

TEST_F(InitiativeServiceTest, TheGateRefusesMovingPastThePilotWhileSomethingIsOpen) {
  std::vector<OpenItem> open{{OpenItem::Kind::judgement, 7, "dpo", "DPO'ens vurdering"}};
  std::string asked_lang;
  w.initiatives.set_open_items([&](std::int64_t, std::int64_t, const std::string& lang) {
    asked_lang = lang;
    return open;
  });
  auto i = create(draft());
  i = move(i, Phase::pilot);  // up to the pilot nothing is gated
  const auto refused = w.initiatives.change_phase(i, coordinator, Phase::scale_up, "", "en");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "phase_gate_open");
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(refused.error().params.at("count"), "1");
  EXPECT_EQ(asked_lang, "en");
  EXPECT_EQ(w.initiatives.find_initiative(i.id)->phase, Phase::pilot);
  EXPECT_EQ(w.initiatives.open_items(i, "da").size(), 1U);

  open.clear();
  i = move(i, Phase::scale_up);
  i = move(i, Phase::operation);
  EXPECT_EQ(i.phase, Phase::operation);
}

TEST_F(InitiativeServiceTest, MeasurementsNameTheirBenefitAndAreRefusedForAnUnknownOne) {
  const auto i = create(draft());
  BenefitMeasurement m{0, 0, "", 18.5, parse_iso_date("2026-06-01").value(), "Første måling"};
  const auto id = w.initiatives.record_measurement(i, coordinator, m);
  ASSERT_TRUE(id) << id.error().code;
  const auto stored = w.initiatives.measurements(i);
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].benefit_title, "Hurtigere i job");
  EXPECT_DOUBLE_EQ(stored[0].value, 18.5);
  EXPECT_EQ(w.audit.count("initiative.measured"), 1);

  m.benefit_index = 1;
  EXPECT_EQ(w.initiatives.record_measurement(i, coordinator, m).error().code, "benefit_unknown");
  m.benefit_index = 0;
  m.measured_on = Date{};
  EXPECT_EQ(w.initiatives.record_measurement(i, coordinator, m).error().code, "measured_on_required");
  EXPECT_EQ(w.initiatives.measurements(i).size(), 1U);
}

TEST_F(InitiativeServiceTest, ASubstantialChangeSinceAVersionIsReported) {
  const auto i = create(draft());
  auto reworded = draft();
  reworded.title = "AI-jobmatch, omformuleret";
  const auto v2 = w.initiatives.edit_initiative(i, coordinator, 1, reworded);
  ASSERT_TRUE(v2);
  EXPECT_FALSE(w.initiatives.substantially_changed_since(*v2, 1));
  auto more_data = reworded;
  more_data.special_categories = true;
  const auto v3 = w.initiatives.edit_initiative(*v2, coordinator, 2, more_data);
  ASSERT_TRUE(v3);
  EXPECT_TRUE(w.initiatives.substantially_changed_since(*v3, 1));
  EXPECT_TRUE(w.initiatives.substantially_changed_since(*v3, 2));
  EXPECT_FALSE(w.initiatives.substantially_changed_since(*v3, 3));
}

}  // namespace
}  // namespace forkant::test
