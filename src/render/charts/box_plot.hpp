#pragma once
// A horizontal box plot, one row per statistic (the peer benchmark, issue 15): a line from the lowest to
// the highest value, a box from the lower to the upper quartile, a stroke at the median, and the
// viewer's own value as a diamond. Pure, like the other charts (svg.hpp); all texts arrive translated.
// The page puts the same figures in a table beside it.

#include <optional>
#include <string>
#include <vector>

namespace forkant::charts {

struct BoxRow {
  std::string label;
  struct Box {
    double min = 0, lower_quartile = 0, median = 0, upper_quartile = 0, max = 0;
  };
  std::optional<Box> box;     // nullopt: `missing_label` is written instead
  std::optional<double> own;  // the viewer's own value, drawn even where the box is missing
};

struct BoxPlot {
  std::string id;
  std::string title;
  std::string description;
  std::vector<BoxRow> rows;
  double min = 1;
  double max = 5;
  double tick_step = 1;
  int tick_decimals = 0;
  char decimal_point = '.';
  std::string missing_label;  // e.g. "Vises ikke"
  std::string own_label;      // the legend's name of the diamond, e.g. "Jeres score"
  std::string box_label;      // the legend's name of the box, e.g. "Midterste halvdel"
};

// Throws std::invalid_argument when max <= min.
std::string render_box_plot(const BoxPlot& chart);

}  // namespace forkant::charts
