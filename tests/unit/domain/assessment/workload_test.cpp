// The intro page's promise of time, computed from the framework: every rated item at 10 seconds, the
// purpose allocation at 60, rounded up to whole 5 minutes.
#include "domain/assessment/workload.hpp"

#include <gtest/gtest.h>

#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::small_framework;

TEST(WorkloadTest, CountsEveryRatedItemAndTheAllocationAsOneAnswer) {
  // small: a has 2 statements, a position and an importance; b 1 + position + importance; c 2 + importance.
  const Workload w = workload(small_framework());
  EXPECT_EQ(w.ratings, 4 + 3 + 3);
  EXPECT_TRUE(w.allocation);
  EXPECT_EQ(w.answers, 11);
  EXPECT_EQ(w.pages, 3);
  EXPECT_EQ(w.minutes, 5) << "10 * 10 s + 60 s = 160 s, rounded up to 5 minutes";
}

TEST(WorkloadTest, MinutesAreRoundedUpToWholeFiveMinutes) {
  Framework fw = small_framework();
  fw.purposes.clear();
  Dimension& c = fw.dimensions[2];
  // 30 ratings = 300 s: exactly 5 minutes; one more is 310 s: 10 minutes.
  while (workload(fw).ratings < 30)
    c.items.push_back({"c.x" + std::to_string(c.items.size()), ItemKind::statement, {}});
  EXPECT_FALSE(workload(fw).allocation);
  EXPECT_EQ(workload(fw).answers, 30);
  EXPECT_EQ(workload(fw).minutes, 5);
  c.items.push_back({"c.last", ItemKind::importance, {}});
  EXPECT_EQ(workload(fw).minutes, 10);
}

TEST(WorkloadTest, CommentsAreNotCounted) {
  Framework fw = small_framework();
  const int before = workload(fw).ratings;
  fw.dimensions[1].items.push_back({"b.comment", ItemKind::comment, {}});
  EXPECT_EQ(workload(fw).ratings, before);
}

TEST(WorkloadTest, AnEmptyFrameworkStillPromisesTheSmallestStep) {
  const Workload w = workload(Framework{});
  EXPECT_EQ(w.answers, 0);
  EXPECT_EQ(w.minutes, 5);
}

}  // namespace
}  // namespace forkant
