// What a round contributes to a network: the whole-round figures its own results page shows, per
// dimension with the respondents behind them, and top management's only where its group is shown.
#include "domain/networks/contribution.hpp"

#include <gtest/gtest.h>

#include <string>

#include "../assessment/fixtures.hpp"

namespace forkant {
namespace {

using testing::in_group;
using testing::small_framework;
using testing::values;

void add(RoundInput& round, const std::string& group, int count, const ResponseAnswers& answers) {
  for (int i = 0; i < count; ++i) round.responses.push_back(in_group(group, answers));
}

// direktion: 4 with a position on a (5) and b (5); chefer: 6 with none (1). Nobody answers c.
RoundInput round_of(int direktion) {
  RoundInput round{{"direktion", "chefer"}, {}, 3, "direktion"};
  add(round, "direktion", direktion,
      values({{"a.s1", 4}, {"a.position", 5}, {"b.s1", 3}, {"b.position", 5}}));
  add(round, "chefer", 6, values({{"a.s1", 2}, {"a.position", 1}, {"b.s1", 3}, {"b.position", 1}}));
  return round;
}

TEST(Contribution, AnOpenOrDraftRoundIsRefused) {
  const Framework fw = small_framework();
  const RoundResults results = compute_results(fw, round_of(4));
  const auto c = contribution_of(fw, false, results);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().code, "contribution_round_not_closed");
  EXPECT_EQ(c.error().kind, ErrorKind::conflict);
}

TEST(Contribution, ARoundBelowItsThresholdHasNothingToShare) {
  const Framework fw = small_framework();
  RoundInput round{{"direktion"}, {}, 3, "direktion"};
  add(round, "direktion", 2, values({{"a.s1", 4}}));
  const auto c = contribution_of(fw, true, compute_results(fw, round));
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().code, "contribution_too_few");
  EXPECT_EQ(c.error().params.at("needed"), "1");
}

TEST(Contribution, ARoundWithNoScoreShownIsRefused) {
  const Framework fw = small_framework();
  RoundInput round{{"direktion"}, {}, 3, "direktion"};
  add(round, "direktion", 3, values({{"a.importance", 4}}));  // a rating, but no statement or position
  const auto c = contribution_of(fw, true, compute_results(fw, round));
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().code, "contribution_no_scores");
}

TEST(Contribution, CarriesTheWholeRoundsShownScoresAndTopManagementsPositions) {
  const Framework fw = small_framework();
  const RoundResults results = compute_results(fw, round_of(4));
  const auto c = contribution_of(fw, true, results);
  ASSERT_TRUE(c) << c.error().code;
  EXPECT_EQ(c->respondents, 10);
  EXPECT_EQ(c->top_management_respondents, 4);
  ASSERT_TRUE(c->position_share);
  EXPECT_DOUBLE_EQ(*c->position_share, 1.0);  // top management's; the whole round's a and b: 2.6 < 4
  ASSERT_EQ(c->scores.size(), 2U);            // c has no score: not contributed
  EXPECT_EQ(c->scores[0].dimension, "a");
  EXPECT_EQ(c->scores[0].position, 1);
  EXPECT_DOUBLE_EQ(c->scores[0].score, *results.whole.dimensions[0].score);
  EXPECT_EQ(c->scores[0].respondents, 10);
  EXPECT_EQ(c->scores[0].top_position, 5.0);
  EXPECT_EQ(c->scores[1].dimension, "b");
  EXPECT_DOUBLE_EQ(c->scores[1].score, 2.8);  // b.s1 3 and b.position 5 or 1: (4 * 4 + 6 * 2) / 10
}

TEST(Contribution, ASuppressedTopManagementContributesNoPositionsAndNotTheWholeRoundsInstead) {
  const Framework fw = small_framework();
  const RoundResults results = compute_results(fw, round_of(2));  // direktion below k = 3
  const auto c = contribution_of(fw, true, results);
  ASSERT_TRUE(c) << c.error().code;
  EXPECT_FALSE(c->top_management_respondents);
  EXPECT_FALSE(c->position_share);
  ASSERT_FALSE(c->scores.empty());
  for (const ContributionScore& s : c->scores) EXPECT_FALSE(s.top_position) << s.dimension;
  // The two of direktion would be the difference between the whole round and chefer: the results leave
  // them out of the whole round, and so does the contribution.
  EXPECT_EQ(c->respondents, 6);
  EXPECT_EQ(c->respondents, results.whole.respondents);
}

}  // namespace
}  // namespace forkant
