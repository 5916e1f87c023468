#include "domain/assessment/statistics.hpp"

#include <gtest/gtest.h>

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
}

}  // namespace
}  // namespace forkant
