// The initiative's rules: the names of its enums, validation (field and row named), the history of a
// version, phase moves and the gate past the pilot.

#include <gtest/gtest.h>

#include <string>

#include "domain/initiatives/initiative.hpp"
#include "domain/initiatives/initiative_history.hpp"
#include "domain/initiatives/initiative_validation.hpp"
#include "domain/initiatives/phase.hpp"
#include "domain/initiatives/phase_gate.hpp"

namespace forkant {
namespace {

InitiativeValidationContext context() {
  return {{1, 2}, {"p.citizens", "p.efficiency"}, {10}, {20}, {30}};
}

InitiativeDraft valid() {
  InitiativeDraft d;
  d.title = "Lønrobot";
  d.owner_user_id = 1;
  d.questions = {4, 9};
  d.purposes = {{"p.efficiency", 70}, {"p.citizens", 30}};
  d.value_rating = 3;
  d.data_sources = {{"KMD Opus", Quality::good}};
  d.partners = {{"KL", PartnerKind::public_body, "Erfaringsudveksling"}};
  d.benefits = {{"Timer sparet", "timer/md", 0, 120, parse_iso_date("2027-01-01").value(), "HR"}};
  d.communication = {{Audience::employees, "HR-chefen", "Robotten overtager tastearbejdet",
                      parse_iso_date("2026-09-01").value(), "Intranettet"}};
  d.decision_ids = {10};
  d.goal_ids = {20};
  d.step_ids = {30};
  return d;
}

std::string code_of(const InitiativeDraft& d) {
  const auto s = validate(d, context());
  return s ? "" : s.error().code;
}

TEST(InitiativeNames, RoundTripEveryEnum) {
  for (const auto p :
       {Phase::idea, Phase::analysis, Phase::pilot, Phase::scale_up, Phase::operation, Phase::stopped}) {
    EXPECT_EQ(phase_from_string(to_string(p)), p);
  }
  EXPECT_EQ(to_string(Phase::scale_up), "scale_up");
  EXPECT_EQ(to_string(Technology::generative_ai), "generative_ai");
  EXPECT_EQ(technology_from_string("rpa"), Technology::rpa);
  EXPECT_EQ(quality_from_string("poor"), Quality::poor);
  EXPECT_EQ(partner_kind_from_string("university"), PartnerKind::university);
  EXPECT_EQ(audience_from_string("citizens"), Audience::citizens);
  EXPECT_EQ(maturity_from_string("proven"), Maturity::proven);
  EXPECT_FALSE(phase_from_string("Pilot"));
  EXPECT_FALSE(technology_from_string(""));
}

TEST(InitiativeValidation, AcceptsAFullDraft) {
  EXPECT_EQ(code_of(valid()), "");
}

TEST(InitiativeValidation, TitleIsRequiredAndLimited) {
  auto d = valid();
  d.title = "  ";
  EXPECT_EQ(code_of(d), "title_required");
  d.title = std::string(201, 'x');
  EXPECT_EQ(code_of(d), "title_too_long");
  d.title = std::string(200, 'x');
  EXPECT_EQ(code_of(d), "");
  d.title = "\xff";
  EXPECT_EQ(code_of(d), "invalid_utf8");
}

TEST(InitiativeValidation, QuestionsAreOfTheTen) {
  auto d = valid();
  d.questions = {11};
  EXPECT_EQ(code_of(d), "unknown_question");
  d.questions = {};
  EXPECT_EQ(code_of(d), "");
}

TEST(InitiativeValidation, PurposeWeightsAreKnownInRangeAndSumTo100) {
  auto d = valid();
  d.purposes = {{"p.efficiency", 70}, {"p.unknown", 30}};
  auto s = validate(d, context());
  EXPECT_EQ(s.error().code, "purpose_unknown");
  EXPECT_EQ(s.error().params.at("row"), "2");
  d.purposes = {{"p.efficiency", 70}, {"p.citizens", 20}};
  s = validate(d, context());
  EXPECT_EQ(s.error().code, "purpose_weights_sum");
  EXPECT_EQ(s.error().params.at("sum"), "90");
  d.purposes = {{"p.efficiency", 0}, {"p.citizens", 100}};
  EXPECT_EQ(code_of(d), "purpose_weight_range");
  d.purposes = {{"p.efficiency", 50}, {"p.efficiency", 50}};
  EXPECT_EQ(code_of(d), "purpose_duplicate");
  d.purposes = {{"p.efficiency", 100}};
  EXPECT_EQ(code_of(d), "");
  d.purposes = {};
  EXPECT_EQ(code_of(d), "");
}

TEST(InitiativeValidation, ValueRatingIsZeroToFive) {
  auto d = valid();
  d.value_rating = 6;
  EXPECT_EQ(code_of(d), "value_rating_range");
  d.value_rating = -1;
  EXPECT_EQ(code_of(d), "value_rating_range");
  d.value_rating = 0;
  EXPECT_EQ(code_of(d), "");
}

TEST(InitiativeValidation, OwnersAreMembers) {
  auto d = valid();
  d.owner_user_id = 99;
  EXPECT_EQ(code_of(d), "unknown_owner");
  d = valid();
  d.analogue_owner_user_id = 99;
  EXPECT_EQ(code_of(d), "unknown_analogue_owner");
  d.analogue_owner_user_id = 2;
  EXPECT_EQ(code_of(d), "");
}

TEST(InitiativeValidation, LinksOutsideTheOrganisationAreUnknown) {
  auto d = valid();
  d.decision_ids = {11};
  EXPECT_EQ(code_of(d), "unknown_decision");
  d = valid();
  d.goal_ids = {21};
  EXPECT_EQ(code_of(d), "unknown_goal");
  d = valid();
  d.step_ids = {31};
  EXPECT_EQ(code_of(d), "unknown_step");
}

TEST(InitiativeValidation, RowsAreNamedByNumber) {
  auto d = valid();
  d.data_sources.push_back({"", Quality::poor});
  auto s = validate(d, context());
  EXPECT_EQ(s.error().code, "data_source_system_required");
  EXPECT_EQ(s.error().params.at("row"), "2");
  d = valid();
  d.partners[0].name = "";
  EXPECT_EQ(code_of(d), "partner_name_required");
  d = valid();
  d.benefits[0].title = std::string(201, 'b');
  s = validate(d, context());
  EXPECT_EQ(s.error().code, "benefit_title_too_long");
  EXPECT_EQ(s.error().params.at("row"), "1");
  EXPECT_EQ(s.error().params.at("max"), "200");
  d = valid();
  d.communication[0].when = Date{};
  EXPECT_EQ(code_of(d), "message_when_required");
}

TEST(InitiativeValidation, ListsAreCapped) {
  auto d = valid();
  d.standards.assign(kMaxInitiativeListRows + 1, "MitID");
  EXPECT_EQ(code_of(d), "too_many_standards");
  d.standards.assign(kMaxInitiativeListRows, "MitID");
  EXPECT_EQ(code_of(d), "");
}

TEST(InitiativeHistory, NamesTheChangedFieldsPerVersion) {
  const auto v1 = valid();
  auto v2 = v1;
  v2.title = "Lønrobot 2";
  v2.partners.clear();
  auto v3 = v2;
  v3.step_ids.clear();
  const auto entries = initiative_history({{3, &v3, 1, 30}, {1, &v1, 1, 10}, {2, &v2, 2, 20}});
  ASSERT_EQ(entries.size(), 3U);
  EXPECT_TRUE(entries[0].changed.empty());
  EXPECT_EQ(entries[1].changed,
            (std::vector<InitiativeField>{InitiativeField::title, InitiativeField::partners}));
  EXPECT_EQ(entries[2].changed, (std::vector<InitiativeField>{InitiativeField::steps}));
  EXPECT_EQ(to_string(InitiativeField::prefers_human_contact), "prefers_human_contact");
  EXPECT_EQ(to_string(InitiativeField::steps), "steps");
}

TEST(InitiativeHistory, AnEditIsAgainstTheCurrentVersionAndChangesSomething) {
  Initiative current;
  current.content = valid();
  current.version = 2;
  auto changed = valid();
  changed.title = "Ny titel";
  EXPECT_EQ(apply_initiative_edit(current, 1, changed, context()).error().code, "stale_version");
  EXPECT_EQ(apply_initiative_edit(current, 2, valid(), context()).error().code, "no_changes");
  const auto edited = apply_initiative_edit(current, 2, changed, context());
  ASSERT_TRUE(edited);
  EXPECT_EQ(edited->version, 3);
  EXPECT_EQ(edited->content.title, "Ny titel");
}

TEST(Phase, AnyMoveButToTheSamePhaseAndStoppedOnlyBackToIdea) {
  EXPECT_TRUE(check_phase_change(Phase::idea, Phase::pilot, ""));
  EXPECT_TRUE(check_phase_change(Phase::pilot, Phase::analysis, ""));
  EXPECT_TRUE(check_phase_change(Phase::operation, Phase::idea, ""));
  EXPECT_EQ(check_phase_change(Phase::pilot, Phase::pilot, "").error().code, "phase_unchanged");
  EXPECT_EQ(check_phase_change(Phase::stopped, Phase::analysis, "x").error().code, "restart_only_as_idea");
  EXPECT_TRUE(check_phase_change(Phase::stopped, Phase::idea, ""));
}

TEST(Phase, StoppingNeedsAReason) {
  EXPECT_EQ(check_phase_change(Phase::pilot, Phase::stopped, " \n").error().code, "stop_reason_required");
  EXPECT_TRUE(check_phase_change(Phase::pilot, Phase::stopped, "For få brugere"));
  EXPECT_EQ(check_phase_change(Phase::pilot, Phase::stopped, std::string(kMaxPhaseReasonChars + 1, 'r'))
                .error()
                .code,
            "reason_too_long");
}

TEST(PhaseGate, OnlyMovesPastThePilotAreGated) {
  EXPECT_TRUE(moves_past_pilot(Phase::pilot, Phase::scale_up));
  EXPECT_TRUE(moves_past_pilot(Phase::idea, Phase::operation));
  EXPECT_FALSE(moves_past_pilot(Phase::idea, Phase::pilot));
  EXPECT_FALSE(moves_past_pilot(Phase::scale_up, Phase::operation));
  EXPECT_FALSE(moves_past_pilot(Phase::operation, Phase::stopped));

  const std::vector<OpenItem> open{{OpenItem::Kind::obligation, 3, "fria", "FRIA"}};
  const auto refused = check_phase_gate(Phase::pilot, Phase::scale_up, open);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "phase_gate_open");
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(refused.error().params.at("count"), "1");
  EXPECT_TRUE(check_phase_gate(Phase::pilot, Phase::scale_up, {}));
  EXPECT_TRUE(check_phase_gate(Phase::idea, Phase::pilot, open));
}

}  // namespace
}  // namespace forkant
