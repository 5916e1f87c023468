#include "domain/assessment/statistics.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace forkant {
namespace {

struct Case {
  std::string name;
  std::vector<double> xs;
  double mean, median, sd, min, max;
};

// Hand-computed: e.g. {1,2,3,4}: mean 2.5, median (2+3)/2, sd sqrt((2.25+0.25+0.25+2.25)/3) = sqrt(5/3).
const std::vector<Case> kCases = {
    {"a single value has sd 0", {4}, 4, 4, 0, 4, 4},
    {"two values: median is their mean", {2, 5}, 3.5, 3.5, 2.1213203435596424, 2, 5},
    {"odd count: median is the middle value", {5, 1, 3}, 3, 3, 2, 1, 5},
    {"even count: median is the mean of the two middle values",
     {4, 1, 3, 2},
     2.5,
     2.5,
     1.2909944487358056,
     1,
     4},
    {"equal values have sd 0", {3, 3, 3}, 3, 3, 0, 3, 3},
    {"sd exactly 1 for 1, 2, 3", {1, 2, 3}, 2, 2, 1, 1, 3},
};

TEST(StatisticsTest, ComputesMeanMedianSampleSdMinAndMax) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    EXPECT_DOUBLE_EQ(mean(c.xs), c.mean);
    EXPECT_DOUBLE_EQ(median(c.xs), c.median);
    EXPECT_DOUBLE_EQ(sample_sd(c.xs), c.sd);
    EXPECT_DOUBLE_EQ(min_of(c.xs), c.min);
    EXPECT_DOUBLE_EQ(max_of(c.xs), c.max);
    const std::optional<Summary> s = summarize(c.xs);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->n, c.xs.size());
    EXPECT_DOUBLE_EQ(s->sd, c.sd);
  }
}

TEST(StatisticsTest, SummaryOfAnEmptySampleIsNothing) {
  EXPECT_FALSE(summarize(std::vector<double>{}));
  std::vector<double> none;
  EXPECT_FALSE(summarize_in_place(none));
}

TEST(StatisticsTest, MomentsAndTheInPlaceMedianAgreeWithTheCases) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    Moments m;
    for (double x : c.xs) m.add(x);
    EXPECT_EQ(m.n(), c.xs.size());
    EXPECT_DOUBLE_EQ(m.mean(), c.mean);
    EXPECT_DOUBLE_EQ(m.sd(), c.sd);
    EXPECT_DOUBLE_EQ(m.min(), c.min);
    EXPECT_DOUBLE_EQ(m.max(), c.max);
    std::vector<double> copy = c.xs;
    EXPECT_DOUBLE_EQ(median_in_place(copy), c.median);
    copy = c.xs;
    const std::optional<Summary> s = summarize_in_place(copy);
    ASSERT_TRUE(s);
    EXPECT_DOUBLE_EQ(s->median, c.median);
    EXPECT_DOUBLE_EQ(s->mean, c.mean);
  }
}

// The mean is the plain sum in the order given, bit for bit: the results' means must not move when the
// way the sd is computed changes.
TEST(StatisticsTest, TheOnePassMeanIsThePlainSumInOrder) {
  const std::vector<double> xs{1.0 / 3, 2.5, 5.0 / 3, 4.75, 1.0 / 7, 3.2};
  Moments m;
  for (double x : xs) m.add(x);
  EXPECT_EQ(m.mean(), mean(xs));
}

// Sums of squares around the first value: values far from zero with a small spread keep their sd, where
// sum of squares minus n times the squared mean would lose every digit (1e9^2 is beyond 2^53).
TEST(StatisticsTest, TheOnePassSdIsStableFarFromZero) {
  const std::vector<double> xs{1e9 + 1, 1e9 + 2, 1e9 + 3};
  EXPECT_DOUBLE_EQ(sample_sd(xs), 1.0);
  // A long sample of scale values: within 1e-12 of the two-pass sd.
  std::vector<double> long_sample;
  long_sample.reserve(10000);
  for (int i = 0; i < 10000; ++i) long_sample.push_back(1.0 + (i * 7919 % 13) / 3.0);
  const double m = mean(long_sample);
  double squares = 0;
  for (double x : long_sample) squares += (x - m) * (x - m);
  EXPECT_NEAR(sample_sd(long_sample), std::sqrt(squares / 9999), 1e-12);
  EXPECT_DOUBLE_EQ(median(long_sample), 1.0 + 6 / 3.0);
}

}  // namespace
}  // namespace forkant
