#pragma once
// Descriptive statistics over a sample. Every function requires a non-empty sample; `summarize` is the
// safe entry point and returns nothing for an empty one.

#include <cstddef>
#include <optional>
#include <span>

namespace forkant {

double mean(std::span<const double> xs);
// For an even count, the mean of the two middle values.
double median(std::span<const double> xs);
// Sample standard deviation (divides by n - 1); 0 for a single value.
double sample_sd(std::span<const double> xs);
double min_of(std::span<const double> xs);
double max_of(std::span<const double> xs);

// Mean, sample sd, min and max in one pass, adding the values in the order they come (the mean is the
// plain sum over the count, bit for bit what `mean` gives for the same order). The sd sums the values'
// distances from the first one ("assumed mean"): the samples here lie on small scales (ratings 1..5,
// points 0..100), so the shift keeps the sums of squares small and nothing cancels away, as it would in
// sum-of-squares minus square-of-sum; and it needs no division per value, unlike Welford's update.
class Moments {
 public:
  void add(double x) {
    if (n_ == 0) shift_ = min_ = max_ = x;
    ++n_;
    sum_ += x;
    const double d = x - shift_;
    shifted_ += d;
    squares_ += d * d;
    min_ = x < min_ ? x : min_;
    max_ = x > max_ ? x : max_;
  }
  std::size_t n() const { return n_; }
  // The rest require n() > 0.
  double mean() const { return sum_ / static_cast<double>(n_); }
  double sd() const;
  double min() const { return min_; }
  double max() const { return max_; }

 private:
  std::size_t n_ = 0;
  double sum_ = 0, shift_ = 0, shifted_ = 0, squares_ = 0, min_ = 0, max_ = 0;
};

// The median of `xs`, which it reorders (a selection, not a sort).
double median_in_place(std::span<double> xs);

struct Summary {
  std::size_t n = 0;
  double mean = 0, median = 0, sd = 0, min = 0, max = 0;
};

std::optional<Summary> summarize(std::span<const double> xs);
// As summarize, but reorders `xs` for the median instead of copying it.
std::optional<Summary> summarize_in_place(std::span<double> xs);

}  // namespace forkant
