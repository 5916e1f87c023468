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

struct Summary {
  std::size_t n = 0;
  double mean = 0, median = 0, sd = 0, min = 0, max = 0;
};

std::optional<Summary> summarize(std::span<const double> xs);

}  // namespace forkant
