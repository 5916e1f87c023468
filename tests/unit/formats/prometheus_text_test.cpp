#include "formats/prometheus_text.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

TEST(PrometheusText, CounterWithEscapedLabelValues) {
  PrometheusText t;
  t.family("x_total", "counter", "Things\ncounted \\ here");
  t.sample({{"route", "/a/{id}"}, {"odd", "q\"uote\\back\nline"}}, 3);
  EXPECT_EQ(t.text(),
            "# HELP x_total Things\\ncounted \\\\ here\n"
            "# TYPE x_total counter\n"
            "x_total{route=\"/a/{id}\",odd=\"q\\\"uote\\\\back\\nline\"} 3\n");
}

TEST(PrometheusText, HistogramBucketsAreCumulativeUpToInf) {
  Histogram h({0.5, 1});
  h.observe(0.25);
  h.observe(0.75);
  h.observe(3);
  PrometheusText t;
  t.family("d_seconds", "histogram", "Durations");
  t.histogram({{"route", "/"}}, h);
  EXPECT_EQ(t.text(),
            "# HELP d_seconds Durations\n"
            "# TYPE d_seconds histogram\n"
            "d_seconds_bucket{route=\"/\",le=\"0.5\"} 1\n"
            "d_seconds_bucket{route=\"/\",le=\"1\"} 2\n"
            "d_seconds_bucket{route=\"/\",le=\"+Inf\"} 3\n"
            "d_seconds_sum{route=\"/\"} 4\n"
            "d_seconds_count{route=\"/\"} 3\n");
}

TEST(PrometheusText, UnlabelledSamplesAndNumbers) {
  PrometheusText t;
  t.family("g", "gauge", "A gauge");
  t.sample({}, 12345678901);
  EXPECT_EQ(t.text(), "# HELP g A gauge\n# TYPE g gauge\ng 12345678901\n");
  EXPECT_EQ(prometheus_number(0.0005), "0.0005");
  EXPECT_EQ(prometheus_number(2.5), "2.5");
  EXPECT_EQ(prometheus_number(1.0 / 0.0), "+Inf");
}

}  // namespace
}  // namespace forkant
