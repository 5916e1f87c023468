#include "render/charts/box_plot.hpp"

#include <algorithm>
#include <stdexcept>

#include "render/charts/bar_chart.hpp"
#include "render/charts/svg.hpp"

namespace forkant::charts {
namespace {

constexpr double kMargin = 12;
constexpr double kLineHeight = 16;
constexpr double kRowHeight = 40;

}  // namespace

std::string render_box_plot(const BoxPlot& chart) {
  if (!(chart.max > chart.min)) throw std::invalid_argument("box plot: max must be greater than min");
  std::vector<std::vector<std::string>> labels;
  double widest = 0;
  for (const BoxRow& row : chart.rows) {
    labels.push_back(wrap_text(row.label, 30));
    for (const auto& line : labels.back()) widest = std::max(widest, text_width(line, 14));
  }
  const double x0 = kMargin + std::clamp(widest + 8, 80.0, 260.0) + 8;
  const double x1 = kChartWidth - kMargin - 8;
  const double legend = 28;
  const double top = legend + 8;
  const double bottom = top + kRowHeight * static_cast<double>(chart.rows.size());
  const double height = bottom + 30;
  auto x_of = [&](double v) {
    return x0 + (std::clamp(v, chart.min, chart.max) - chart.min) / (chart.max - chart.min) * (x1 - x0);
  };
  const std::string ink(kInk), blue(kBlue), vermillion(kVermillion), muted(kMuted), grid(kGrid);
  auto diamond = [&](SvgWriter& svg, double x, double y) {
    svg.empty("polygon", {{"points", points({{x, y - 7}, {x + 7, y}, {x, y + 7}, {x - 7, y}})},
                          {"fill", vermillion},
                          {"stroke", "#ffffff"},
                          {"stroke-width", "1.5"}});
  };

  SvgWriter svg(chart.id, kChartWidth, height, chart.title, chart.description);
  // Legend: the box, then the diamond.
  svg.empty("rect", {{"x", num(x0)},
                     {"y", "8"},
                     {"width", "22"},
                     {"height", "12"},
                     {"fill", "#cfe3f1"},
                     {"stroke", blue},
                     {"stroke-width", "1.5"}});
  svg.text(x0 + 28, 19, chart.box_label, {{"font-size", "13"}});
  const double own_x = x0 + 40 + text_width(chart.box_label, 13) + 16;
  diamond(svg, own_x, 14);
  svg.text(own_x + 12, 19, chart.own_label, {{"font-size", "13"}});

  for (double t = chart.min; t <= chart.max + 1e-9; t += chart.tick_step > 0 ? chart.tick_step : chart.max) {
    svg.empty("line", {{"x1", num(x_of(t))},
                       {"y1", num(top)},
                       {"x2", num(x_of(t))},
                       {"y2", num(bottom)},
                       {"stroke", grid},
                       {"stroke-width", "1"},
                       {"stroke-dasharray", "2 3"}});
    svg.text(x_of(t), bottom + 18, display_number(t, chart.tick_decimals, chart.decimal_point),
             {{"text-anchor", "middle"}, {"font-size", "13"}, {"fill", muted}});
  }
  for (std::size_t i = 0; i < chart.rows.size(); ++i) {
    const BoxRow& row = chart.rows[i];
    const double cy = top + kRowHeight * (static_cast<double>(i) + 0.5);
    const auto& lines = labels[i];
    svg.text_lines(kMargin, cy + 5 - static_cast<double>(lines.size() - 1) * kLineHeight / 2, lines,
                   kLineHeight);
    if (row.box) {
      const BoxRow::Box& b = *row.box;
      svg.empty("line", {{"x1", num(x_of(b.min))},
                         {"y1", num(cy)},
                         {"x2", num(x_of(b.max))},
                         {"y2", num(cy)},
                         {"stroke", ink},
                         {"stroke-width", "1.5"}});
      for (double end : {b.min, b.max}) {
        svg.empty("line", {{"x1", num(x_of(end))},
                           {"y1", num(cy - 6)},
                           {"x2", num(x_of(end))},
                           {"y2", num(cy + 6)},
                           {"stroke", ink},
                           {"stroke-width", "1.5"}});
      }
      svg.empty("rect", {{"x", num(x_of(b.lower_quartile))},
                         {"y", num(cy - 10)},
                         {"width", num(std::max(x_of(b.upper_quartile) - x_of(b.lower_quartile), 2.0))},
                         {"height", "20"},
                         {"fill", "#cfe3f1"},
                         {"stroke", blue},
                         {"stroke-width", "1.5"}});
      svg.empty("line", {{"x1", num(x_of(b.median))},
                         {"y1", num(cy - 10)},
                         {"x2", num(x_of(b.median))},
                         {"y2", num(cy + 10)},
                         {"stroke", ink},
                         {"stroke-width", "3"}});
    } else {
      svg.text(x0 + 6, cy + 5, chart.missing_label, {{"fill", muted}, {"font-style", "italic"}});
    }
    if (row.own) diamond(svg, x_of(*row.own), cy);
  }
  svg.empty("line", {{"x1", num(x0)},
                     {"y1", num(top)},
                     {"x2", num(x0)},
                     {"y2", num(bottom)},
                     {"stroke", muted},
                     {"stroke-width", "1.5"}});
  return svg.finish();
}

}  // namespace forkant::charts
