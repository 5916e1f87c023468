#include "render/charts/bar_chart.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "render/charts/svg.hpp"

namespace forkant::charts {

namespace {

// The legend sets two entries a row: entry s stands in row s / 2.
std::size_t legend_row(std::size_t s) {
  return s / 2;
}

constexpr double kW = kChartWidth;
constexpr double kMargin = 12;
constexpr double kLineHeight = 16;

// Row labels on the left, wrapped to two lines; the column is as wide as the longest line needs.
struct LabelColumn {
  std::vector<std::vector<std::string>> lines;
  double width = 0;
  double row_height = 34;
};

template <class Row>
LabelColumn label_column(const std::vector<Row>& rows) {
  LabelColumn col;
  double widest = 0;
  for (const Row& row : rows) {
    col.lines.push_back(wrap_text(row.label, 28));
    for (const auto& line : col.lines.back()) widest = std::max(widest, text_width(line, 14));
    // Every row as tall as the label with the most lines needs (one line: 34, two: 44, ...).
    const auto n = static_cast<double>(col.lines.back().size());
    col.row_height = std::max(col.row_height, 12 + kLineHeight * n);
  }
  col.width = std::clamp(widest + 8, 80.0, 250.0);
  return col;
}

void row_label(SvgWriter& svg, const LabelColumn& col, std::size_t row, double centre_y) {
  const auto& lines = col.lines[row];
  const double first = centre_y + 5 - static_cast<double>(lines.size() - 1) * kLineHeight / 2;
  svg.text_lines(kMargin, first, lines, kLineHeight);
}

// Ticks from min to max; a bad step falls back to the two ends rather than looping for ever.
std::vector<double> ticks(double min, double max, double step) {
  if (!(step > 0) || (max - min) / step > 50) return {min, max};
  std::vector<double> out;
  for (int i = 0; min + i * step <= max + 1e-9; ++i) out.push_back(min + i * step);
  return out;
}

int tick_decimals(double step, int decimals) {
  return std::floor(step) == step ? 0 : decimals;
}

void check_domain(double min, double max) {
  if (!(max > min)) throw std::invalid_argument("chart axis: max must be greater than min");
}

// Scale colours for ordered answers, low (vermillion) through neutral grey to high (blue): diverging,
// colour-blind safe, and each >= 4.5:1 against white so white count labels stay readable.
constexpr std::string_view kScale[] = {"#8F3A00", "#BF5200", "#5F6B78", "#0072B2", "#004A75"};
constexpr std::string_view kDontKnowFill = "#e4e7eb";

std::string_view scale_colour(std::size_t i, std::size_t k) {
  if (k <= 1) return kScale[2];
  return kScale[static_cast<std::size_t>(
      std::lround(static_cast<double>(i) * 4.0 / static_cast<double>(k - 1)))];
}

}  // namespace

std::string render_bar_chart(const BarChart& chart) {
  check_domain(chart.min, chart.max);
  const LabelColumn col = label_column(chart.bars);
  const double x0 = kMargin + col.width + 8;
  const double x1 = kW - kMargin - 60;  // value column on the right
  const double top = 8;
  const double bottom = top + col.row_height * static_cast<double>(chart.bars.size());
  const double height = bottom + 30;
  auto x_of = [&](double v) {
    return x0 + (std::clamp(v, chart.min, chart.max) - chart.min) / (chart.max - chart.min) * (x1 - x0);
  };

  SvgWriter svg(chart.id, kW, height, chart.title, chart.description);
  const int tdec = tick_decimals(chart.tick_step, chart.decimals);
  for (double t : ticks(chart.min, chart.max, chart.tick_step)) {
    svg.empty("line", {{"x1", num(x_of(t))},
                       {"y1", num(top)},
                       {"x2", num(x_of(t))},
                       {"y2", num(bottom)},
                       {"stroke", std::string(kGrid)},
                       {"stroke-width", "1"}});
    svg.text(x_of(t), bottom + 18, display_number(t, tdec, chart.decimal_point),
             {{"text-anchor", "middle"}, {"font-size", "13"}, {"fill", std::string(kMuted)}});
  }

  for (std::size_t i = 0; i < chart.bars.size(); ++i) {
    const Bar& bar = chart.bars[i];
    const double cy = top + col.row_height * (static_cast<double>(i) + 0.5);
    row_label(svg, col, i, cy);
    if (!bar.value || std::isnan(*bar.value)) {
      svg.text(x0 + 6, cy + 5, chart.missing_label,
               {{"fill", std::string(kMuted)}, {"font-style", "italic"}});
      continue;
    }
    const double v = *bar.value;
    // A value at the bottom of the scale still gets a visible sliver, so it does not read as missing.
    svg.empty("rect", {{"x", num(x0)},
                       {"y", num(cy - 10)},
                       {"width", num(std::max(x_of(v) - x0, 2.0))},
                       {"height", "20"},
                       {"fill", std::string(kBlue)}});
    if (bar.sd && *bar.sd > 0) {
      const double lo = x_of(v - *bar.sd), hi = x_of(v + *bar.sd);
      const std::string path = "M" + num(lo) + "," + num(cy) + "H" + num(hi) + "M" + num(lo) + "," +
                               num(cy - 6) + "V" + num(cy + 6) + "M" + num(hi) + "," + num(cy - 6) + "V" +
                               num(cy + 6);
      // White halo first so the dark whisker stays visible over the blue bar.
      svg.empty("path", {{"d", path}, {"fill", "none"}, {"stroke", "#ffffff"}, {"stroke-width", "3.5"}});
      svg.empty("path",
                {{"d", path}, {"fill", "none"}, {"stroke", std::string(kInk)}, {"stroke-width", "1.5"}});
    }
    svg.text(x1 + 8, cy + 5, display_number(v, chart.decimals, chart.decimal_point));
  }
  svg.empty("line", {{"x1", num(x0)},
                     {"y1", num(top)},
                     {"x2", num(x0)},
                     {"y2", num(bottom)},
                     {"stroke", std::string(kMuted)},
                     {"stroke-width", "1.5"}});
  return svg.finish();
}

std::string render_distribution_chart(const DistributionChart& chart) {
  const std::size_t k = chart.categories.size();
  for (const auto& row : chart.rows) {
    if (!row.counts.empty() && row.counts.size() != k)
      throw std::invalid_argument("distribution chart: one count per category");
  }
  const std::size_t scale_k = chart.last_is_dont_know && k > 0 ? k - 1 : k;

  const LabelColumn col = label_column(chart.rows);
  const double x0 = kMargin + col.width + 8;
  const double x1 = kDistributionRight;
  const double top = 8;
  const double bottom = top + col.row_height * static_cast<double>(chart.rows.size());

  // Legend entries flow left to right and wrap; measured first because they set the height.
  struct Entry {
    double x, y;
  };
  std::vector<Entry> legend;
  double lx = kMargin, ly = bottom + 24;
  for (const auto& cat : chart.categories) {
    const double w = 20 + text_width(cat, 14) + 18;
    if (lx + w > kW - kMargin && lx > kMargin) lx = kMargin, ly += 24;
    legend.push_back({lx, ly});
    lx += w;
  }
  const double height = (legend.empty() ? bottom : ly) + 12;

  SvgWriter svg(chart.id, kW, height, chart.title, chart.description);
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const DistributionRow& row = chart.rows[r];
    const double cy = top + col.row_height * (static_cast<double>(r) + 0.5);
    row_label(svg, col, r, cy);
    long total = 0;
    for (int c : row.counts) total += std::max(c, 0);
    if (total == 0) {
      svg.text(x0 + 6, cy + 5, row.note, {{"fill", std::string(kMuted)}, {"font-style", "italic"}});
      continue;
    }
    long before = 0;
    for (std::size_t i = 0; i < k; ++i) {
      const int c = std::max(row.counts[i], 0);
      if (c == 0) continue;
      const double sx = x0 + (x1 - x0) * static_cast<double>(before) / static_cast<double>(total);
      const double w = (x1 - x0) * static_cast<double>(c) / static_cast<double>(total);
      before += c;
      const bool dont_know = i >= scale_k;
      // White outlines separate adjacent segments (WCAG 1.4.11 between neighbours, not just vs white).
      svg.empty("rect", {{"x", num(sx)},
                         {"y", num(cy - 12)},
                         {"width", num(w)},
                         {"height", "24"},
                         {"fill", std::string(dont_know ? kDontKnowFill : scale_colour(i, scale_k))},
                         {"stroke", std::string(dont_know ? kMuted : "#ffffff")},
                         {"stroke-width", "1"}});
      const std::string label = std::to_string(c);
      if (w >= text_width(label, 13) + 8) {
        svg.text(sx + w / 2, cy + 5, label,
                 {{"text-anchor", "middle"},
                  {"font-size", "13"},
                  {"fill", std::string(dont_know ? kInk : "#ffffff")}});
      }
    }
  }
  for (std::size_t i = 0; i < k; ++i) {
    const bool dont_know = i >= scale_k;
    svg.empty("rect", {{"x", num(legend[i].x)},
                       {"y", num(legend[i].y - 12)},
                       {"width", "14"},
                       {"height", "14"},
                       {"fill", std::string(dont_know ? kDontKnowFill : scale_colour(i, scale_k))},
                       {"stroke", std::string(dont_know ? kMuted : scale_colour(i, scale_k))},
                       {"stroke-width", "1"}});
    svg.text(legend[i].x + 20, legend[i].y, chart.categories[i]);
  }
  return svg.finish();
}

