#include "domain/assessment/anonymity.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/assessment/results.hpp"
#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::by_hand;
using testing::in_group;

// Sets whose responses all came through private links.
std::vector<SetCount> links(std::initializer_list<int> sizes) {
  std::vector<SetCount> out;
  for (int n : sizes) out.push_back({n, n});
  return out;
}
using testing::small_framework;
using testing::values;

struct PlanCase {
  std::string name;
  std::vector<SetCount> group_sizes;
  int k;
  SetCount whole_respondents;
  std::vector<bool> shown;  // whole, then groups
  std::vector<bool> excluded;
};

const std::vector<PlanCase> kPlanCases = {
    {"no responses at all", links({0, 0}), 3, {0, 0}, {false, false, false}, {false, false}},
    {"a whole of k-1 with no group shown is suppressed",
     links({1, 1}),
     3,
     {2, 2},
     {false, false, false},
     {false, false}},
    {"small groups add up to a shown whole", links({2, 2}), 3, {4, 4}, {true, false, false}, {false, false}},
    {"a rest of k-1 is left out of the whole",
     links({3, 1, 1}),
     3,
     {3, 3},
     {true, true, false, false},
     {false, true, true}},
    {"a rest of k stays in the whole",
     links({3, 2, 1}),
     3,
     {6, 6},
     {true, true, false, false},
     {false, false, false}},
    {"empty groups are never excluded",
     links({3, 0, 2}),
     3,
     {3, 3},
     {true, true, false, false},
     {false, false, true}},
    {"all groups shown leave no rest", links({3, 4}), 3, {7, 7}, {true, true, true}, {false, false}},
    {"a raised k applies to groups and rest",
     links({4, 2, 1}),
     4,
     {4, 4},
     {true, true, false, false},
     {false, true, true}},
    // Hand-entered responses are known to who typed them: only link responses are secret.
    {"4 typed-in rows beside 1 link response do not show the set",
     {{5, 1}},
     3,
     {5, 1},
     {false, false},
     {false}},
    {"a set of paper answers alone is shown", {{4, 0}}, 3, {4, 0}, {true, true}, {false}},
    {"a set with k link responses beside paper ones is shown", {{7, 3}}, 3, {7, 3}, {true, true}, {false}},
    {"a rest of 1 link response hidden among typed-in rows is left out of the whole",
     {{3, 3}, {5, 1}},
     3,
     {3, 3},
     {true, true, false},
     {false, true}},
    {"a rest of k responses of which k-1 links is left out too",
     {{4, 4}, {3, 2}, {0, 0}},
     3,
     {4, 4},
     {true, true, false, false},
     {false, true, false}},
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
  std::vector<SetCount> group_sizes;
  std::vector<SetCount> contributors;  // whole, then groups
  int threshold;
  std::vector<bool> shown;
};

