#include "domain/assessment/results.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::in_group;
using testing::small_framework;
using testing::values;

const DimensionResult& dim(const SetResult& set, const std::string& id) {
  for (const DimensionResult& d : set.dimensions) {
    if (d.dimension_id == id) return d;
  }
  ADD_FAILURE() << "no dimension " << id;
  static const DimensionResult none;
  return none;
}

// Three respondents; every figure below is worked out by hand in the comments.
//   a: R1 (4+2+3)/3 = 3, R2 (5+5+5)/3 = 5, R3 (1+3)/2 = 2      -> mean 10/3, median 3, sd sqrt(7/3)
//   b: R1 (2+4)/2 = 3,   R2 (4+4)/2 = 4,   R3 (5+5)/2 = 5      -> mean 4, median 4, sd exactly 1
//   c: R1 all "don't know" -> no score; R2 3, R3 4.5           -> n = 2 < k: withheld
RoundInput three_respondents() {
  return {{"G"},
          {in_group("G", values({{"a.s1", 4},
                                 {"a.s2", 2},
                                 {"a.position", 3},
                                 {"a.importance", 5},
                                 {"b.s1", 2},
                                 {"b.position", 4},
                                 {"b.importance", 4},
                                 {"c.s1", kDontKnow},
                                 {"c.s2", kDontKnow},
                                 {"c.importance", 2}})),
           in_group("G", values({{"a.s1", 5},
                                 {"a.s2", 5},
                                 {"a.position", 5},
                                 {"a.importance", 3},
                                 {"b.s1", 4},
                                 {"b.position", 4},
                                 {"b.importance", 4},
                                 {"c.s1", 3},
                                 {"c.importance", 2}})),
           in_group("G", values({{"a.s1", 1},
                                 {"a.position", 3},
                                 {"a.importance", 4},
                                 {"b.s1", 5},
                                 {"b.position", 5},
                                 {"b.importance", 1},
                                 {"c.s1", 4},
                                 {"c.s2", 5},
                                 {"c.importance", 3}}))},
          3};
}

