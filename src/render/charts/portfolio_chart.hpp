#pragma once
// The portfolio's scatter chart: expected value (y, 1..5) against risk (x, 0..4), one numbered marker per
// initiative, readiness as the marker's size and fill (large and filled: ready; half-filled; small and
// hollow: not ready; dashed square: unknown), so that nothing rests on colour alone (WCAG 1.4.1). Each
// marker carries its own <title>; the page prints the same data as a table (the text alternative), whose
// numbers are the markers'. Initiatives in the same cell are set out side by side in a small grid, in
// the order given, so the output is the same for the same input. Pure; texts arrive translated.

#include <string>
#include <vector>

namespace forkant::charts {

enum class ReadinessMarker { unknown, low, medium, high };

struct PortfolioPoint {
  int number = 0;  // printed beside the marker and in the page's table
  int risk = 0;    // 0..4, clamped
  int value = 1;   // 1..5, clamped
  ReadinessMarker readiness = ReadinessMarker::unknown;
  std::string tooltip;  // e.g. "3. Jobmatch med AI: værdi 4, risiko 3, parathed høj"
};

struct PortfolioChart {
  std::string id;
  std::string title;
  std::string description;
  std::string x_title;                        // "Risiko"
  std::string y_title;                        // "Forventet værdi"
  std::vector<std::string> x_labels;          // 5: the risk scores 0..4 in words
  std::vector<std::string> y_labels;          // 5: the values 1..5
  std::string legend_title;                   // "Parathed"
  std::vector<std::string> readiness_labels;  // 4, in ReadinessMarker order
  std::vector<PortfolioPoint> points;
};

// Throws std::invalid_argument unless there are 5 x labels, 5 y labels and 4 readiness labels.
std::string render_portfolio_chart(const PortfolioChart& chart);

}  // namespace forkant::charts
