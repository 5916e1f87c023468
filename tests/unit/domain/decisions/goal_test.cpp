#include "domain/decisions/goal.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include "builders.hpp"

namespace forkant {
namespace {

using test::day;
using test::evaluation;
using test::step;

std::vector<std::int64_t> ids(const std::vector<Step>& steps) {
  std::vector<std::int64_t> out;
  for (const auto& s : steps) out.push_back(s.id);
  return out;
}

TEST(StepTransitionTest, AStepWithoutASuccessCriterionCannotBeStarted) {
  for (const char* criterion : {"", "  \n"}) {
    Step s = step(1, 21, "2026-06-01");
    s.success_criterion = criterion;
    const Status status = start_step(s);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, "success_criterion_required");
    EXPECT_EQ(s.status, StepStatus::planned) << "a refused transition leaves the step as it was";
  }
}

TEST(StepTransitionTest, APlannedStepWithACriterionStarts) {
  Step s = step(1, 21, "2026-06-01");
  ASSERT_TRUE(start_step(s));
  EXPECT_EQ(s.status, StepStatus::running);
}

TEST(StepTransitionTest, AnEvaluationWithoutAVerdictCannotBeSaved) {
  Step s = step(1, 21, "2026-06-01", StepStatus::running);
  Evaluation e = evaluation(Verdict::continue_);
  e.verdict.reset();
  const auto result = complete_step(s, e);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, "verdict_required");
  EXPECT_EQ(s.status, StepStatus::running);
  EXPECT_FALSE(s.evaluation);
}

TEST(StepTransitionTest, AnEvaluationNeedsResultLearningAndDate) {
  struct Case {
    std::function<void(Evaluation&)> change;
    const char* code;
  };
  const Case cases[] = {
      {[](auto& e) { e.result = ""; }, "result_required"},
      {[](auto& e) { e.learned = " "; }, "learned_required"},
      {[](auto& e) { e.learned = std::string(10001, 'x'); }, "learned_too_long"},
      {[](auto& e) { e.result = "\xC0\xAF"; }, "invalid_utf8"},
      {[](auto& e) { e.evaluated_on = Date{}; }, "evaluated_on_required"},
  };
  for (const auto& c : cases) {
    Step s = step(1, 21, "2026-06-01", StepStatus::running);
    Evaluation e = evaluation(Verdict::adjust);
    c.change(e);
    const auto result = complete_step(s, e);
    ASSERT_FALSE(result) << c.code;
    EXPECT_EQ(result.error().code, c.code);
    EXPECT_EQ(s.status, StepStatus::running);
  }
}

TEST(StepTransitionTest, AdjustAndStopAskForAFollowUpDecisionContinueDoesNot) {
  struct Case {
    Verdict verdict;
    bool needs_decision;
    DecisionKind suggested;
  };
  const Case cases[] = {
      {Verdict::continue_, false, DecisionKind::decided},
      {Verdict::adjust, true, DecisionKind::decided},
      {Verdict::stop, true, DecisionKind::deselected},
  };
  for (const auto& c : cases) {
    Step s = step(1, 21, "2026-06-01", StepStatus::running);
    const auto outcome = complete_step(s, evaluation(c.verdict));
    ASSERT_TRUE(outcome) << to_string(c.verdict);
    EXPECT_EQ(outcome->needs_decision, c.needs_decision) << to_string(c.verdict);
    EXPECT_EQ(outcome->suggested_kind, c.suggested) << to_string(c.verdict);
    EXPECT_EQ(s.status, StepStatus::done);
    ASSERT_TRUE(s.evaluation);
    EXPECT_EQ(s.evaluation->verdict, c.verdict);
  }
}

TEST(StepTransitionTest, OnlyARunningStepCanBeClosedWithAnEvaluation) {
  Step s = step(1, 21, "2026-06-01", StepStatus::planned);
  const auto result = complete_step(s, evaluation(Verdict::continue_));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, "invalid_transition");
  EXPECT_EQ(result.error().kind, ErrorKind::conflict);
  EXPECT_EQ(result.error().params.at("status"), "planned");
}

TEST(StepTransitionTest, DroppingAStepNeedsAReason) {
  Step s = step(1, 21, "2026-06-01", StepStatus::running);
  EXPECT_EQ(drop_step(s, "").error().code, "drop_reason_required");
  EXPECT_EQ(s.status, StepStatus::running);
  ASSERT_TRUE(drop_step(s, "Leverandøren lukkede produktet"));
  EXPECT_EQ(s.status, StepStatus::dropped);
  EXPECT_EQ(s.drop_reason, "Leverandøren lukkede produktet");
}

