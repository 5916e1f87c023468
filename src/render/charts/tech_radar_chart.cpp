#include "render/charts/tech_radar_chart.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <utility>

#include "render/charts/svg.hpp"

namespace forkant::charts {
namespace {

constexpr double kSize = 640;
constexpr double kCx = 320;
constexpr double kCy = 340;  // room above for the top quadrants' names
constexpr std::array<double, 5> kRadius{0, 110, 185, 245, 290};
constexpr double kBlip = 10;

std::string_view quadrant_colour(int q) {
  static constexpr std::array<std::string_view, 4> kColours{kBlue, kGreen, kVermillion, kPurple};
  return kColours[static_cast<std::size_t>(std::clamp(q, 0, 3))];
}

// The angle range of a quadrant, in radians, SVG's y pointing down: 0 top left, 1 top right, 2 bottom
// left, 3 bottom right.
std::pair<double, double> quadrant_angles(int q) {
  const double pi = std::numbers::pi;
  switch (q) {
    case 0:
      return {pi, 1.5 * pi};
    case 1:
      return {1.5 * pi, 2 * pi};
    case 2:
      return {0.5 * pi, pi};
    default:
      return {0, 0.5 * pi};
  }
}

void triangle(SvgWriter& svg, double x, double y, double towards_x, double towards_y,
              std::string_view colour) {
  // A small triangle beside the blip, pointing along (towards_x, towards_y).
  const double len = std::hypot(towards_x, towards_y);
  if (len == 0) return;
  const double ux = towards_x / len;
  const double uy = towards_y / len;
  const double tip_x = x + ux * (kBlip + 9);
  const double tip_y = y + uy * (kBlip + 9);
  const double base_x = x + ux * (kBlip + 2);
  const double base_y = y + uy * (kBlip + 2);
  svg.empty(
      "polygon",
      {{"points",
        points({{tip_x, tip_y}, {base_x - uy * 5, base_y + ux * 5}, {base_x + uy * 5, base_y - ux * 5}})},
       {"fill", std::string(colour)}});
}

}  // namespace

std::string render_tech_radar_chart(const TechRadarChart& chart) {
  const double legend_top = kCy + kRadius[4] + 24;
  SvgWriter svg(chart.id, kSize, legend_top + 40, chart.title, chart.description);
  // Rings, outermost first so that the inner ones are drawn on top.
  for (int r = 3; r >= 0; --r) {
    svg.empty("circle", {{"cx", num(kCx)},
                         {"cy", num(kCy)},
                         {"r", num(kRadius[static_cast<std::size_t>(r) + 1])},
                         {"fill", r % 2 == 0 ? "#f3f5f7" : "#ffffff"},
                         {"stroke", std::string(kGrid)},
                         {"stroke-width", "1"}});
  }
  svg.empty("line", {{"x1", num(kCx - kRadius[4])},
                     {"y1", num(kCy)},
                     {"x2", num(kCx + kRadius[4])},
                     {"y2", num(kCy)},
                     {"stroke", std::string(kMuted)},
                     {"stroke-width", "1.5"}});
  svg.empty("line", {{"x1", num(kCx)},
                     {"y1", num(kCy - kRadius[4])},
                     {"x2", num(kCx)},
                     {"y2", num(kCy + kRadius[4])},
                     {"stroke", std::string(kMuted)},
                     {"stroke-width", "1.5"}});
  // Ring names along the horizontal axis, right of the centre.
  for (int r = 0; r < 4; ++r) {
    const double x =
        kCx + (kRadius[static_cast<std::size_t>(r)] + kRadius[static_cast<std::size_t>(r) + 1]) / 2;
    svg.text(x, kCy - 4, chart.rings[static_cast<std::size_t>(r)],
             {{"text-anchor", "middle"}, {"font-size", "11"}, {"fill", std::string(kMuted)}});
  }
  // Quadrant names in the corners.
  const std::array<std::pair<double, double>, 4> corners{
      {{8, 22}, {kSize - 8, 22}, {8, kCy + kRadius[4] + 6}, {kSize - 8, kCy + kRadius[4] + 6}}};
  for (int q = 0; q < 4; ++q) {
    const auto [x, y] = corners[static_cast<std::size_t>(q)];
    svg.text(x, y, chart.quadrants[static_cast<std::size_t>(q)],
             {{"text-anchor", q % 2 == 0 ? "start" : "end"},
              {"font-size", "15"},
              {"font-weight", "bold"},
              {"fill", std::string(quadrant_colour(q))}});
  }
  // Blips: each quadrant-and-ring cell spreads its blips over its angle and, when many, two radii.
  std::map<std::pair<int, int>, std::vector<const TechRadarBlip*>> cells;
  for (const TechRadarBlip& b : chart.blips) {
    cells[{std::clamp(b.quadrant, 0, 3), std::clamp(b.ring, 0, 3)}].push_back(&b);
  }
  for (const auto& [cell, blips] : cells) {
    const auto [q, r] = cell;
    const auto [from, to] = quadrant_angles(q);
    const double inner = kRadius[static_cast<std::size_t>(r)];
    const double outer = kRadius[static_cast<std::size_t>(r) + 1];
    const std::size_t n = blips.size();
    const std::size_t lanes = r == 0 ? 3 : 2;
    for (std::size_t i = 0; i < n; ++i) {
      const TechRadarBlip& b = *blips[i];
      const double share = (static_cast<double>(i) + 0.5) / static_cast<double>(n);
      const double angle = from + 0.08 + share * (to - from - 0.16);
      const std::size_t lane = i % lanes;
      const double radius =
          inner + (outer - inner) * (static_cast<double>(lane) + 1) / (static_cast<double>(lanes) + 1) +
          (r == 0 ? 12 : 0);
      const double x = kCx + radius * std::cos(angle);
      const double y = kCy + radius * std::sin(angle);
      const std::string colour(quadrant_colour(q));
      svg.open("g", {{"class", "radar-blip"}});
      svg.tooltip(b.tooltip);
      if (b.mark == BlipMark::new_entry) {
        svg.empty("circle", {{"cx", num(x)},
                             {"cy", num(y)},
                             {"r", num(kBlip + 4)},
                             {"fill", "none"},
                             {"stroke", colour},
                             {"stroke-width", "2"}});
      } else if (b.mark == BlipMark::moved_in) {
        triangle(svg, x, y, kCx - x, kCy - y, colour);
      } else if (b.mark == BlipMark::moved_out) {
        triangle(svg, x, y, x - kCx, y - kCy, colour);
      }
      svg.empty("circle", {{"cx", num(x)}, {"cy", num(y)}, {"r", num(kBlip)}, {"fill", colour}});
      svg.text(
          x, y + 4, std::to_string(b.number),
          {{"text-anchor", "middle"}, {"font-size", "11"}, {"font-weight", "bold"}, {"fill", "#ffffff"}});
      svg.close("g");
    }
  }
  // The legend: the movement shapes with their names.
  double x = 16;
  const double y = legend_top + 16;
  for (int m = 0; m < 4; ++m) {
    const std::string colour(kInk);
    const double cx = x + kBlip;
    if (m == 1) {
      svg.empty("circle", {{"cx", num(cx)},
                           {"cy", num(y)},
                           {"r", num(kBlip + 4)},
                           {"fill", "none"},
                           {"stroke", colour},
                           {"stroke-width", "2"}});
    } else if (m == 2) {
      triangle(svg, cx, y, -1, 0, colour);
    } else if (m == 3) {
      triangle(svg, cx, y, 1, 0, colour);
    }
    svg.empty("circle", {{"cx", num(cx)}, {"cy", num(y)}, {"r", num(kBlip)}, {"fill", std::string(kMuted)}});
    const double label_x = cx + kBlip + (m == 3 ? 24 : 12);
    const std::string& label = chart.marks[static_cast<std::size_t>(m)];
    svg.text(label_x, y + 5, label, {{"font-size", "13"}, {"fill", colour}});
    x = label_x + text_width(label, 13) + 28 + (m == 1 ? 4 : 0);
  }
  return svg.finish();
}

}  // namespace forkant::charts
