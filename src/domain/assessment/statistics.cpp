#include "domain/assessment/statistics.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>
#include <vector>

namespace forkant {

double mean(std::span<const double> xs) {
  assert(!xs.empty());
  return std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
}

double median(std::span<const double> xs) {
  assert(!xs.empty());
  std::vector<double> sorted(xs.begin(), xs.end());
  std::sort(sorted.begin(), sorted.end());
  const std::size_t mid = sorted.size() / 2;
  return sorted.size() % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
}

double sample_sd(std::span<const double> xs) {
  assert(!xs.empty());
  if (xs.size() == 1) return 0.0;
  const double m = mean(xs);
  double squares = 0.0;
  for (double x : xs) squares += (x - m) * (x - m);
  return std::sqrt(squares / static_cast<double>(xs.size() - 1));
}

double min_of(std::span<const double> xs) {
  assert(!xs.empty());
  return *std::min_element(xs.begin(), xs.end());
}

double max_of(std::span<const double> xs) {
  assert(!xs.empty());
  return *std::max_element(xs.begin(), xs.end());
}

std::optional<Summary> summarize(std::span<const double> xs) {
  if (xs.empty()) return std::nullopt;
  return Summary{xs.size(), mean(xs), median(xs), sample_sd(xs), min_of(xs), max_of(xs)};
}

}  // namespace forkant
