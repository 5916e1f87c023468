#include "domain/assessment/perception_gaps.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::in_group;
using testing::small_framework;
using testing::values;

void add(RoundInput& round, const std::string& group, int count, const ResponseAnswers& answers) {
  for (int i = 0; i < count; ++i) round.responses.push_back(in_group(group, answers));
}

// direktion a 5, b 2; chefer a 3, b 2.5 (half 2, half 3); medarbejdere a 4, b 4. No c scores anywhere.
RoundInput three_groups() {
  RoundInput round{{"direktion", "chefer", "medarbejdere"}, {}, 3, "direktion"};
  add(round, "direktion", 3, values({{"a.s1", 5}, {"b.s1", 2}}));
  add(round, "chefer", 2, values({{"a.s1", 3}, {"b.s1", 2}}));
  add(round, "chefer", 2, values({{"a.s1", 3}, {"b.s1", 3}}));
  add(round, "medarbejdere", 3, values({{"a.s1", 4}, {"b.s1", 4}}));
  return round;
}

std::vector<std::string> keys(const std::vector<PerceptionGap>& gaps) {
  std::vector<std::string> out;
  out.reserve(gaps.size());
  for (const PerceptionGap& g : gaps) out.push_back(g.dimension_id + "/" + g.group);
  return out;
}

TEST(PerceptionGapsTest, LargestAbsoluteGapFirstWithSignAndBothScores) {
  const auto gaps = perception_gaps(compute_results(small_framework(), three_groups()));
  // a/chefer +2 and b/medarbejdere -2 tie: framework order; then a/medarbejdere +1, b/chefer -0.5.
  EXPECT_EQ(keys(gaps),
            (std::vector<std::string>{"a/chefer", "b/medarbejdere", "a/medarbejdere", "b/chefer"}));
  ASSERT_EQ(gaps.size(), 4u);
  EXPECT_DOUBLE_EQ(gaps[0].gap, 2.0);
  EXPECT_DOUBLE_EQ(gaps[0].top, 5.0);
  EXPECT_DOUBLE_EQ(gaps[0].other, 3.0);
  EXPECT_DOUBLE_EQ(gaps[1].gap, -2.0);
  EXPECT_DOUBLE_EQ(gaps[3].gap, -0.5);
  EXPECT_DOUBLE_EQ(gaps[3].other, 2.5);
}

TEST(PerceptionGapsTest, ASuppressedGroupGivesNoGap) {
  RoundInput round = three_groups();
  round.groups.emplace_back("politikere");
  add(round, "politikere", 3, values({{"a.s1", 1}, {"b.s1", 1}}));  // shown: the largest gaps
  EXPECT_EQ(perception_gaps(compute_results(small_framework(), round)).front().group, "politikere");
  round.responses.pop_back();  // 2 politicians: suppressed
  const RoundResults r = compute_results(small_framework(), round);
  ASSERT_TRUE(r.groups.at(3).suppressed);
  for (const PerceptionGap& g : perception_gaps(r)) EXPECT_NE(g.group, "politikere");
  EXPECT_EQ(perception_gaps(r).size(), 4u);
}

TEST(PerceptionGapsTest, AGroupLeftOutOfTheWholeRoundGivesNoGap) {
  RoundInput round = three_groups();
  round.groups.emplace_back("borgerpanel");
  add(round, "borgerpanel", 1, values({{"a.s1", 1}}));  // the rest would be 1 respondent: left out
  const RoundResults r = compute_results(small_framework(), round);
  ASSERT_EQ(r.excluded_groups, (std::vector<std::string>{"borgerpanel"}));
  for (const PerceptionGap& g : perception_gaps(r)) EXPECT_NE(g.group, "borgerpanel");
  EXPECT_EQ(perception_gaps(r).size(), 4u);
}

TEST(PerceptionGapsTest, NoGapsWhenTopManagementIsSuppressedOrUnmarked) {
  RoundInput round = three_groups();
  round.responses.erase(round.responses.begin());  // 2 in direktion
  const RoundResults suppressed = compute_results(small_framework(), round);
  ASSERT_TRUE(top_management(suppressed)->suppressed);
  EXPECT_TRUE(perception_gaps(suppressed).empty());

  round = three_groups();
  round.top_group = "";
  EXPECT_TRUE(perception_gaps(compute_results(small_framework(), round)).empty());
}

TEST(PerceptionGapsTest, AScoreWithheldInEitherGroupGivesNoGapOnThatQuestion) {
  RoundInput round = three_groups();
  // Two of the managers answer c: 2 < k, so chefer's c score is withheld; direktion has none at all.
  round.responses[3].answers.values["c.s1"] = 4;
  round.responses[4].answers.values["c.s1"] = 4;
  for (const PerceptionGap& g : perception_gaps(compute_results(small_framework(), round)))
    EXPECT_NE(g.dimension_id, "c");
}

TEST(PerceptionGapsTest, AnotherGroupCanBeTopManagement) {
  RoundInput round = three_groups();
  round.top_group = "medarbejdere";
  const auto gaps = perception_gaps(compute_results(small_framework(), round));
  EXPECT_EQ(keys(gaps), (std::vector<std::string>{"b/direktion", "b/chefer", "a/direktion", "a/chefer"}));
  EXPECT_DOUBLE_EQ(gaps[0].gap, 2.0);  // 4 - 2
}

}  // namespace
}  // namespace forkant
