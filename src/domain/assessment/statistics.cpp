#include "domain/assessment/statistics.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>
#include <vector>

namespace forkant {

double Moments::sd() const {
  assert(n_ > 0);
  if (n_ == 1) return 0.0;
  const double n = static_cast<double>(n_);
  // Rounding can take a zero variance a hair below zero.
  const double squares = std::max(0.0, squares_ - shifted_ * shifted_ / n);
  return std::sqrt(squares / (n - 1));
}

double mean(std::span<const double> xs) {
  assert(!xs.empty());
  return std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
}

double median_in_place(std::span<double> xs) {
  assert(!xs.empty());
  const std::size_t mid = xs.size() / 2;
  std::nth_element(xs.begin(), xs.begin() + static_cast<std::ptrdiff_t>(mid), xs.end());
  if (xs.size() % 2 == 1) return xs[mid];
  // Everything before `mid` is not greater than xs[mid]: the other middle value is the largest of them.
  const double below = *std::max_element(xs.begin(), xs.begin() + static_cast<std::ptrdiff_t>(mid));
  return (below + xs[mid]) / 2.0;
}

double median(std::span<const double> xs) {
  std::vector<double> copy(xs.begin(), xs.end());
  return median_in_place(copy);
}

double sample_sd(std::span<const double> xs) {
  assert(!xs.empty());
  Moments m;
  for (double x : xs) m.add(x);
  return m.sd();
}

double min_of(std::span<const double> xs) {
  assert(!xs.empty());
  return *std::min_element(xs.begin(), xs.end());
}

double max_of(std::span<const double> xs) {
  assert(!xs.empty());
  return *std::max_element(xs.begin(), xs.end());
}

std::optional<Summary> summarize_in_place(std::span<double> xs) {
  if (xs.empty()) return std::nullopt;
  Moments m;
  for (double x : xs) m.add(x);
  return Summary{xs.size(), m.mean(), median_in_place(xs), m.sd(), m.min(), m.max()};
}

std::optional<Summary> summarize(std::span<const double> xs) {
  std::vector<double> copy(xs.begin(), xs.end());
  return summarize_in_place(copy);
}

}  // namespace forkant
