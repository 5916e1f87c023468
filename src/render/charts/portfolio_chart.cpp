#include "render/charts/portfolio_chart.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <utility>

#include "render/charts/svg.hpp"

namespace forkant::charts {

namespace {

constexpr double kWidth = 680;
constexpr double kLeft = 92;  // the y axis: its title (rotated) and its labels to the left
constexpr double kRight = 668;
constexpr double kTop = 12;
constexpr double kBottom = 432;  // 5 value bands of 84
constexpr int kRiskBands = 5;
constexpr int kValueBands = 5;
constexpr double kSpacing = 22;  // between markers sharing a cell

double band_width() {
  return (kRight - kLeft) / kRiskBands;
}
double band_height() {
  return (kBottom - kTop) / kValueBands;
}
double x_centre(int risk) {
  return kLeft + (std::clamp(risk, 0, 4) + 0.5) * band_width();
}
double y_centre(int value) {
  return kBottom - (std::clamp(value, 1, 5) - 0.5) * band_height();
}

// The readiness marker at (x, y): size and fill tell the bands apart, in one colour.
void readiness_marker(SvgWriter& svg, ReadinessMarker readiness, double x, double y) {
  const std::string blue(kBlue);
  switch (readiness) {
    case ReadinessMarker::high:
      svg.empty("circle", {{"cx", num(x)},
                           {"cy", num(y)},
                           {"r", "8"},
                           {"fill", blue},
                           {"stroke", std::string(kInk)},
                           {"stroke-width", "1.5"}});
      break;
    case ReadinessMarker::medium:
      // A white disc with its lower half filled: half ready.
      svg.empty("circle", {{"cx", num(x)},
                           {"cy", num(y)},
                           {"r", "7"},
                           {"fill", "#ffffff"},
                           {"stroke", blue},
                           {"stroke-width", "2"}});
      svg.empty("path",
                {{"d", "M" + num(x - 7) + "," + num(y) + "A7,7 0 0 0 " + num(x + 7) + "," + num(y) + "Z"},
                 {"fill", blue}});
      break;
    case ReadinessMarker::low:
      svg.empty("circle", {{"cx", num(x)},
                           {"cy", num(y)},
                           {"r", "5"},
                           {"fill", "#ffffff"},
                           {"stroke", blue},
                           {"stroke-width", "2.5"}});
      break;
    case ReadinessMarker::unknown:
      svg.empty("rect", {{"x", num(x - 5.5)},
                         {"y", num(y - 5.5)},
                         {"width", "11"},
                         {"height", "11"},
                         {"fill", "#ffffff"},
                         {"stroke", std::string(kMuted)},
                         {"stroke-width", "2"},
                         {"stroke-dasharray", "3 2"}});
      break;
  }
}

// Offsets of the k-th of n markers in one cell: a grid about as wide as tall, centred, in reading order.
std::pair<double, double> cell_offset(std::size_t k, std::size_t n) {
  const auto cols = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(n))));
  const std::size_t rows = (n + cols - 1) / cols;
  const double spacing = std::min(kSpacing, std::min(band_width() / static_cast<double>(cols + 1),
                                                     band_height() / static_cast<double>(rows + 1)));
  const double col = static_cast<double>(k % cols) - static_cast<double>(cols - 1) / 2.0;
  const std::size_t grid_row = k / cols;  // whole rows before this marker
  const double row = static_cast<double>(grid_row) - static_cast<double>(rows - 1) / 2.0;
  return {col * spacing, row * spacing};
}

