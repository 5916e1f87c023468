#pragma once
// A histogram of observed values over fixed upper bounds, as Prometheus counts them: how many values
// fell at or below each bound (cumulative only when written out), their sum and their number. Not
// synchronised: its owner holds a lock while observing and copying it.

#include <cstdint>
#include <vector>

namespace forkant {

class Histogram {
 public:
  Histogram() = default;
  // `upper_bounds`: strictly increasing; values above the last one are counted in +Inf only.
  explicit Histogram(std::vector<double> upper_bounds);

  void observe(double value);

  const std::vector<double>& upper_bounds() const { return bounds_; }
  // counts()[i]: values in (bounds[i-1], bounds[i]]; counts().back(): values above every bound.
  const std::vector<std::uint64_t>& counts() const { return counts_; }
  double sum() const { return sum_; }
  std::uint64_t count() const { return count_; }

 private:
  std::vector<double> bounds_;
  std::vector<std::uint64_t> counts_ = std::vector<std::uint64_t>(1, 0);
  double sum_ = 0;
  std::uint64_t count_ = 0;
};

// Bounds for latencies in seconds: 0.5 ms to 10 s.
std::vector<double> latency_buckets();

}  // namespace forkant
