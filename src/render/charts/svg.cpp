#include "render/charts/svg.hpp"

#include <charconv>
#include <cmath>

#include "domain/escape.hpp"
#include "domain/utf8.hpp"

namespace forkant::charts {

std::string xml_escape(std::string_view text) {
  return escape_markup(text, Markup::xml);
}

namespace {
std::string fixed(double v, int decimals) {
  if (!std::isfinite(v)) v = 0.0;
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  if (ec != std::errc{}) return "0";
  std::string s(buf, end);
  // "-0.0" would read oddly and differ from "0.0" in tests.
  if (s.front() == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}
}  // namespace

std::string num(double v) {
  return fixed(v, 1);
}

std::string display_number(double v, int decimals, char decimal_point) {
  std::string s = fixed(v, decimals < 0 ? 0 : decimals);
  for (char& c : s)
    if (c == '.') c = decimal_point;
  return s;
}

std::string sanitize_id(std::string_view id) {
  std::string out;
  for (char c : id) {
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    out += ok ? c : '-';
  }
  if (out.empty() || !((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z')))
    out.insert(0, "chart-");
  return out;
}

double text_width(std::string_view text, double font_size) {
  // 0.56 em per character is a fair average for system sans-serif fonts with mixed-case text.
  return static_cast<double>(utf8_length(text)) * font_size * 0.56;
}

std::vector<std::string> wrap_text(std::string_view text, std::size_t max_chars) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) words.emplace_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  std::vector<std::string> lines;
  std::string line;
  for (const std::string& word : words) {
    std::string candidate = line.empty() ? word : line + " " + word;
    if (line.empty() || utf8_length(candidate) <= max_chars) {
      line = std::move(candidate);
      continue;
    }
    lines.push_back(std::move(line));
    line = word;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

SvgWriter::SvgWriter(std::string_view id, double width, double height, std::string_view title,
                     std::string_view desc)
    : id_(sanitize_id(id)) {
  out_.reserve(8192);
  out_ +=
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + id_ + "-title " + id_ +
      "-desc\" viewBox=\"0 0 " + num(width) + " " + num(height) +
      "\" width=\"100%\" class=\"chart\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, "
      "sans-serif\" font-size=\"14\" fill=\"" +
      std::string(kInk) + "\">";
  out_ += "<title id=\"" + id_ + "-title\">" + xml_escape(title) + "</title>";
  out_ += "<desc id=\"" + id_ + "-desc\">" + xml_escape(desc) + "</desc>";
}

void SvgWriter::attrs(Attrs list) {
  for (const auto& [name, value] : list) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += xml_escape(value);
    out_ += '"';
  }
}

void SvgWriter::open(std::string_view tag, Attrs list) {
  out_ += '<';
  out_ += tag;
  attrs(list);
  out_ += '>';
}

void SvgWriter::close(std::string_view tag) {
  out_ += "</";
  out_ += tag;
  out_ += '>';
}

void SvgWriter::empty(std::string_view tag, Attrs list) {
  out_ += '<';
  out_ += tag;
  attrs(list);
  out_ += "/>";
}

void SvgWriter::text(double x, double y, std::string_view content, Attrs list) {
  out_ += "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"";
  attrs(list);
  out_ += '>';
  out_ += xml_escape(content);
  out_ += "</text>";
}

void SvgWriter::text_lines(double x, double y, const std::vector<std::string>& lines, double line_height,
                           Attrs list) {
  out_ += "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"";
  attrs(list);
  out_ += '>';
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out_ += "<tspan x=\"" + num(x) + "\" y=\"" + num(y + static_cast<double>(i) * line_height) + "\">";
    out_ += xml_escape(lines[i]);
    out_ += "</tspan>";
  }
  out_ += "</text>";
}

void SvgWriter::tooltip(std::string_view content) {
  out_ += "<title>";
  out_ += xml_escape(content);
  out_ += "</title>";
}

std::string SvgWriter::finish() {
  out_ += "</svg>";
  return std::move(out_);
}

std::string points(const std::vector<std::pair<double, double>>& pts) {
  std::string s;
  for (const auto& [x, y] : pts) {
    if (!s.empty()) s += ' ';
    s += num(x) + "," + num(y);
  }
  return s;
}

const SeriesStyle& series_style(std::size_t index) {
  static const SeriesStyle styles[] = {
      {kBlue, "", Marker::circle, false},
      {kVermillion, "7 5", Marker::square, true},
      {kGreen, "2 4", Marker::triangle, false},
      {kPurple, "10 4 2 4", Marker::diamond, true},
  };
  return styles[index % 4];
}

void draw_marker(SvgWriter& svg, const SeriesStyle& style, double x, double y) {
  const std::string colour(style.colour);
  const std::string fill = style.hollow ? "#ffffff" : colour;
  const std::string stroke = style.hollow ? colour : "#ffffff";
  const std::string width = style.hollow ? "2" : "1.5";
  switch (style.marker) {
    case Marker::circle:
      svg.empty("circle", {{"cx", num(x)},
                           {"cy", num(y)},
                           {"r", "5"},
                           {"fill", fill},
                           {"stroke", stroke},
                           {"stroke-width", width}});
      break;
    case Marker::square:
      svg.empty("rect", {{"x", num(x - 4.5)},
                         {"y", num(y - 4.5)},
                         {"width", "9"},
                         {"height", "9"},
                         {"fill", fill},
                         {"stroke", stroke},
                         {"stroke-width", width}});
      break;
    case Marker::triangle:
      svg.empty("polygon", {{"points", points({{x, y - 6}, {x + 6, y + 4.5}, {x - 6, y + 4.5}})},
                            {"fill", fill},
                            {"stroke", stroke},
                            {"stroke-width", width}});
      break;
    case Marker::diamond:
      svg.empty("polygon", {{"points", points({{x, y - 6}, {x + 6, y}, {x, y + 6}, {x - 6, y}})},
                            {"fill", fill},
                            {"stroke", stroke},
                            {"stroke-width", width}});
      break;
  }
}

void draw_series_line(SvgWriter& svg, const SeriesStyle& style, std::string_view tag, const std::string& pts,
                      bool fill) {
  const std::string colour(style.colour);
  const std::string width = style.dash.empty() ? "3" : "2.5";
  if (fill) {
    svg.empty(tag, {{"points", pts},
                    {"fill", colour},
                    {"fill-opacity", "0.12"},
                    {"stroke", colour},
                    {"stroke-width", width},
                    {"stroke-linejoin", "round"}});
  } else if (style.dash.empty()) {
    svg.empty(tag, {{"points", pts},
                    {"fill", "none"},
                    {"stroke", colour},
                    {"stroke-width", width},
                    {"stroke-linejoin", "round"}});
  } else {
    svg.empty(tag, {{"points", pts},
                    {"fill", "none"},
                    {"stroke", colour},
                    {"stroke-width", width},
                    {"stroke-dasharray", std::string(style.dash)},
                    {"stroke-linejoin", "round"}});
  }
}

double legend_entry(SvgWriter& svg, const SeriesStyle& style, double x, double y, std::string_view label) {
  const double ly = y - 5;
  draw_series_line(svg, style, "polyline", points({{x, ly}, {x + 36, ly}}));
  draw_marker(svg, style, x + 18, ly);
  svg.text(x + 44, y, label);
  return 44 + text_width(label, 14);
}

}  // namespace forkant::charts
