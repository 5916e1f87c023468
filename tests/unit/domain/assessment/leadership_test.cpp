// The leadership's figures are top management's set, under the same anonymity guard as any group, and
// never the whole round in its place.
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

void add(RoundInput& round, const std::string& group, int count, const ResponseAnswers& answers) {
  for (int i = 0; i < count; ++i) round.responses.push_back(in_group(group, answers));
}

const DimensionResult& dim(const SetResult& set, const std::string& id) {
  for (const DimensionResult& d : set.dimensions) {
    if (d.dimension_id == id) return d;
  }
  ADD_FAILURE() << "no dimension " << id;
  static const DimensionResult none;
  return none;
}

// direktion: 6 respondents who have taken a position on a and b (5), and disagree on a (1,1,1,5,5,5);
// chefer: 6 who have taken none (1) and agree on a (3). The whole round has taken a position on nothing.
RoundInput leadership_round() {
  RoundInput round{{"direktion", "chefer"}, {}, 3, "direktion"};
  add(round, "direktion", 3, values({{"a.s1", 1}, {"a.position", 5}, {"b.position", 5}}));
  add(round, "direktion", 3, values({{"a.s1", 5}, {"a.position", 5}, {"b.position", 5}}));
  add(round, "chefer", 6, values({{"a.s1", 3}, {"a.position", 1}, {"b.position", 1}}));
  return round;
}

TEST(LeadershipTest, PositionShareAndFlagsAreTopManagementsNotTheWholeRounds) {
  const RoundResults r = compute_results(small_framework(), leadership_round());
  const SetResult* top = top_management(r);
  ASSERT_TRUE(top);
  EXPECT_EQ(top->group, "direktion");
  ASSERT_FALSE(top->suppressed);
  ASSERT_TRUE(top->position_share);
  EXPECT_DOUBLE_EQ(*top->position_share, 1.0);  // a and b: mean position 5 >= 4
  ASSERT_TRUE(r.whole.position_share);
  EXPECT_DOUBLE_EQ(*r.whole.position_share, 0.0);  // a and b: mean position 3 < 4
  EXPECT_TRUE(dim(*top, "a").disagreement);        // sd of 1,1,1,5,5,5 = 2.19
  EXPECT_FALSE(dim(r.groups.at(1), "a").disagreement);
}

TEST(LeadershipTest, ASuppressedTopManagementSaysHowManyMoreItNeedsAndIsNotReplacedByTheWholeRound) {
  RoundInput round = leadership_round();
  std::erase_if(round.responses, [](const SubmittedResponse& r) { return r.group == "direktion"; });
  add(round, "direktion", 2, values({{"a.s1", 5}, {"a.position", 5}}));
  const RoundResults r = compute_results(small_framework(), round);
  const SetResult* top = top_management(r);
  ASSERT_TRUE(top);
  EXPECT_EQ(top->group, "direktion");
  EXPECT_TRUE(top->suppressed);
  EXPECT_EQ(top->needed, 1);
  EXPECT_FALSE(top->position_share);
  EXPECT_TRUE(top->dimensions.empty());
  EXPECT_NE(top, &r.whole);
}

TEST(LeadershipTest, ATopGroupWithoutResponsesIsSuppressedAndNeedsK) {
  RoundInput round = leadership_round();
  std::erase_if(round.responses, [](const SubmittedResponse& r) { return r.group == "direktion"; });
  const RoundResults r = compute_results(small_framework(), round);
  const SetResult* top = top_management(r);
  ASSERT_TRUE(top);
  EXPECT_TRUE(top->suppressed);
  EXPECT_EQ(top->respondents, 0);
  EXPECT_EQ(top->needed, 3);
}

TEST(LeadershipTest, TheMarkedGroupLeadsWhateverItsNameAndNoMarkMeansNoLeadershipFigures) {
  RoundInput round = leadership_round();
  round.top_group = "chefer";
  RoundResults r = compute_results(small_framework(), round);
  ASSERT_TRUE(top_management(r));
  EXPECT_EQ(top_management(r)->group, "chefer");
  EXPECT_DOUBLE_EQ(*top_management(r)->position_share, 0.0);

  round.top_group = "";
  EXPECT_FALSE(top_management(compute_results(small_framework(), round)));
  round.top_group = "no such group";
  EXPECT_FALSE(top_management(compute_results(small_framework(), round)));
}

// Issue 10: trends never mix framework versions, and a version-1 round is never the baseline of a
// version-2 round, whatever the sets and scores.
TEST(LeadershipTest, AVersionOneRoundIsNeverATrendBaselineForAVersionTwoRound) {
  const Framework v2 = small_framework(2);
  const PreviousRound v1{"small", 1, leadership_round()};
  EXPECT_FALSE(trend_baseline(v2, v1));
  const RoundResults r = compute_results(v2, leadership_round(), &v1);
  for (const SetResult* set : {&r.whole, &r.groups.at(0), &r.groups.at(1)}) {
    SCOPED_TRACE(set->group);
    ASSERT_FALSE(set->dimensions.empty());
    for (const DimensionResult& d : set->dimensions) EXPECT_FALSE(d.trend) << d.dimension_id;
  }
  // The same previous round on version 2 is a baseline (so the test above would see a trend).
  const PreviousRound same{"small", 2, leadership_round()};
  EXPECT_TRUE(trend_baseline(v2, same));
  EXPECT_DOUBLE_EQ(*dim(compute_results(v2, leadership_round(), &same).whole, "a").trend, 0.0);
}

}  // namespace
}  // namespace forkant