TEST(ResultsTest, ExactlyKRespondentsAreShownWithHandComputedFigures) {
  const RoundResults r = compute_results(small_framework(), three_respondents());
  for (const SetResult* set : {&r.whole, &r.groups.at(0)}) {
    SCOPED_TRACE(set->group);
    ASSERT_FALSE(set->suppressed);
    EXPECT_EQ(set->respondents, 3);
    ASSERT_EQ(set->dimensions.size(), 3u);

    const DimensionResult& a = dim(*set, "a");
    ASSERT_TRUE(a.score);
    EXPECT_EQ(a.n, 3);
    EXPECT_DOUBLE_EQ(*a.score, 10.0 / 3);
    EXPECT_FALSE(a.spread) << "median, min and max of three are the three scores themselves";
    EXPECT_DOUBLE_EQ(*a.importance, 4);                 // (5+3+4)/3
    EXPECT_DOUBLE_EQ(*a.position, 11.0 / 3);            // (3+5+3)/3
    EXPECT_DOUBLE_EQ(*a.priority, 4 * (5 - 10.0 / 3));  // 20/3
    EXPECT_FALSE(a.disagreement) << "sd sqrt(7/3) >= 1, but no flag is shown without the sd";

    const DimensionResult& b = dim(*set, "b");
    ASSERT_TRUE(b.score);
    EXPECT_DOUBLE_EQ(*b.score, 4);
    EXPECT_FALSE(b.spread);
    EXPECT_FALSE(b.disagreement);
    EXPECT_DOUBLE_EQ(*b.importance, 3);  // (4+4+1)/3
    EXPECT_DOUBLE_EQ(*b.position, 13.0 / 3);
    EXPECT_DOUBLE_EQ(*b.priority, 3);  // 3 * (5-4)

    const DimensionResult& c = dim(*set, "c");
    EXPECT_FALSE(c.score) << "only 2 respondents have a score in c";
    EXPECT_FALSE(c.priority);
    EXPECT_FALSE(c.position) << "c has no position item";
    EXPECT_DOUBLE_EQ(*c.importance, 7.0 / 3) << "3 gave an importance";

    EXPECT_DOUBLE_EQ(*set->index, (10.0 / 3 + 4) / 2) << "mean of the shown scores";
    EXPECT_DOUBLE_EQ(*set->position_share, 0.5) << "b's mean position 4.33 counts, a's 3.67 does not";
    EXPECT_EQ(set->priority_order, (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(set->distributions.empty()) << "distributions need 5 respondents";
    EXPECT_TRUE(set->comments.empty());
  }
}

TEST(ResultsTest, KMinusOneRespondentsAreSuppressedWithTheNumberStillNeeded) {
  RoundInput round = three_respondents();
  round.responses.pop_back();
  const RoundResults r = compute_results(small_framework(), round);
  for (const SetResult* set : {&r.whole, &r.groups.at(0)}) {
    EXPECT_TRUE(set->suppressed);
    EXPECT_EQ(set->needed, 1);
    EXPECT_TRUE(set->dimensions.empty());
    EXPECT_FALSE(set->index);
    EXPECT_FALSE(set->purposes);
  }
}

TEST(ResultsTest, ASingleRespondentIsSuppressed) {
  RoundInput round = three_respondents();
  round.responses.resize(1);
  const RoundResults r = compute_results(small_framework(), round);
  EXPECT_TRUE(r.whole.suppressed);
  EXPECT_EQ(r.whole.needed, 2);
}

TEST(ResultsTest, AThresholdBelowThreeIsRaisedToThree) {
  RoundInput round = three_respondents();
  round.responses.pop_back();
  round.k = 1;
  const RoundResults r = compute_results(small_framework(), round);
  EXPECT_EQ(r.k, 3);
  EXPECT_TRUE(r.whole.suppressed);
}

TEST(ResultsTest, OnlyDontKnowGivesNoScoreButCountsInTheDistribution) {
  RoundInput round{{"G"}, {}, 3};
  for (int i = 0; i < 5; ++i) {
    round.responses.push_back(in_group(
        "G", values({{"a.s1", kDontKnow}, {"a.s2", kDontKnow}, {"a.position", kDontKnow}, {"b.s1", 2}})));
  }
  const RoundResults r = compute_results(small_framework(), round);
  EXPECT_FALSE(dim(r.whole, "a").score);
  EXPECT_FALSE(dim(r.whole, "a").position);
  EXPECT_DOUBLE_EQ(*dim(r.whole, "b").score, 2);
  EXPECT_DOUBLE_EQ(*r.whole.index, 2) << "the index only averages scores that exist";
  EXPECT_FALSE(r.whole.position_share) << "no dimension has a position mean";
  ASSERT_EQ(r.whole.distributions.size(), 4u);  // a.s1, a.s2, a.position, b.s1
  EXPECT_EQ(r.whole.distributions[0].item_id, "a.s1");
  EXPECT_EQ(r.whole.distributions[0].counts[kDontKnow], 5);
  EXPECT_EQ(r.whole.distributions[3].counts[2], 5);
}

TEST(ResultsTest, PrioritiesAreSortedHighestFirstWithTiesInFrameworkOrder) {
  // Per respondent: a = 4, importance 2 -> 2; b = 3, importance 1 -> 2; c = 1, importance 3 -> 12.
  RoundInput round{{"G"}, {}, 3};
  for (int i = 0; i < 3; ++i) {
    round.responses.push_back(in_group("G", values({{"a.s1", 4},
                                                    {"a.importance", 2},
                                                    {"b.s1", 3},
                                                    {"b.importance", 1},
                                                    {"c.s1", 1},
                                                    {"c.importance", 3}})));
  }
  const RoundResults r = compute_results(small_framework(), round);
  EXPECT_EQ(r.whole.priority_order, (std::vector<std::string>{"c", "a", "b"}));
}

TEST(ResultsTest, PositionShareCountsDimensionsWithAMeanPositionOfAtLeastFour) {
  // a: positions 4, 4, 4 -> mean exactly 4 counts; b: 4, 4, 3 -> 3.67 does not.
  RoundInput round{{"G"}, {}, 3};
  for (int b : {4, 4, 3})
    round.responses.push_back(in_group("G", values({{"a.position", 4}, {"b.position", b}})));
  const RoundResults r = compute_results(small_framework(), round);
  EXPECT_DOUBLE_EQ(*r.whole.position_share, 0.5);
}

TEST(ResultsTest, PurposeAllocationIsAveragedOverThoseWhoGaveOne) {
  RoundInput round{{"G"}, {}, 3};
  round.responses = {in_group("G", {.purposes = {{"p.x", 50}, {"p.y", 50}}}),
                     in_group("G", {.purposes = {{"p.x", 100}}}),
                     in_group("G", {.purposes = {{"p.x", 20}, {"p.y", 30}, {"p.z", 50}}}),
                     in_group("G", values({{"a.s1", 3}}))};
  const RoundResults r = compute_results(small_framework(), round);
  ASSERT_TRUE(r.whole.purposes);
  EXPECT_EQ(r.whole.purposes->n, 3);
  const auto& p = r.whole.purposes->purposes;
  ASSERT_EQ(p.size(), 3u);
  // x: 50, 100, 20; y: 50, 0, 30; z: 0, 0, 50 (left out = 0 points).
  EXPECT_EQ(p[0].purpose_id, "p.x");
  EXPECT_DOUBLE_EQ(p[0].mean, 170.0 / 3);
  EXPECT_DOUBLE_EQ(p[1].mean, 80.0 / 3);
  EXPECT_DOUBLE_EQ(p[2].mean, 50.0 / 3);
  for (const auto& purpose : p) EXPECT_FALSE(purpose.sd) << "a spread of three allocations needs 5";

  // Two more: x 50, 100, 20, 50, 50 -> mean 54, squares 16+2116+1156+16+16 = 3320, sd sqrt(3320/4);
  // y 50, 0, 30, 50, 50 -> 36, sd sqrt(1920/4); z 0, 0, 50, 0, 0 -> 10, sd sqrt(2000/4).
  for (int i = 0; i < 2; ++i)
    round.responses.push_back(in_group("G", {.purposes = {{"p.x", 50}, {"p.y", 50}}}));
  const RoundResults five = compute_results(small_framework(), round);
  const auto& q = five.whole.purposes->purposes;
  EXPECT_DOUBLE_EQ(q[0].mean, 54);
  EXPECT_DOUBLE_EQ(*q[0].sd, std::sqrt(830.0));
  EXPECT_DOUBLE_EQ(q[1].mean, 36);
  EXPECT_DOUBLE_EQ(*q[1].sd, std::sqrt(480.0));
  EXPECT_DOUBLE_EQ(q[2].mean, 10);
  EXPECT_DOUBLE_EQ(*q[2].sd, std::sqrt(500.0));
}

// Spread and order statistics need max(k, 5): a: 1, 2, 3, 4, 5 -> mean 3, median 3, squares 4+1+0+1+4 =
// 10, sd sqrt(10/4), min 1, max 5; b: 3, 3, 4, 5, 5 -> mean 4, squares 1+1+0+1+1 = 4, sd exactly 1.
TEST(ResultsTest, SpreadAndTheDisagreementFlagAppearFromFiveRespondents) {
  RoundInput round{{"G"}, {}, 3};
  const int a[] = {1, 2, 3, 4, 5};
  const int b[] = {3, 3, 4, 5, 5};
  for (int i = 0; i < 5; ++i)
    round.responses.push_back(in_group("G", values({{"a.s1", a[i]}, {"b.s1", b[i]}})));
  const RoundResults r = compute_results(small_framework(), round);
  for (const SetResult* set : {&r.whole, &r.groups.at(0)}) {
    const DimensionResult& da = dim(*set, "a");
    ASSERT_TRUE(da.spread);
    EXPECT_DOUBLE_EQ(*da.score, 3);
    EXPECT_DOUBLE_EQ(da.spread->median, 3);
    EXPECT_DOUBLE_EQ(da.spread->sd, std::sqrt(10.0 / 4));
    EXPECT_DOUBLE_EQ(da.spread->min, 1);
    EXPECT_DOUBLE_EQ(da.spread->max, 5);
    EXPECT_TRUE(da.disagreement);
    const DimensionResult& db = dim(*set, "b");
    ASSERT_TRUE(db.spread);
    EXPECT_DOUBLE_EQ(db.spread->sd, 1.0);
    EXPECT_TRUE(db.disagreement) << "sd exactly 1.0 is disagreement";
  }

  round.responses.pop_back();
  const RoundResults four = compute_results(small_framework(), round);
  EXPECT_TRUE(dim(four.whole, "a").score) << "the mean needs only k";
  EXPECT_FALSE(dim(four.whole, "a").spread);
  EXPECT_FALSE(dim(four.whole, "a").disagreement);

  round.k = 6;  // a raised k raises the detail threshold with it
  for (int i = 0; i < 2; ++i) round.responses.push_back(in_group("G", values({{"a.s1", 3}})));
  const RoundResults six = compute_results(small_framework(), round);
  EXPECT_TRUE(dim(six.whole, "a").spread) << "6 scores with k = 6";
  EXPECT_FALSE(dim(six.whole, "b").score) << "b has 4 scores < k = 6";
}

TEST(ResultsTest, PurposeAllocationOfFewerThanKIsWithheld) {
  RoundInput round{{"G"}, {}, 3};
  round.responses = {in_group("G", {.purposes = {{"p.x", 100}}}), in_group("G", {.purposes = {{"p.y", 100}}}),
                     in_group("G", values({{"a.s1", 3}}))};
  EXPECT_FALSE(compute_results(small_framework(), round).whole.purposes);
}

TEST(ResultsTest, CommentsNeedFiveRespondentsAppearSortedAndOnlyForTheWholeRound) {
  RoundInput round{{"G"}, {}, 3};
  for (const char* text : {"Øv", "bb", "Aa", "", "cc"}) {
    round.responses.push_back(in_group("G", {.comments = {{"a.comment", text}}}));
  }
  const RoundResults five = compute_results(small_framework(), round);
  ASSERT_EQ(five.whole.comments.size(), 1u);
  EXPECT_EQ(five.whole.comments.at("a"), (std::vector<std::string>{"Aa", "bb", "cc", "Øv"}));
  EXPECT_TRUE(five.groups.at(0).comments.empty());

  round.responses.pop_back();
  EXPECT_TRUE(compute_results(small_framework(), round).whole.comments.empty());
}

RoundInput uniform_round(int score, int version_marker = 0) {
  RoundInput round{{"G", "H"}, {}, 3};
  for (int i = 0; i < 3; ++i) {
    round.responses.push_back(in_group("G", values({{"a.s1", score}, {"b.s1", 3 + version_marker}})));
    round.responses.push_back(in_group("H", values({{"a.s1", 5}})));
  }
  return round;
}

TEST(ResultsTest, TrendComparesTheSameSetWithThePreviousRoundOfTheSameFrameworkVersion) {
  const Framework fw = small_framework(2);
  const PreviousRound previous{"small", 2, uniform_round(2)};
  const RoundResults r = compute_results(fw, uniform_round(4), &previous);
  EXPECT_DOUBLE_EQ(*dim(r.groups[0], "a").trend, 2.0);    // 4 - 2
  EXPECT_DOUBLE_EQ(*dim(r.groups[1], "a").trend, 0.0);    // 5 - 5
  EXPECT_DOUBLE_EQ(*dim(r.whole, "a").trend, 4.5 - 3.5);  // (4+5)/2 - (2+5)/2
  EXPECT_FALSE(dim(r.groups[1], "b").trend) << "H has no b score";
}

TEST(ResultsTest, NoTrendAcrossFrameworkVersionsOrFrameworks) {
  const Framework fw = small_framework(2);
  for (const PreviousRound& previous :
       {PreviousRound{"small", 1, uniform_round(2)}, PreviousRound{"other", 2, uniform_round(2)}}) {
    const RoundResults r = compute_results(fw, uniform_round(4), &previous);
    EXPECT_FALSE(dim(r.whole, "a").trend);
    EXPECT_FALSE(dim(r.groups[0], "a").trend);
  }
}

TEST(ResultsTest, NoTrendWhenTheSetWasSuppressedInThePreviousRound) {
  const Framework fw = small_framework();
  PreviousRound previous{"small", 1, uniform_round(2)};
  std::erase_if(previous.round.responses, [](const SubmittedResponse& r) { return r.group == "H"; });
  previous.round.responses.pop_back();  // G: 2 respondents, suppressed
  const RoundResults r = compute_results(fw, uniform_round(4), &previous);
  EXPECT_FALSE(dim(r.groups[0], "a").trend);
  EXPECT_FALSE(dim(r.whole, "a").trend);
}

}  // namespace
}  // namespace forkant
