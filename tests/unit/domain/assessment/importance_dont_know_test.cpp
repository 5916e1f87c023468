// "Don't know" on an importance (paper forms bring it, so the pages and the import take it too): it is
// an answer, never a rating. It counts in no mean importance and no priority, exactly as "don't know" on
// a statement counts in no score, and a submission of nothing else is refused (answers_test.cpp).
#include <gtest/gtest.h>

#include <string>

#include "domain/assessment/answers.hpp"
#include "domain/assessment/results.hpp"
#include "domain/assessment/scoring.hpp"
#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::in_group;
using testing::small_framework;
using testing::values;

const DimensionResult& dim_a(const SetResult& set) {
  for (const DimensionResult& d : set.dimensions) {
    if (d.dimension_id == "a") return d;
  }
  ADD_FAILURE() << "no dimension a";
  static const DimensionResult none;
  return none;
}

TEST(ImportanceDontKnowTest, IsNoRatingOfTheItem) {
  EXPECT_FALSE(rating(values({{"a.importance", kDontKnow}}), "a.importance"));
  EXPECT_EQ(rating(values({{"a.importance", 4}}), "a.importance"), 4);
  EXPECT_FALSE(has_rating(values({{"a.importance", kDontKnow}, {"b.importance", kDontKnow}})));
}

TEST(ImportanceDontKnowTest, IsLeftOutOfTheMeanImportanceAndThePriority) {
  // Importance 4, 2, 3 and "don't know": the mean is 9/3 = 3 (with the "don't know" as 0 it would be
  // 9/4). Every score of a is 3, so the priority is 3 * (5 - 3) = 6.
  RoundInput round{{"G"}, {}, 3};
  for (int importance : {4, 2, 3, kDontKnow}) {
    round.responses.push_back(in_group("G", values({{"a.s1", 3}, {"a.importance", importance}})));
  }
  const RoundResults r = compute_results(small_framework(), round);
  ASSERT_TRUE(dim_a(r.whole).importance);
  EXPECT_DOUBLE_EQ(*dim_a(r.whole).importance, 3.0);
  ASSERT_TRUE(dim_a(r.whole).priority);
  EXPECT_DOUBLE_EQ(*dim_a(r.whole).priority, 6.0);
}

TEST(ImportanceDontKnowTest, FewerThanKImportanceRatingsShowNoMeanImportanceAndNoPriority) {
  // Four respondents give a score, but only two rate the importance: the mean importance describes two
  // people and is withheld, and a priority needs a shown mean importance.
  RoundInput round{{"G"}, {}, 3};
  for (int importance : {5, 4, kDontKnow, kDontKnow}) {
    round.responses.push_back(in_group("G", values({{"a.s1", 2}, {"a.importance", importance}})));
  }
  const RoundResults r = compute_results(small_framework(), round);
  EXPECT_TRUE(dim_a(r.whole).score);
  EXPECT_FALSE(dim_a(r.whole).importance);
  EXPECT_FALSE(dim_a(r.whole).priority);
  EXPECT_TRUE(r.whole.priority_order.empty());
}

TEST(ImportanceDontKnowTest, IsCountedApartInTheImportanceDistribution) {
  RoundInput round{{"G"}, {}, 3};
  for (int importance : {5, 5, 4, kDontKnow, kDontKnow}) {
    round.responses.push_back(in_group("G", values({{"a.s1", 2}, {"a.importance", importance}})));
  }
  const RoundResults r = compute_results(small_framework(), round);
  const ItemDistribution* dist = nullptr;
  for (const ItemDistribution& d : r.whole.distributions) {
    if (d.item_id == "a.importance") dist = &d;
  }
  ASSERT_NE(dist, nullptr);
  EXPECT_EQ(dist->n, 5);
  EXPECT_EQ(dist->counts[kDontKnow], 2);
  EXPECT_EQ(dist->counts[5], 2);
  EXPECT_EQ(dist->counts[4], 1);
  EXPECT_DOUBLE_EQ(*dim_a(r.whole).importance, 14.0 / 3);
}

}  // namespace
}  // namespace forkant