std::string render_trend_chart(const TrendChart& chart) {
  check_domain(chart.min, chart.max);
  const std::size_t n = chart.x_labels.size();
  if (n == 0) throw std::invalid_argument("trend chart: at least one x label");
  for (const auto& s : chart.series)
    if (s.values.size() != n) throw std::invalid_argument("trend chart: one value per x label");

  const double left = 48, right = kW - 24, top = 28, bottom = 220;
  const double step = (right - left) / static_cast<double>(n);
  auto x_of = [&](std::size_t i) { return left + (static_cast<double>(i) + 0.5) * step; };
  auto y_of = [&](double v) {
    return bottom -
           (std::clamp(v, chart.min, chart.max) - chart.min) / (chart.max - chart.min) * (bottom - top);
  };
  const bool multi = chart.series.size() > 1;
  const auto max_chars = static_cast<std::size_t>(std::max(6.0, step / (14 * 0.56)));
  std::vector<std::vector<std::string>> x_lines;
  std::size_t most_lines = 2;
  for (const auto& label : chart.x_labels) {
    x_lines.push_back(wrap_text(label, max_chars));
    most_lines = std::max(most_lines, x_lines.back().size());
  }
  double height = bottom + 24 + static_cast<double>(most_lines) * kLineHeight;
  const double legend_y = height + 6;
  const std::size_t legend_rows = (chart.series.size() + 1) / 2;  // two entries a row
  if (multi) height += 10 + 24 * static_cast<double>(legend_rows);

  SvgWriter svg(chart.id, kW, height, chart.title, chart.description);
  const int tdec = tick_decimals(chart.tick_step, chart.decimals);
  for (double t : ticks(chart.min, chart.max, chart.tick_step)) {
    svg.empty("line", {{"x1", num(left)},
                       {"y1", num(y_of(t))},
                       {"x2", num(right)},
                       {"y2", num(y_of(t))},
                       {"stroke", std::string(kGrid)},
                       {"stroke-width", "1"}});
    svg.text(left - 8, y_of(t) + 5, display_number(t, tdec, chart.decimal_point),
             {{"text-anchor", "end"}, {"font-size", "13"}, {"fill", std::string(kMuted)}});
  }
  for (std::size_t i = 0; i < n; ++i) {
    svg.text_lines(x_of(i), bottom + 24, x_lines[i], kLineHeight, {{"text-anchor", "middle"}});
  }

  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const SeriesStyle& style = series_style(s);
    const auto& values = chart.series[s].values;
    auto present = [&](std::size_t i) { return values[i] && !std::isnan(*values[i]); };
    // A missing round breaks the line: joining across it would suggest a value nobody measured.
    std::vector<std::pair<double, double>> run;
    for (std::size_t i = 0; i <= n; ++i) {
      if (i < n && present(i)) {
        run.emplace_back(x_of(i), y_of(*values[i]));
        continue;
      }
      if (run.size() >= 2) draw_series_line(svg, style, "polyline", points(run));
      run.clear();
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (!present(i)) continue;
      draw_marker(svg, style, x_of(i), y_of(*values[i]));
      if (!multi && chart.value_labels) {
        svg.text(x_of(i), y_of(*values[i]) - 11,
                 display_number(*values[i], chart.decimals, chart.decimal_point),
                 {{"text-anchor", "middle"},
                  {"stroke", "#ffffff"},
                  {"stroke-width", "3"},
                  {"paint-order", "stroke"}});
      }
    }
  }
  if (multi) {
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      legend_entry(svg, series_style(s), s % 2 == 0 ? left : (left + right) / 2,
                   legend_y + 24 * static_cast<double>(legend_row(s)), chart.series[s].label);
    }
  }
  return svg.finish();
}

}  // namespace forkant::charts