const std::vector<GuardCase> kGuardCases = {
    {"everyone answered", links({3, 3}), links({6, 3, 3}), 3, {true, true, true}},
    {"a group below the threshold hides its figure and the whole's",
     links({3, 3}),
     links({5, 3, 2}),
     3,
     {false, true, false}},
    {"a rest of threshold keeps the whole",
     links({3, 3, 3}),
     links({7, 3, 2, 2}),
     3,
     {true, true, false, false}},
    {"no group shows it, the whole stands alone", links({3, 3}), links({4, 2, 2}), 3, {true, false, false}},
    {"nobody answered", links({3, 3}), links({0, 0, 0}), 3, {false, false, false}},
    {"detail threshold 5: a rest of 4 hides the whole",
     links({5, 4}),
     links({9, 5, 4}),
     5,
     {false, true, false}},
    {"a statistic with 1 link contributor among 5 is withheld",
     {{6, 3}},
     {{5, 1}, {5, 1}},
     5,
     {false, false}},
    {"a rest of 1 link contributor hides the whole's figure",
     {{5, 5}, {6, 3}},
     {{11, 6}, {5, 5}, {6, 1}},
     5,
     {false, true, false}},
    {"paper-only contributors show the figure", {{5, 0}}, {{5, 0}, {5, 0}}, 5, {true, true}},
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
  const DimensionResult& whole = r.whole.dimensions[0];
  const DimensionResult& a = r.groups[0].dimensions[0];
  const double learned = *whole.score * whole.n - *a.score * a.n;
  EXPECT_EQ(whole.n - a.n, 0) << "the two shown sets are the same people";
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

// The padding attack: a coordinator types in four forms they wrote next to one real respondent. With
// n = 5 the distributions would appear, and subtracting the four known rows would give the real
// respondent's every answer and comment.
TEST(AnonymityTest, PaddingWithTypedInRowsRevealsNothingOfTheOneRealRespondent) {
  RoundInput round{{"A"}, {}, 3};
  for (int i = 0; i < 4; ++i) {
    round.responses.push_back(by_hand("A", {.values = {{"a.s1", 3}}, .comments = {{"a.comment", "kendt"}}}));
  }
  round.responses.push_back(
      in_group("A", {.values = {{"a.s1", 1}}, .comments = {{"a.comment", "hemmelig"}}}));
  const RoundResults r = compute_results(small_framework(), round);
  EXPECT_TRUE(r.whole.suppressed);
  EXPECT_TRUE(r.groups[0].suppressed);
  EXPECT_EQ(r.groups[0].needed, 2) << "two more link responses";
  EXPECT_TRUE(r.whole.comments.empty());
  EXPECT_TRUE(r.whole.dimensions.empty());

  // Two more real respondents make three secret ones: means appear, details (5 links) do not.
  for (int v : {2, 4}) round.responses.push_back(in_group("A", values({{"a.s1", v}})));
  const RoundResults three = compute_results(small_framework(), round);
  ASSERT_FALSE(three.whole.suppressed);
  EXPECT_TRUE(three.whole.dimensions[0].score);
  EXPECT_FALSE(three.whole.dimensions[0].spread) << "3 link scores < 5";
  EXPECT_TRUE(three.whole.distributions.empty()) << "3 link answers < 5";
  EXPECT_TRUE(three.whole.comments.empty()) << "3 link respondents < 5";
  EXPECT_EQ(three.whole.by_hand, 4);
  EXPECT_EQ(three.whole.entered_by, (std::vector<HandEntered>{{"Koordinator", 4}}));
}

TEST(AnonymityTest, PaperAnswersAloneAreShownAndSayWhoTypedThemIn) {
  RoundInput round{{"borgere", "A"}, {}, 3};
  for (int v : {1, 2, 3, 4, 5}) round.responses.push_back(by_hand("borgere", values({{"a.s1", v}}), "Bo"));
  round.responses.push_back(by_hand("borgere", values({{"a.s1", 3}}), "Anna"));
  const RoundResults r = compute_results(small_framework(), round);
  const SetResult& citizens = r.groups[0];
  ASSERT_FALSE(citizens.suppressed) << "question 7: citizens who answer on paper must not be shut out";
  EXPECT_TRUE(citizens.dimensions[0].spread);
  EXPECT_EQ(citizens.distributions.size(), 1u);
  EXPECT_EQ(citizens.by_hand, 6);
  EXPECT_EQ(citizens.entered_by, (std::vector<HandEntered>{{"Anna", 1}, {"Bo", 5}}));
  EXPECT_TRUE(r.groups[1].suppressed);
}

// One real respondent in B beside typed-in rows: the whole minus A would be B, whose only secret is that
// one respondent.
TEST(AnonymityTest, AWholeMinusAShownGroupCannotIsolateOneLinkResponse) {
  RoundInput round{{"A", "B"}, {}, 3};
  for (int v : {2, 3, 4}) round.responses.push_back(in_group("A", values({{"a.s1", v}})));
  for (int i = 0; i < 4; ++i) round.responses.push_back(by_hand("B", values({{"a.s1", 3}})));
  round.responses.push_back(in_group("B", values({{"a.s1", 5}})));
  const RoundResults r = compute_results(small_framework(), round);
  EXPECT_TRUE(r.groups[1].suppressed);
  EXPECT_EQ(r.excluded_groups, (std::vector<std::string>{"B"}));
  EXPECT_EQ(r.whole.respondents, 3);
  EXPECT_EQ(r.whole.by_hand, 0) << "B's typed-in rows are left out with it";
}

}  // namespace
}  // namespace forkant
