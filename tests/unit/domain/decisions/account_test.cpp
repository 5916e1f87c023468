#include "domain/decisions/account.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "builders.hpp"
#include "formats/account_json.hpp"

namespace forkant {
namespace {

using test::day;

std::vector<std::int64_t> ids(const std::vector<Decision>& decisions) {
  std::vector<std::int64_t> out;
  for (const auto& d : decisions) out.push_back(d.id);
  return out;
}

const QuestionAccount& question(const Account& account, int q) {
  return account.questions[static_cast<std::size_t>(q - 1)];
}

struct Register {
  std::vector<Decision> decisions;
  std::vector<Goal> goals;
  std::vector<Step> steps;
};

Register a_year() {
  Register r;
  r.decisions = {
      test::decision(1, DecisionKind::decided, {2, 9}, "2026-01-01"),
      test::decision(2, DecisionKind::deselected, {2}, "2026-03-01"),
      test::decision(3, DecisionKind::postponed, {9}, "2026-12-31"),
      test::decision(4, DecisionKind::decided, {2}, "2025-12-31"),  // before the period
      test::decision(5, DecisionKind::decided, {2}, "2026-02-01"),
  };
  r.decisions[4].superseded_by_id = 6;
  r.goals = {test::goal(21, "Digital selvbetjening", {2, 5}), test::goal(22, "Data", {7})};
  Step evaluated = test::step(11, 21, "2026-05-01", StepStatus::done);
  evaluated.evaluation = test::evaluation(Verdict::stop, "2026-05-10");
  Step last_year = test::step(12, 22, "2025-05-01", StepStatus::done);
  last_year.evaluation = test::evaluation(Verdict::continue_, "2025-05-10");
  r.steps = {evaluated, last_year, test::step(13, 22, "2026-06-01", StepStatus::running)};
  return r;
}

TEST(AccountTest, GroupsDecisionsByQuestionAndKindUnderEveryQuestionTheyConcern) {
  const Register r = a_year();
  const auto account = build_account(r.decisions, r.goals, r.steps, day("2026-01-01"), day("2026-12-31"));
  ASSERT_TRUE(account);
  EXPECT_EQ(question(*account, 2).question, 2);
  EXPECT_EQ(ids(question(*account, 2).decided), (std::vector<std::int64_t>{1, 5}));
  EXPECT_EQ(ids(question(*account, 2).deselected), std::vector<std::int64_t>{2});
  EXPECT_EQ(ids(question(*account, 9).decided), std::vector<std::int64_t>{1})
      << "appears under each question";
  EXPECT_EQ(ids(question(*account, 9).postponed), std::vector<std::int64_t>{3}) << "the last day is included";
  EXPECT_EQ(question(*account, 2).decided[1].superseded_by_id, 6) << "a superseded decision stays, marked";
  EXPECT_TRUE(question(*account, 1).decided.empty());
}

TEST(AccountTest, LessonsFromEvaluatedStepsAppearUnderTheQuestionsOfTheirGoal) {
  const Register r = a_year();
  const auto account = build_account(r.decisions, r.goals, r.steps, day("2026-01-01"), day("2026-12-31"));
  ASSERT_TRUE(account);
  for (const int q : {2, 5}) {
    ASSERT_EQ(question(*account, q).lessons.size(), 1u) << q;
    EXPECT_EQ(question(*account, q).lessons[0].step_id, 11);
    EXPECT_EQ(question(*account, q).lessons[0].verdict, Verdict::stop);
  }
  EXPECT_TRUE(question(*account, 7).lessons.empty()) << "evaluated before the period";
}

TEST(AccountTest, RefusesAPeriodThatEndsBeforeItStarts) {
  const auto account = build_account({}, {}, {}, day("2026-02-01"), day("2026-01-31"));
  ASSERT_FALSE(account);
  EXPECT_EQ(account.error().code, "invalid_period");
  EXPECT_TRUE(build_account({}, {}, {}, day("2026-02-01"), day("2026-02-01"))) << "one day is a period";
}

}  // namespace
}  // namespace forkant
