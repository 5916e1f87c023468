#pragma once
// Horizontal bar chart, stacked distribution bars and a small trend line chart. Pure functions returning
// one <svg> each; all texts arrive already translated. See svg.hpp for what every chart has in common
// (title/desc/aria wiring, palette, no style attributes).

#include <optional>
#include <string>
#include <vector>

namespace forkant::charts {

// (a) One bar per row, from `min` to the value, with an optional +-sd whisker.
struct Bar {
  std::string label;
  std::optional<double> value;  // nullopt: no bar, `missing_label` is written instead
  std::optional<double> sd;     // whisker value-sd .. value+sd, clamped to the axis
};
struct BarChart {
  std::string id;
  std::string title;
  std::string description;
  std::vector<Bar> bars;
  double min = 1;  // axis start, where bars start (the bottom of the scale, 0 for points)
  double max = 5;
  double tick_step = 1;  // vertical grid lines with labels
  int decimals = 1;      // for the value printed after each bar
  char decimal_point = '.';
  std::string missing_label;  // e.g. "skjult (under 3 svar)"
};
std::string render_bar_chart(const BarChart& chart);

// (b) One 100 % stacked bar per item: counts per answer value, segment widths proportional to counts,
// each segment labelled with its count when wide enough, and a legend.
struct DistributionRow {
  std::string label;
  std::vector<int> counts;  // one per category; empty (or all zero): `note` is written instead
  std::string note;         // e.g. "skjult: mindst 5 svar kræves"
};
struct DistributionChart {
  std::string id;
  std::string title;
  std::string description;
  std::vector<std::string> categories;  // legend, in order: "1 Slet ikke", ..., "5 Helt", "Ved ikke"
  bool last_is_dont_know = true;        // last category drawn neutral (light grey, outlined)
  std::vector<DistributionRow> rows;
};
// Throws std::invalid_argument if a non-empty row does not have one count per category.
std::string render_distribution_chart(const DistributionChart& chart);

// (c) Values over rounds: one line per series, broken where a value is missing.
struct TrendSeries {
  std::string label;
  std::vector<std::optional<double>> values;  // one per x label
};
struct TrendChart {
  std::string id;
  std::string title;
  std::string description;
  std::vector<std::string> x_labels;  // round names, oldest first
  std::vector<TrendSeries> series;    // 1..4 read best (4 distinct styles, then they repeat)
  double min = 1;
  double max = 5;
  double tick_step = 1;
  int decimals = 1;
  char decimal_point = '.';
  bool value_labels = true;  // print each point's value; only used with a single series
};
// Throws std::invalid_argument if a series does not have one value per x label.
std::string render_trend_chart(const TrendChart& chart);

// Layout constants exposed for tests.
inline constexpr double kChartWidth = 680;
inline constexpr double kDistributionRight = 668;  // right end of the distribution bars

}  // namespace forkant::charts
