#include "domain/assessment/anonymity.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/assessment/results.hpp"
#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::in_group;
using testing::small_framework;
using testing::values;

struct PlanCase {
  std::string name;
  std::vector<int> group_sizes;
  int k;
  int whole_respondents;
  std::vector<bool> shown;  // whole, then groups
  std::vector<bool> excluded;
};

const std::vector<PlanCase> kPlanCases = {
    {"no responses at all", {0, 0}, 3, 0, {false, false, false}, {false, false}},
    {"a whole of k-1 with no group shown is suppressed", {1, 1}, 3, 2, {false, false, false}, {false, false}},
    {"small groups add up to a shown whole", {2, 2}, 3, 4, {true, false, false}, {false, false}},
    {"a rest of k-1 is left out of the whole",
     {3, 1, 1},
     3,
     3,
     {true, true, false, false},
     {false, true, true}},
    {"a rest of k stays in the whole", {3, 2, 1}, 3, 6, {true, true, false, false}, {false, false, false}},
    {"empty groups are never excluded", {3, 0, 2}, 3, 3, {true, true, false, false}, {false, false, true}},
    {"all groups shown leave no rest", {3, 4}, 3, 7, {true, true, true}, {false, false}},
    {"a raised k applies to groups and rest",
     {4, 2, 1},
     4,
     4,
     {true, true, false, false},
     {false, true, true}},
};

TEST(AnonymityTest, PlansWhichSetsAreShownAndWhoIsLeftOutOfTheWhole) {
  for (const PlanCase& c : kPlanCases) {
    SCOPED_TRACE(c.name);
    const SetPlan plan = plan_sets(c.group_sizes, c.k);
    EXPECT_EQ(plan.respondents[kWholeSet], c.whole_respondents);
    EXPECT_EQ(plan.shown, c.shown);
    EXPECT_EQ(plan.excluded, c.excluded);
  }
}

struct GuardCase {
  std::string name;
  std::vector<int> group_sizes;
  std::vector<int> contributors;  // whole, then groups
  int threshold;
  std::vector<bool> shown;
};

const std::vector<GuardCase> kGuardCases = {
    {"everyone answered", {3, 3}, {6, 3, 3}, 3, {true, true, true}},
    {"a group below the threshold hides its figure and the whole's",
     {3, 3},
     {5, 3, 2},
     3,
     {false, true, false}},
    {"a rest of threshold keeps the whole", {3, 3, 3}, {7, 3, 2, 2}, 3, {true, true, false, false}},
    {"no group shows it, the whole stands alone", {3, 3}, {4, 2, 2}, 3, {true, false, false}},
    {"nobody answered", {3, 3}, {0, 0, 0}, 3, {false, false, false}},
    {"detail threshold 5: a rest of 4 hides the whole", {5, 4}, {9, 5, 4}, 5, {false, true, false}},
};

TEST(AnonymityTest, GuardsEachStatisticByItsOwnContributors) {
  for (const GuardCase& c : kGuardCases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(guard_statistic(plan_sets(c.group_sizes, 3), c.contributors, c.threshold), c.shown);
  }
}

// The attack: A has 3 respondents, B has 1; A and the whole are both shown. If the whole included B,
// whole * 4 - A * 3 would be B's answer.
TEST(AnonymityTest, SubtractingTwoShownResultsCannotRevealASmallGroup) {
  RoundInput round{{"A", "B"}, {}, 3};
  for (int v : {2, 3, 4}) round.responses.push_back(in_group("A", values({{"a.s1", v}})));
  round.responses.push_back(in_group("B", values({{"a.s1", 5}})));
  const RoundResults r = compute_results(small_framework(), round);

  ASSERT_FALSE(r.whole.suppressed);
  ASSERT_FALSE(r.groups[0].suppressed);
  EXPECT_TRUE(r.groups[1].suppressed);
  EXPECT_EQ(r.groups[1].needed, 2);
  EXPECT_EQ(r.excluded_groups, (std::vector<std::string>{"B"}));
  const Summary& whole = *r.whole.dimensions[0].score;
  const Summary& a = *r.groups[0].dimensions[0].score;
  const double learned = whole.mean * static_cast<double>(whole.n) - a.mean * static_cast<double>(a.n);
  EXPECT_EQ(whole.n - a.n, 0u) << "the two shown sets are the same people";
  EXPECT_DOUBLE_EQ(learned, 0.0);
}

// Same attack one level down: both groups are shown, but only 2 of B answered dimension c.
TEST(AnonymityTest, SubtractingTwoShownDimensionScoresCannotRevealTwoRespondents) {
  RoundInput round{{"A", "B"}, {}, 3};
  for (int i = 0; i < 3; ++i) round.responses.push_back(in_group("A", values({{"a.s1", 3}, {"c.s1", 3}})));
  round.responses.push_back(in_group("B", values({{"a.s1", 3}, {"c.s1", 1}})));
  round.responses.push_back(in_group("B", values({{"a.s1", 3}, {"c.s1", 1}})));
  round.responses.push_back(in_group("B", values({{"a.s1", 3}})));
  const RoundResults r = compute_results(small_framework(), round);

  ASSERT_TRUE(r.groups[0].dimensions[2].score) << "A's c is shown";
  EXPECT_FALSE(r.groups[1].dimensions[2].score) << "B's c has 2 scores";
  EXPECT_FALSE(r.whole.dimensions[2].score) << "whole - A would be B's two c scores";
  EXPECT_TRUE(r.whole.dimensions[0].score) << "a is answered by everyone and stays shown";
}

TEST(AnonymityTest, DistributionsNeedFiveAndTheSameSubtractionRule) {
  RoundInput round{{"A", "B"}, {}, 3};
  for (int i = 0; i < 5; ++i) round.responses.push_back(in_group("A", values({{"a.s1", 3}})));
  for (int i = 0; i < 4; ++i) round.responses.push_back(in_group("B", values({{"a.s1", 1}})));
  const RoundResults r = compute_results(small_framework(), round);
  EXPECT_EQ(r.groups[0].distributions.size(), 1u);
  EXPECT_TRUE(r.groups[1].distributions.empty()) << "4 < 5";
  EXPECT_TRUE(r.whole.distributions.empty()) << "whole - A would be B's distribution";
  EXPECT_TRUE(r.whole.dimensions[0].score) << "means need only k";
}

}  // namespace
}  // namespace forkant
