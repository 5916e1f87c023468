#include "render/charts/radar_chart.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "render/charts/svg.hpp"

namespace forkant::charts {

namespace {

constexpr double kMax = 5;
constexpr double kLabelGap = 14;
constexpr double kLineHeight = 16;
constexpr double kHeight = 500;
constexpr double kLegendRow = 24;

double angle(std::size_t axis, std::size_t axes) {
  // Axis 0 points up; the others follow clockwise (SVG's y axis points down).
  return -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(axes);
}

std::optional<double> usable(const std::optional<double>& v) {
  if (!v || std::isnan(*v)) return std::nullopt;
  return std::clamp(*v, 0.0, kMax);
}

// One series: a closed, lightly filled polygon when complete; otherwise polylines over runs of adjacent
// present values, broken at missing ones (see the header for why).
void draw_series(SvgWriter& svg, const std::vector<std::optional<double>>& values, const SeriesStyle& style,
                 bool fill) {
  const std::size_t n = values.size();
  std::vector<std::optional<double>> v(n);
  std::transform(values.begin(), values.end(), v.begin(), usable);
  auto pt = [&](std::size_t i) {
    Point p = radar_point(i, n, *v[i]);
    return std::pair{p.x, p.y};
  };
  if (std::all_of(v.begin(), v.end(), [](const auto& x) { return x.has_value(); })) {
    std::vector<std::pair<double, double>> pts;
    for (std::size_t i = 0; i < n; ++i) pts.push_back(pt(i));
    draw_series_line(svg, style, "polygon", points(pts), fill);
  } else {
    // Start just after a missing axis so that every run is contiguous in index order (mod n).
    std::size_t start = 0;
    while (v[start]) ++start;
    std::vector<std::pair<double, double>> run;
    for (std::size_t k = 1; k <= n; ++k) {
      std::size_t i = (start + k) % n;
      if (v[i]) run.push_back(pt(i));
      if (!v[i] || k == n) {
        if (run.size() >= 2) draw_series_line(svg, style, "polyline", points(run));
        run.clear();
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i)
    if (v[i]) draw_marker(svg, style, pt(i).first, pt(i).second);
}

void draw_axis_label(SvgWriter& svg, std::size_t axis, std::size_t axes, const std::string& label,
                     const std::string& missing) {
  const double a = angle(axis, axes);
  const double c = std::cos(a), s = std::sin(a);
  const double x = kRadarCx + (kRadarRadius + kLabelGap) * c;
  const double y = kRadarCy + (kRadarRadius + kLabelGap) * s;
  const std::vector<std::string> lines = wrap_text(label, 16);
  const double n = static_cast<double>(lines.size() + (missing.empty() ? 0 : 1));
  const char* anchor = std::abs(c) < 0.3 ? "middle" : (c > 0 ? "start" : "end");
  double first;  // baseline of the first line
  if (s < -0.3) {
    first = y - (n - 1) * kLineHeight - 2;  // above the point: last line sits on it
  } else if (s > 0.3) {
    first = y + 13;  // below the point
  } else {
    first = y + 5 - (n - 1) * kLineHeight / 2;  // vertically centred
  }
  svg.text_lines(x, first, lines, kLineHeight, {{"text-anchor", anchor}});
  if (!missing.empty()) {
    svg.text(x, first + static_cast<double>(lines.size()) * kLineHeight, missing,
             {{"text-anchor", anchor}, {"font-style", "italic"}, {"fill", std::string(kMuted)}});
  }
}

}  // namespace

Point radar_point(std::size_t axis, std::size_t axes, double value) {
  const double r = kRadarRadius * value / kMax;
  const double a = angle(axis, axes);
  return {kRadarCx + r * std::cos(a), kRadarCy + r * std::sin(a)};
}

std::string render_radar(const RadarChart& chart) {
  const std::size_t n = chart.axis_labels.size();
  if (n < 3 || n > 12) throw std::invalid_argument("radar chart needs 3 to 12 axes");
  if (chart.current.size() != n) throw std::invalid_argument("radar chart: one current value per axis");
  if (!chart.previous.empty() && chart.previous.size() != n)
    throw std::invalid_argument("radar chart: previous must be empty or have one value per axis");

  const SeriesStyle& current = series_style(0);
  const SeriesStyle& previous = series_style(1);
  const bool has_previous = std::any_of(chart.previous.begin(), chart.previous.end(),
                                        [](const auto& v) { return usable(v).has_value(); });
  // The legend names both rounds in full: side by side when they fit, else one a row.
  const double cur_w = 44 + text_width(chart.current_label, 14);
  const double prev_w = has_previous ? 44 + text_width(chart.previous_label, 14) : 0;
  const bool one_row = !has_previous || cur_w + 28 + prev_w <= kRadarWidth - 20;
  const double height = kHeight + (one_row ? 0 : kLegendRow);
  SvgWriter svg(chart.id, kRadarWidth, height, chart.title, chart.description);

  // Grid: one ring per scale step (polygons, so a value on a ring lies exactly on its line), then axes.
  svg.open("g", {{"fill", "none"}, {"stroke", std::string(kGrid)}, {"stroke-width", "1"}});
  for (int ring = 1; ring <= 5; ++ring) {
    std::vector<std::pair<double, double>> pts;
    for (std::size_t i = 0; i < n; ++i) {
      Point p = radar_point(i, n, ring);
      pts.emplace_back(p.x, p.y);
    }
    svg.empty("polygon", {{"points", points(pts)}});
  }
  for (std::size_t i = 0; i < n; ++i) {
    Point p = radar_point(i, n, kMax);
    svg.empty("line", {{"x1", num(kRadarCx)}, {"y1", num(kRadarCy)}, {"x2", num(p.x)}, {"y2", num(p.y)}});
  }
  svg.close("g");

  // Previous first, so the current round is on top where they overlap.
  if (has_previous) draw_series(svg, chart.previous, previous, false);
  draw_series(svg, chart.current, current, true);

  // Ring values next to the upward axis, drawn over the data with a white halo:
  // a small gap in a line costs less than an unreadable scale.
  svg.open("g", {{"font-size", "12"},
                 {"fill", std::string(kMuted)},
                 {"stroke", "#ffffff"},
                 {"stroke-width", "3"},
                 {"paint-order", "stroke"}});
  for (int ring = 1; ring <= 5; ++ring) {
    Point p = radar_point(0, n, ring);
    svg.text(p.x + 8, p.y + 14, std::to_string(ring));  // clear of markers on the axis
  }
  svg.close("g");

  for (std::size_t i = 0; i < n; ++i)
    draw_axis_label(svg, i, n, chart.axis_labels[i], usable(chart.current[i]) ? "" : chart.missing_label);

  // Legend, centred under the chart.
  if (one_row) {
    const double x = std::max(10.0, (kRadarWidth - cur_w - (has_previous ? 28 + prev_w : 0)) / 2);
    legend_entry(svg, current, x, kHeight - 16, chart.current_label);
    if (has_previous) legend_entry(svg, previous, x + cur_w + 28, kHeight - 16, chart.previous_label);
  } else {
    const double x = std::max(10.0, (kRadarWidth - std::max(cur_w, prev_w)) / 2);
    legend_entry(svg, current, x, kHeight - 16, chart.current_label);
    legend_entry(svg, previous, x, kHeight - 16 + kLegendRow, chart.previous_label);
  }
  return svg.finish();
}

}  // namespace forkant::charts