TEST(StepTransitionTest, NothingLeavesDoneOrDropped) {
  for (const auto final_status : {StepStatus::done, StepStatus::dropped}) {
    Step s = step(1, 21, "2026-06-01", final_status);
    EXPECT_EQ(start_step(s).error().code, "invalid_transition");
    EXPECT_EQ(complete_step(s, evaluation(Verdict::stop)).error().code, "invalid_transition");
    EXPECT_EQ(drop_step(s, "alligevel").error().code, "invalid_transition");
    EXPECT_EQ(s.status, final_status);
  }
}

TEST(StepTransitionTest, StatusAndVerdictNamesRoundTrip) {
  for (const auto st : {StepStatus::planned, StepStatus::running, StepStatus::done, StepStatus::dropped}) {
    EXPECT_EQ(step_status_from_string(to_string(st)), st);
  }
  for (const auto v : {Verdict::continue_, Verdict::adjust, Verdict::stop}) {
    EXPECT_EQ(verdict_from_string(to_string(v)), v);
  }
  EXPECT_EQ(to_string(Verdict::continue_), "continue");
  EXPECT_FALSE(verdict_from_string("continue_"));
  EXPECT_FALSE(step_status_from_string("closed"));
}

TEST(GoalValidationTest, RefusesBadGoalsAndStepsWithSpecificCodes) {
  Goal g = test::goal(21, "Digital selvbetjening", {2, 9});
  EXPECT_TRUE(validate(g));
  g.questions = {12};
  EXPECT_EQ(validate(g).error().code, "unknown_question");
  g = test::goal(21, "", {});
  EXPECT_EQ(validate(g).error().code, "title_required");
  g = test::goal(21, "Mål", {});
  g.horizon = Date{};
  EXPECT_EQ(validate(g).error().code, "horizon_required");

  const auto context = test::org_context();
  EXPECT_TRUE(validate(step(1, 21, "2026-06-01"), context));
  Step s = step(1, 99, "2026-06-01");
  EXPECT_EQ(validate(s, context).error().code, "unknown_goal");
  s = step(1, 21, "2026-06-01");
  s.hypothesis = "";
  EXPECT_EQ(validate(s, context).error().code, "hypothesis_required");
  s = step(1, 21, "2026-06-01");
  s.owner_user_id = 999;
  EXPECT_EQ(validate(s, context).error().code, "unknown_owner");
  s = step(1, 21, "2026-06-01");
  s.success_criterion = "";
  EXPECT_TRUE(validate(s, context)) << "a planned step may still lack its criterion";
}

TEST(GoalViewTest, TheTimeLineRunsByDueDateThenId) {
  const std::vector<Step> steps{step(3, 21, "2026-05-01"), step(1, 21, "2026-07-01"),
                                step(2, 21, "2026-05-01")};
  EXPECT_EQ(ids(timeline(steps)), (std::vector<std::int64_t>{2, 3, 1}));
}

TEST(GoalViewTest, OverdueMeansDueBeforeTodayAndStillPlannedOrRunning) {
  const std::vector<Step> steps{
      step(1, 21, "2026-05-01", StepStatus::planned), step(2, 21, "2026-04-01", StepStatus::running),
      step(3, 21, "2026-04-01", StepStatus::done),    step(4, 21, "2026-04-01", StepStatus::dropped),
      step(5, 21, "2026-06-01", StepStatus::planned),  // due today: not yet overdue
      step(6, 21, "2026-07-01", StepStatus::running),
  };
  EXPECT_EQ(ids(overdue_steps(steps, day("2026-06-01"))), (std::vector<std::int64_t>{2, 1}));
}

TEST(GoalViewTest, LessonsComeInTheOrderTheyWereLearnedAndOnlyFromThisGoal) {
  const Goal g = test::goal(21, "Digital selvbetjening", {2});
  Step late = step(1, 21, "2026-03-01", StepStatus::done);
  late.evaluation = evaluation(Verdict::stop, "2026-05-01");
  Step early = step(2, 21, "2026-02-01", StepStatus::done);
  early.evaluation = evaluation(Verdict::adjust, "2026-02-15");
  Step other_goal = step(3, 22, "2026-01-01", StepStatus::done);
  other_goal.evaluation = evaluation(Verdict::continue_, "2026-01-15");
  const Step unevaluated = step(4, 21, "2026-01-01", StepStatus::running);

  const auto lessons = lessons_learned(g, {late, early, other_goal, unevaluated});
  ASSERT_EQ(lessons.size(), 2u);
  EXPECT_EQ(lessons[0].step_id, 2);
  EXPECT_EQ(lessons[0].verdict, Verdict::adjust);
  EXPECT_EQ(lessons[0].goal_title, "Digital selvbetjening");
  EXPECT_EQ(lessons[1].step_id, 1);
  EXPECT_EQ(lessons[1].learned, "Borgerne tog det godt imod");
}

}  // namespace
}  // namespace forkant
