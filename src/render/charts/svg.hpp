#pragma once
// Small building blocks shared by the SVG chart generators: escaping, number formatting, an element
// writer, the palette. Everything here is pure (no I/O) so the charts can be unit-tested as strings.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace forkant::charts {

// Palette. Every colour used for a graphical object has >= 3:1 contrast against white (WCAG 1.4.11);
// the dark fills also carry white count labels, so they have >= 4.5:1 against white text (WCAG 1.4.3).
// Hues follow Okabe-Ito (blue vs vermillion), which stays distinguishable with colour-vision deficiencies.
inline constexpr std::string_view kBlue = "#0072B2";        // 5.1:1
inline constexpr std::string_view kVermillion = "#BF5200";  // 4.8:1 (Okabe-Ito #D55E00 darkened for text)
inline constexpr std::string_view kGreen = "#007A5A";       // 5.3:1
inline constexpr std::string_view kPurple = "#9E4F7D";      // 5.6:1
inline constexpr std::string_view kInk = "#1f2933";         // text, 14.5:1
inline constexpr std::string_view kMuted = "#4a5360";       // secondary text and axes, 7.6:1
inline constexpr std::string_view kGrid = "#8a939e";        // grid lines, 3.1:1

// Escapes text for XML character data and attribute values (& < > " ').
std::string xml_escape(std::string_view text);

// Coordinate formatting: fixed, one decimal, '.' regardless of the global locale; -0.0 -> "0.0".
std::string num(double v);

// A value for people to read, with `decimals` decimals and the given decimal mark (',' in Danish).
std::string display_number(double v, int decimals, char decimal_point);

// Ids end up in id="" and in the space-separated aria-labelledby list: keep [A-Za-z0-9_-] only.
std::string sanitize_id(std::string_view id);

// Rough rendered width of `text` at `font_size` in a proportional sans-serif font.
double text_width(std::string_view text, double font_size);

// Breaks text at spaces into lines of about `max_chars` code points, as many as it takes: a label is
// never cut (a word longer than a line keeps its own line, whole). Never splits a UTF-8 sequence.
std::vector<std::string> wrap_text(std::string_view text, std::size_t max_chars);

// Attribute list: values are escaped by the writer, so user text may be passed directly.
using Attrs = std::initializer_list<std::pair<std::string_view, std::string>>;

// Builds one <svg> document. The root carries role="img", <title>/<desc> for the text alternative and
// aria-labelledby pointing at them; the viewBox gives the proportions and width="100%" the size: the chart
// takes the width of its box (no fixed pixel width), its height follows.
class SvgWriter {
 public:
  SvgWriter(std::string_view id, double width, double height, std::string_view title, std::string_view desc);

  void open(std::string_view tag, Attrs attrs = {});
  void close(std::string_view tag);
  void empty(std::string_view tag, Attrs attrs);  // self-closing element
  void text(double x, double y, std::string_view content, Attrs attrs = {});
  // Multi-line text: one <tspan> per line, `line_height` apart, the first baseline at y.
  void text_lines(double x, double y, const std::vector<std::string>& lines, double line_height,
                  Attrs attrs = {});

  // A <title> child of the element just opened: the name a pointer's tooltip and a screen reader give it.
  void tooltip(std::string_view content);

  const std::string& id() const { return id_; }
  std::string finish();  // closes <svg> and returns the document

 private:
  void attrs(Attrs list);
  std::string id_;
  std::string out_;
};

// "x1,y1 x2,y2 ..." for polygon/polyline points.
std::string points(const std::vector<std::pair<double, double>>& pts);

// Line series are told apart by colour, dash pattern and marker shape together, so they survive
// black-and-white printing and colour-vision deficiencies.
enum class Marker { circle, square, triangle, diamond };
struct SeriesStyle {
  std::string_view colour;
  std::string_view dash;  // stroke-dasharray; empty = solid
  Marker marker;
  bool hollow;  // white-filled marker with a coloured outline
};
// 0: blue solid, filled circles; 1: vermillion dashed, hollow squares; 2: green dotted, triangles;
// 3: purple dash-dot, hollow diamonds; then repeats.
const SeriesStyle& series_style(std::size_t index);

void draw_marker(SvgWriter& svg, const SeriesStyle& style, double x, double y);
// A <polyline> or <polygon> in the series' stroke; `fill` only applies to polygons (light tint).
void draw_series_line(SvgWriter& svg, const SeriesStyle& style, std::string_view tag, const std::string& pts,
                      bool fill = false);
// Line sample + marker + label with its baseline at y; returns the width used.
double legend_entry(SvgWriter& svg, const SeriesStyle& style, double x, double y, std::string_view label);

}  // namespace forkant::charts
