#pragma once
// The Prometheus text exposition format, version 0.0.4 (what GET /metrics answers): one HELP and TYPE
// line per metric family, then its samples; label values escaped; histograms as cumulative `_bucket`
// samples up to `le="+Inf"`, with `_sum` and `_count`. `promtool check metrics` reads it (tests).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/histogram.hpp"

namespace forkant {

using MetricLabels = std::vector<std::pair<std::string, std::string>>;

// The Content-Type of the text.
inline constexpr const char* kPrometheusContentType = "text/plain; version=0.0.4; charset=utf-8";

class PrometheusText {
 public:
  // Starts a family: `type` is counter, gauge or histogram. Its samples follow before the next family.
  void family(std::string_view name, std::string_view type, std::string_view help);
  // A counter's or gauge's sample of the current family.
  void sample(const MetricLabels& labels, double value);
  // A histogram's samples of the current family, under `labels` (le is added).
  void histogram(const MetricLabels& labels, const Histogram& h);

  const std::string& text() const { return text_; }

 private:
  void line(std::string_view suffix, const MetricLabels& labels, std::string_view extra_label,
            std::string_view extra_value, std::string_view value);
  std::string name_;
  std::string text_;
};

// A sample value as the format writes it: integers without a fraction, +Inf, NaN.
std::string prometheus_number(double value);

}  // namespace forkant
