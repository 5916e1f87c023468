// The aggregation gathers every statistic in one pass over indexed answers (answer_table.hpp) and takes
// the whole round's integer counts from its kept groups; these cases pin what that must not change.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "domain/assessment/results.hpp"
#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::by_hand;
using testing::in_group;
using testing::small_framework;
using testing::values;

const ItemDistribution* distribution(const SetResult& set, const std::string& item) {
  for (const ItemDistribution& d : set.distributions) {
    if (d.item_id == item) return &d;
  }
  return nullptr;
}

TEST(ResultsOnePassTest, NoRespondentsGiveASuppressedWholeAndNoTrend) {
  const PreviousRound previous{"small", 1, {{"G"}, {}, 3}};
  const RoundResults r = compute_results(small_framework(), {{"G"}, {}, 3}, &previous);
  EXPECT_TRUE(r.whole.suppressed);
  EXPECT_EQ(r.whole.needed, 3);
  EXPECT_TRUE(r.whole.dimensions.empty());
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_TRUE(r.groups[0].suppressed);
}

// G and H have 5 each; S has 2 and is left out of the whole round, so the whole round's distribution,
// importance and allocation are G's and H's together, and S's answers are nowhere.
TEST(ResultsOnePassTest, TheWholeRoundCountsItsKeptGroupsExactly) {
  RoundInput round{{"G", "H", "S"}, {}, 3};
  for (int i = 0; i < 5; ++i) {
    round.responses.push_back(
        in_group("G", {.values = {{"a.s1", 1 + i}, {"a.importance", 2}}, .purposes = {{"p.x", 100}}}));
    round.responses.push_back(in_group("H", values({{"a.s1", 5}, {"a.importance", kDontKnow}})));
  }
  for (int i = 0; i < 2; ++i) {
    round.responses.push_back(
        in_group("S", {.values = {{"a.s1", 1}, {"a.importance", 5}}, .purposes = {{"p.y", 100}}}));
  }
  const RoundResults r = compute_results(small_framework(), round);
  ASSERT_EQ(r.excluded_groups, std::vector<std::string>{"S"});
  EXPECT_EQ(r.whole.respondents, 10);
  const ItemDistribution* s1 = distribution(r.whole, "a.s1");
  ASSERT_TRUE(s1);
  EXPECT_EQ(s1->n, 10);
  EXPECT_EQ(s1->counts, (std::array<int, 6>{0, 1, 1, 1, 1, 6}));
  const ItemDistribution* importance = distribution(r.whole, "a.importance");
  ASSERT_TRUE(importance);
  EXPECT_EQ(importance->counts, (std::array<int, 6>{5, 0, 5, 0, 0, 0}));
  EXPECT_DOUBLE_EQ(*r.whole.dimensions[0].importance, 2.0) << "don't know counts in no mean";
  ASSERT_TRUE(r.whole.purposes);
  EXPECT_EQ(r.whole.purposes->n, 5);
  EXPECT_DOUBLE_EQ(r.whole.purposes->purposes[0].mean, 100);
  EXPECT_DOUBLE_EQ(r.whole.purposes->purposes[1].mean, 0);
  EXPECT_DOUBLE_EQ(*r.whole.purposes->purposes[0].sd, 0);
}

// A statistic's link contributors are counted per item: five paper forms and two link responses
// answer a.s1, so its distribution would show the two secret answers among known ones; a.s2 answered by
// the paper forms alone is shown.
TEST(ResultsOnePassTest, HandEnteredAnswersCountApartPerItem) {
  RoundInput round{{"G"}, {}, 3};
  for (int i = 0; i < 5; ++i)
    round.responses.push_back(by_hand("G", values({{"a.s1", 3}, {"a.s2", 4}}), "Anne"));
  for (int i = 0; i < 5; ++i) {
    round.responses.push_back(
        in_group("G", i < 2 ? values({{"a.s1", 1}, {"b.s1", 2}}) : values({{"b.s1", 2}})));
  }
  const RoundResults r = compute_results(small_framework(), round);
  ASSERT_FALSE(r.whole.suppressed);
  EXPECT_FALSE(distribution(r.whole, "a.s1")) << "2 link answers: 1..4 would single them out";
  const ItemDistribution* s2 = distribution(r.whole, "a.s2");
  ASSERT_TRUE(s2);
  EXPECT_EQ(s2->counts[4], 5);
  EXPECT_TRUE(distribution(r.whole, "b.s1"));
  EXPECT_EQ(r.whole.by_hand, 5);
}

// The spread of the scores comes from the one-pass moments and a selection for the median: 2, 2.5, 4,
// 4.5, 5, 1 (six values: the median is the mean of 2.5 and 4), hand-computed sd sqrt(12.5 / 5).
TEST(ResultsOnePassTest, SpreadOfAnEvenNumberOfScores) {
  RoundInput round{{"G"}, {}, 3};
  const int s1[] = {2, 2, 4, 4, 5, 1};
  const int s2[] = {2, 3, 4, 5, 5, 1};
  for (int i = 0; i < 6; ++i)
    round.responses.push_back(in_group("G", values({{"a.s1", s1[i]}, {"a.s2", s2[i]}})));
  const RoundResults r = compute_results(small_framework(), round);
  const DimensionResult& a = r.whole.dimensions[0];
  ASSERT_TRUE(a.spread);
  EXPECT_DOUBLE_EQ(*a.score, 19.0 / 6);
  EXPECT_DOUBLE_EQ(a.spread->median, 3.25);
  EXPECT_DOUBLE_EQ(a.spread->min, 1);
  EXPECT_DOUBLE_EQ(a.spread->max, 5);
  // Deviations from 19/6: squares sum to 2.5^2... computed as sum of x^2 - n mean^2 = 72.5 - 361/6.
  EXPECT_NEAR(a.spread->sd, std::sqrt((72.5 - 361.0 / 6) / 5), 1e-12);
  EXPECT_TRUE(a.disagreement);
}

}  // namespace
}  // namespace forkant
