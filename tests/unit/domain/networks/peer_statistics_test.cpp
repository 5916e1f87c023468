// The distribution over organisations: quartiles by linear interpolation (definition 7), and where the
// viewer's own value falls.
#include "domain/networks/peer_statistics.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "peer_builders.hpp"

namespace forkant {
namespace {

using testing::peer;

TEST(PeerStatistics, QuartilesInterpolateBetweenOrderStatistics) {
  // 1..5: h = 1, 2, 3 for the quartiles and the median, exactly the order statistics.
  const PeerDistribution five = peer_distribution({5, 3, 1, 4, 2});
  EXPECT_EQ(five.organisations, 5);
  EXPECT_DOUBLE_EQ(five.min, 1);
  EXPECT_DOUBLE_EQ(five.lower_quartile, 2);
  EXPECT_DOUBLE_EQ(five.median, 3);
  EXPECT_DOUBLE_EQ(five.upper_quartile, 4);
  EXPECT_DOUBLE_EQ(five.max, 5);
  // Six values 1, 2, 3, 4, 5, 10: h = 1.25 -> 2.25, h = 2.5 -> 3.5, h = 3.75 -> 4.75 (R: quantile(type = 7)).
  const PeerDistribution six = peer_distribution({10, 1, 2, 3, 4, 5});
  EXPECT_DOUBLE_EQ(six.lower_quartile, 2.25);
  EXPECT_DOUBLE_EQ(six.median, 3.5);
  EXPECT_DOUBLE_EQ(six.upper_quartile, 4.75);
  EXPECT_DOUBLE_EQ(six.max, 10);
  const std::vector<double> one{2.5};
  EXPECT_DOUBLE_EQ(quantile_sorted(one, 0.75), 2.5);
}

TEST(PeerStatistics, PlacementNamesTheQuarterTheValueFallsIn) {
  const PeerDistribution d = peer_distribution({1, 2, 3, 4, 5});
  EXPECT_EQ(placement_of(d, 1.5), PeerPlacement::below_lower_quartile);
  EXPECT_EQ(placement_of(d, 2), PeerPlacement::lower_middle);
  EXPECT_EQ(placement_of(d, 2.9), PeerPlacement::lower_middle);
  EXPECT_EQ(placement_of(d, 3), PeerPlacement::upper_middle);
  EXPECT_EQ(placement_of(d, 4), PeerPlacement::upper_middle);
  EXPECT_EQ(placement_of(d, 4.1), PeerPlacement::above_upper_quartile);
}

TEST(PeerStatistics, OnlyWhatTheViewShowsHasADistribution) {
  std::vector<PeerContribution> set;
  for (int i = 0; i < 5; ++i)
    set.push_back(peer(i + 1, 10, {1.0 + i, i < 4 ? std::optional(2.0) : std::nullopt}));
  const auto views = plan_peer_views(set, 2, {});
  const auto stats = peer_statistics(set, views[0]);
  ASSERT_EQ(stats.size(), 2U);
  ASSERT_TRUE(stats[0].distribution);
  EXPECT_DOUBLE_EQ(stats[0].distribution->median, 3.0);
  EXPECT_FALSE(stats[1].distribution);
  EXPECT_EQ(stats[1].verdict.needed, 1);
  // While the view's organisations do not pass, that is the reason given for every statistic.
  set.pop_back();
  const auto fewer = peer_statistics(set, plan_peer_views(set, 2, {})[0]);
  EXPECT_FALSE(fewer[0].distribution);
  EXPECT_EQ(fewer[0].verdict.needed, 1);
}

}  // namespace
}  // namespace forkant
