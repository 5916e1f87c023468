#pragma once
// Radar (spider) chart of 3..12 dimensions on the 1-5 scale, current round with an optional previous
// round overlaid.
//
// Rendering choices (documented because a radar chart is easy to misread):
// - The centre is 0 and the rings are 1..5, so the radius is proportional to the score and a score of 1
//   still has its own vertex instead of collapsing into the centre.
// - Current round: solid blue line, filled circle markers. Previous round: dashed vermillion line,
//   hollow square markers. Line pattern and marker shape tell them apart without colour (print, colour
//   blindness); a legend names both.
// - A missing value (suppressed for anonymity, or no score) draws no vertex. The line is broken on both
//   sides of that axis rather than connected across it: a chord across the gap would show an invented,
//   lower value on that axis. Present values are always drawn as markers, so an isolated value between
//   two missing ones is still visible. The shape is filled only when it is complete. The optional
//   `missing_label` is printed under the axis label where the current value is missing.
// - Values are clamped to [0, 5]; NaN counts as missing.

#include <optional>
#include <string>
#include <vector>

namespace forkant::charts {

struct RadarChart {
  std::string id;  // unique on the page; [A-Za-z0-9_-] (other characters become '-')
  std::string title;
  std::string description;                      // text alternative; the caller also renders a data table
  std::vector<std::string> axis_labels;         // "1 Formål", ... clockwise from the top
  std::vector<std::optional<double>> current;   // one per axis
  std::vector<std::optional<double>> previous;  // empty, or one per axis
  std::string current_label;                    // legend, e.g. "Runde 2026"
  std::string previous_label;                   // legend, e.g. "Runde 2025"
  std::string missing_label;                    // optional, e.g. "ingen score"
};

// Throws std::invalid_argument unless 3 <= axes <= 12, current has one value per axis and previous is
// empty or has one value per axis.
std::string render_radar(const RadarChart& chart);

// Geometry, exposed for tests and for callers that place annotations: the point for `value` on `axis`
// of `axes`, in viewBox coordinates.
struct Point {
  double x;
  double y;
};
inline constexpr double kRadarWidth = 680;
inline constexpr double kRadarCx = 340;
inline constexpr double kRadarCy = 232;
inline constexpr double kRadarRadius = 170;  // radius of the ring for 5
Point radar_point(std::size_t axis, std::size_t axes, double value);

}  // namespace forkant::charts
