#pragma once
// The technology radar as an SVG without JavaScript: four quadrants (named by the edition), four rings
// (adopt innermost, hold outermost), one numbered blip per entry. Movement since the edition before is a
// shape, not a colour (WCAG 1.4.1): a second circle around a new blip, a triangle on the side towards the
// centre for moved in, on the outer side for moved out. Each blip carries its own <title>; the page
// prints the same entries as a list and a table (the text alternative), whose numbers are the blips'.
// Blips of one quadrant and ring are spread over the cell in the order given, so the output is the same
// for the same input. Pure; texts arrive translated.

#include <array>
#include <string>
#include <vector>

namespace forkant::charts {

enum class BlipMark { none, new_entry, moved_in, moved_out };

struct TechRadarBlip {
  int number = 0;
  int quadrant = 0;  // 0..3: top left, top right, bottom left, bottom right
  int ring = 0;      // 0..3: adopt .. hold, clamped
  BlipMark mark = BlipMark::none;
  std::string tooltip;  // e.g. "3. Kubernetes: Tag i brug, flyttet ind"
};

struct TechRadarChart {
  std::string id;
  std::string title;
  std::string description;
  std::array<std::string, 4> quadrants;
  std::array<std::string, 4> rings;
  std::array<std::string, 4> marks;  // legend: no change, new, moved in, moved out
  std::vector<TechRadarBlip> blips;
};

std::string render_tech_radar_chart(const TechRadarChart& chart);

}  // namespace forkant::charts
