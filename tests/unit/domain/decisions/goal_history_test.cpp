#include "domain/decisions/goal_history.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "builders.hpp"

namespace forkant {
namespace {

using test::day;
using test::evaluation;
using test::goal;
using test::kCoordinator;
using test::kDirector;
using test::org_context;
using test::step;

GoalEdit goal_edit(const Goal& current, int base) {
  return {base, current, kCoordinator, day("2026-05-01")};
}

StepEdit step_edit(const Step& current, int base) {
  return {base, current, kCoordinator, day("2026-05-01")};
}

TEST(GoalEditTest, AnEditMakesTheNextVersionAndKeepsIdAndOrganisation) {
  const Goal current = goal(21, "Digital selvbetjening", {2});
  GoalEdit edit = goal_edit(current, 1);
  edit.content.id = 999;
  edit.content.org_id = 999;
  edit.content.title = "Digital selvbetjening for alle";
  edit.content.description = "Også for dem uden MitID";
  const auto edited = apply_goal_edit(current, edit);
  ASSERT_TRUE(edited) << edited.error().code;
  EXPECT_EQ(edited->goal.id, 21);
  EXPECT_EQ(edited->goal.org_id, test::kOrg);
  EXPECT_EQ(edited->goal.version, 2);
  EXPECT_EQ(edited->goal.title, "Digital selvbetjening for alle");
  EXPECT_EQ(edited->version.version, 2);
  EXPECT_EQ(edited->version.goal_id, 21);
  EXPECT_EQ(edited->version.edited_by, kCoordinator);
  EXPECT_EQ(edited->version.description, "Også for dem uden MitID");
}

TEST(GoalEditTest, AnEditAgainstAnOlderVersionIsAConflictNamingTheCurrent) {
  Goal current = goal(21, "Mål", {2});
  current.version = 3;
  GoalEdit edit = goal_edit(current, 2);
  edit.content.title = "Nyt";
  const auto edited = apply_goal_edit(current, edit);
  ASSERT_FALSE(edited);
  EXPECT_EQ(edited.error().code, "stale_version");
  EXPECT_EQ(edited.error().kind, ErrorKind::conflict);
  EXPECT_EQ(edited.error().params.at("current"), "3");
}

TEST(GoalEditTest, AnInvalidOrUnchangedGoalIsRefused) {
  const Goal current = goal(21, "Mål", {2});
  GoalEdit blank = goal_edit(current, 1);
  blank.content.title = " ";
  EXPECT_EQ(apply_goal_edit(current, blank).error().code, "title_required");
  GoalEdit bad_question = goal_edit(current, 1);
  bad_question.content.questions = {11};
  EXPECT_EQ(apply_goal_edit(current, bad_question).error().code, "unknown_question");
  EXPECT_EQ(apply_goal_edit(current, goal_edit(current, 1)).error().code, "no_changes");
}

TEST(StepEditTest, APlannedStepWithoutCriterionGetsOneAndCanThenStart) {
  Step current = step(5, 21, "2026-06-01");
  current.success_criterion = "";
  ASSERT_FALSE(start_step(current));
  StepEdit edit = step_edit(current, 1);
  edit.content.success_criterion = "30 % af ansøgningerne kommer digitalt";
  edit.content.due_on = day("2026-09-01");
  edit.content.owner_user_id = kCoordinator;
  auto edited = apply_step_edit(current, edit, org_context());
  ASSERT_TRUE(edited) << edited.error().code;
  EXPECT_EQ(edited->step.version, 2);
  EXPECT_EQ(edited->step.due_on, day("2026-09-01"));
  EXPECT_EQ(edited->version.success_criterion, "30 % af ansøgningerne kommer digitalt");
  EXPECT_EQ(edited->version.owner_user_id, kCoordinator);
  EXPECT_TRUE(start_step(edited->step)) << "the edited step can now start";
}

TEST(StepEditTest, ARunningStepKeepsItsCriterionButMayMoveItsFrist) {
  const Step current = step(5, 21, "2026-06-01", StepStatus::running);
  StepEdit criterion = step_edit(current, 1);
  criterion.content.success_criterion = "Et lavere mål";
  const auto refused = apply_step_edit(current, criterion, org_context());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "step_field_locked");
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(refused.error().params.at("field"), "success_criterion");
  StepEdit frist = step_edit(current, 1);
  frist.content.due_on = day("2026-07-01");
  frist.content.hypothesis = "Hvis vi prøver bedre, så lærer vi mere";
  const auto edited = apply_step_edit(current, frist, org_context());
  ASSERT_TRUE(edited);
  EXPECT_EQ(edited->step.status, StepStatus::running);
}

TEST(StepEditTest, ADoneOrDroppedStepMayOnlyChangeItsOwnerAndKeepsItsEvaluation) {
  Step done = step(5, 21, "2026-06-01", StepStatus::done);
  done.evaluation = evaluation(Verdict::stop);
  Step dropped = step(6, 21, "2026-06-01", StepStatus::dropped);
  dropped.drop_reason = "Ingen ressourcer";
  for (const Step& current : {done, dropped}) {
    for (const char* field : {"hypothesis", "success_criterion", "due_on"}) {
      StepEdit edit = step_edit(current, 1);
      if (std::string(field) == "hypothesis") edit.content.hypothesis = "Noget andet";
      if (std::string(field) == "success_criterion") edit.content.success_criterion = "Noget andet";
      if (std::string(field) == "due_on") edit.content.due_on = day("2027-01-01");
      const auto refused = apply_step_edit(current, edit, org_context());
      ASSERT_FALSE(refused) << field;
      EXPECT_EQ(refused.error().params.at("field"), field);
    }
    StepEdit owner = step_edit(current, 1);
    owner.content.owner_user_id = kCoordinator;
    owner.content.evaluation = evaluation(Verdict::continue_);  // ignored: the evaluation is not edited
    owner.content.drop_reason = "Ændret begrundelse";
    const auto edited = apply_step_edit(current, owner, org_context());
    ASSERT_TRUE(edited) << edited.error().code;
    EXPECT_EQ(edited->step.owner_user_id, kCoordinator);
    EXPECT_EQ(edited->step.status, current.status);
    EXPECT_EQ(edited->step.drop_reason, current.drop_reason);
    ASSERT_EQ(edited->step.evaluation.has_value(), current.evaluation.has_value());
    if (current.evaluation) {
      EXPECT_EQ(edited->step.evaluation->verdict, Verdict::stop);
    }
  }
}

TEST(StepEditTest, StaleUnknownOwnerAndNoChangeAreRefused) {
  Step current = step(5, 21, "2026-06-01");
  current.version = 2;
  StepEdit stale = step_edit(current, 1);
  stale.content.hypothesis = "Ny";
  EXPECT_EQ(apply_step_edit(current, stale, org_context()).error().code, "stale_version");
  StepEdit owner = step_edit(current, 2);
  owner.content.owner_user_id = 4242;
  EXPECT_EQ(apply_step_edit(current, owner, org_context()).error().code, "unknown_owner");
  EXPECT_EQ(apply_step_edit(current, step_edit(current, 2), org_context()).error().code, "no_changes");
}

TEST(EditHistoryTest, EachVersionNamesWhatChangedAgainstItsOwnPredecessor) {
  const GoalVersion g1{21, 1, "Mål", "", {2}, day("2027-12-31"), kDirector, day("2026-01-01")};
  GoalVersion g2 = g1;
  g2.version = 2;
  g2.title = "Mål 2";
  g2.horizon = day("2028-06-30");
  const auto goals = goal_history({g2, g1});
  ASSERT_EQ(goals.size(), 2U);
  EXPECT_EQ(goals[0].version, 1);
  EXPECT_TRUE(goals[0].changed.empty());
  EXPECT_EQ(goals[1].changed, (std::vector<std::string_view>{"title", "horizon"}));

  const StepVersion a1{5, 1, "Hvis A", "", kDirector, day("2026-06-01"), kDirector, day("2026-01-01")};
  StepVersion a2 = a1;
  a2.version = 2;
  a2.success_criterion = "Kriterium";
  const StepVersion b1{6, 1, "Hvis B", "K", kCoordinator, day("2026-07-01"), kDirector, day("2026-01-02")};
  const auto steps = step_history({a2, b1, a1});
  ASSERT_EQ(steps.size(), 3U);
  EXPECT_EQ(steps[0].object_id, 5);
  EXPECT_EQ(steps[1].changed, (std::vector<std::string_view>{"success_criterion"}));
  EXPECT_EQ(steps[2].object_id, 6);
  EXPECT_TRUE(steps[2].changed.empty()) << "a step's first version is not compared with another step";
}

}  // namespace
}  // namespace forkant