void axes(SvgWriter& svg, const PortfolioChart& chart) {
  for (int i = 0; i <= kRiskBands; ++i) {
    const double x = kLeft + i * band_width();
    svg.empty("line", {{"x1", num(x)},
                       {"y1", num(kTop)},
                       {"x2", num(x)},
                       {"y2", num(kBottom)},
                       {"stroke", std::string(i == 0 ? kMuted : kGrid)},
                       {"stroke-width", i == 0 ? "1.5" : "1"}});
  }
  for (int i = 0; i <= kValueBands; ++i) {
    const double y = kBottom - i * band_height();
    svg.empty("line", {{"x1", num(kLeft)},
                       {"y1", num(y)},
                       {"x2", num(kRight)},
                       {"y2", num(y)},
                       {"stroke", std::string(i == 0 ? kMuted : kGrid)},
                       {"stroke-width", i == 0 ? "1.5" : "1"}});
  }
  const auto max_chars = static_cast<std::size_t>(band_width() / (13 * 0.56));
  for (int r = 0; r < kRiskBands; ++r) {
    svg.text_lines(x_centre(r), kBottom + 20,
                   wrap_text(chart.x_labels[static_cast<std::size_t>(r)], max_chars), 16,
                   {{"text-anchor", "middle"}, {"font-size", "13"}, {"fill", std::string(kMuted)}});
  }
  for (int v = 1; v <= kValueBands; ++v) {
    svg.text(kLeft - 8, y_centre(v) + 5, chart.y_labels[static_cast<std::size_t>(v - 1)],
             {{"text-anchor", "end"}, {"font-size", "13"}, {"fill", std::string(kMuted)}});
  }
  svg.text((kLeft + kRight) / 2, kBottom + 64, chart.x_title,
           {{"text-anchor", "middle"}, {"font-weight", "bold"}});
  const double mid = (kTop + kBottom) / 2;
  svg.text(
      20, mid, chart.y_title,
      {{"text-anchor", "middle"}, {"font-weight", "bold"}, {"transform", "rotate(-90 20 " + num(mid) + ")"}});
}

constexpr ReadinessMarker kLegendOrder[] = {ReadinessMarker::high, ReadinessMarker::medium,
                                            ReadinessMarker::low, ReadinessMarker::unknown};

// Where each legend entry goes (in kLegendOrder), flowing left to right and wrapping; measured before
// drawing because it sets the chart's height.
std::vector<std::pair<double, double>> legend_places(const PortfolioChart& chart, double y) {
  std::vector<std::pair<double, double>> out;
  double x = kLeft + text_width(chart.legend_title, 14) + 16;
  for (const auto band : kLegendOrder) {
    const double w = 22 + text_width(chart.readiness_labels[static_cast<std::size_t>(band)], 14) + 16;
    if (x + w > kWidth - 12) {
      x = kLeft;
      y += 24;
    }
    out.emplace_back(x, y);
    x += w;
  }
  return out;
}

void legend(SvgWriter& svg, const PortfolioChart& chart,
            const std::vector<std::pair<double, double>>& places) {
  svg.text(kLeft, places.front().second, chart.legend_title, {{"font-weight", "bold"}});
  for (std::size_t i = 0; i < places.size(); ++i) {
    const auto [x, y] = places[i];
    readiness_marker(svg, kLegendOrder[i], x + 8, y - 5);
    svg.text(x + 22, y, chart.readiness_labels[static_cast<std::size_t>(kLegendOrder[i])]);
  }
}

}  // namespace

std::string render_portfolio_chart(const PortfolioChart& chart) {
  if (chart.x_labels.size() != kRiskBands || chart.y_labels.size() != kValueBands ||
      chart.readiness_labels.size() != 4)
    throw std::invalid_argument("portfolio chart: 5 x labels, 5 y labels and 4 readiness labels");
  const auto places = legend_places(chart, kBottom + 96);
  SvgWriter svg(chart.id, kWidth, places.back().second + 16, chart.title, chart.description);
  axes(svg, chart);

  std::map<std::pair<int, int>, std::vector<const PortfolioPoint*>> cells;
  for (const auto& point : chart.points)
    cells[{std::clamp(point.risk, 0, 4), std::clamp(point.value, 1, 5)}].push_back(&point);
  for (const auto& [cell, points] : cells) {
    for (std::size_t k = 0; k < points.size(); ++k) {
      const auto [dx, dy] = cell_offset(k, points.size());
      const double x = x_centre(cell.first) + dx, y = y_centre(cell.second) + dy;
      svg.open("g", {{"class", "portfolio-point"}});
      svg.tooltip(points[k]->tooltip);
      readiness_marker(svg, points[k]->readiness, x, y);
      svg.text(
          x + 9, y - 7, std::to_string(points[k]->number),
          {{"font-size", "12"}, {"stroke", "#ffffff"}, {"stroke-width", "3"}, {"paint-order", "stroke"}});
      svg.close("g");
    }
  }
  legend(svg, chart, places);
  return svg.finish();
}

}  // namespace forkant::charts
