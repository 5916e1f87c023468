#include "domain/networks/peer_statistics.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace forkant {

double quantile_sorted(std::span<const double> sorted, double p) {
  assert(!sorted.empty());
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto j = static_cast<std::size_t>(std::floor(h));
  if (j + 1 >= sorted.size()) return sorted.back();
  return sorted[j] + (h - static_cast<double>(j)) * (sorted[j + 1] - sorted[j]);
}

PeerDistribution peer_distribution(std::vector<double> values) {
  assert(!values.empty());
  std::sort(values.begin(), values.end());
  return {.organisations = static_cast<int>(values.size()),
          .min = values.front(),
          .lower_quartile = quantile_sorted(values, 0.25),
          .median = quantile_sorted(values, 0.5),
          .upper_quartile = quantile_sorted(values, 0.75),
          .max = values.back()};
}

PeerPlacement placement_of(const PeerDistribution& d, double own) {
  if (own < d.lower_quartile) return PeerPlacement::below_lower_quartile;
  if (own < d.median) return PeerPlacement::lower_middle;
  if (own <= d.upper_quartile) return PeerPlacement::upper_middle;
  return PeerPlacement::above_upper_quartile;
}

std::vector<PeerStatistic> peer_statistics(std::span<const PeerContribution> peers, const PeerView& view) {
  std::vector<PeerStatistic> out;
  out.reserve(view.statistics.size());
  std::vector<double> values;
  values.reserve(peers.size());
  for (std::size_t s = 0; s < view.statistics.size(); ++s) {
    // While the view's organisations do not pass, that is why nothing in it is shown.
    PeerStatistic stat{view.organisations.shown() ? view.statistics[s] : view.organisations, std::nullopt};
    if (view.shows(s)) {
      values.clear();
      for (const PeerContribution& c : peers) {
        if (matches(view.filter, c) && s < c.figures.size() && c.figures[s])
          values.push_back(c.figures[s]->value);
      }
      stat.distribution = peer_distribution(values);
    }
    out.push_back(stat);
  }
  return out;
}

}  // namespace forkant
