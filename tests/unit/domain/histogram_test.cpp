#include "domain/histogram.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

TEST(Histogram, CountsEachValueInTheFirstBucketWhoseBoundIsAtLeastIt) {
  Histogram h({1, 2, 5});
  for (const double v : {0.5, 1.0, 1.5, 2.0, 4.0, 5.0, 6.0, 100.0}) h.observe(v);
  // (.., 1], (1, 2], (2, 5], (5, +Inf): a value on a bound belongs to that bound (Prometheus' le).
  EXPECT_EQ(h.counts(), (std::vector<std::uint64_t>{2, 2, 2, 2}));
  EXPECT_EQ(h.count(), 8u);
  EXPECT_DOUBLE_EQ(h.sum(), 120.0);
}

TEST(Histogram, LatencyBucketsIncreaseStrictly) {
  const auto b = latency_buckets();
  ASSERT_FALSE(b.empty());
  for (std::size_t i = 1; i < b.size(); ++i) EXPECT_LT(b[i - 1], b[i]);
}

}  // namespace
}  // namespace forkant
