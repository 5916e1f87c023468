#pragma once
// The figures of the peer benchmark over organisations (issue 15): per statistic the distribution of the
// peers' values (median, quartiles, range, number of organisations) and where the viewer's own value
// falls in it. Computed only for what peer_rules.hpp lets a view show.
//
// Quartiles: linear interpolation between order statistics (Hyndman and Fan's definition 7, the default
// of R and of Excel's QUARTILE.INC): of n values sorted x[0] <= ... <= x[n-1], the p-quantile is
// x[j] + (h - j) * (x[j+1] - x[j]) with h = (n - 1) * p and j = floor(h). The median is the 0.5-quantile,
// which is the usual median; the range is x[0] .. x[n-1].

#include <optional>
#include <span>
#include <vector>

#include "domain/networks/peer_rules.hpp"

namespace forkant {

struct PeerDistribution {
  int organisations = 0;
  double min = 0, lower_quartile = 0, median = 0, upper_quartile = 0, max = 0;
};

// Requires a non-empty sample.
PeerDistribution peer_distribution(std::vector<double> values);

// The p-quantile (0 <= p <= 1) of sorted, non-empty values by the definition above.
double quantile_sorted(std::span<const double> sorted, double p);

// Where a value falls: below the lower quartile; from it to below the median; from the median to the
// upper quartile; above the upper quartile.
enum class PeerPlacement { below_lower_quartile, lower_middle, upper_middle, above_upper_quartile };
PeerPlacement placement_of(const PeerDistribution& d, double own);

struct PeerStatistic {
  PeerVerdict verdict;                           // why it is not shown, when it is not
  std::optional<PeerDistribution> distribution;  // when shown
};

// Every statistic of `view` over `peers` (the set plan_peer_views was given): a distribution where the
// view shows it, the verdict alone otherwise.
std::vector<PeerStatistic> peer_statistics(std::span<const PeerContribution> peers, const PeerView& view);

}  // namespace forkant
