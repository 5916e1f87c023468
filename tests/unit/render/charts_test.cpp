// SVG chart generators: escaping, accessibility wiring, geometry and well-formedness.

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "render/charts/bar_chart.hpp"
#include "render/charts/portfolio_chart.hpp"
#include "render/charts/radar_chart.hpp"
#include "render/charts/svg.hpp"

namespace forkant::charts {
namespace {

// Tiny XML check: every start tag is closed in order, attributes are quoted, no stray '<' or '&'.
bool well_formed(const std::string& xml) {
  std::vector<std::string> stack;
  std::size_t i = 0;
  while ((i = xml.find('<', i)) != std::string::npos) {
    const std::size_t end = xml.find('>', i);
    if (end == std::string::npos) return false;
    std::string tag = xml.substr(i + 1, end - i - 1);
    if (tag.find('<') != std::string::npos) return false;
    if (tag.starts_with('/')) {
      if (stack.empty() || stack.back() != tag.substr(1)) return false;
      stack.pop_back();
    } else if (!tag.ends_with('/')) {
      stack.push_back(tag.substr(0, tag.find(' ')));
    }
    if (std::count(tag.begin(), tag.end(), '"') % 2 != 0) return false;
    i = end + 1;
  }
  // Every '&' starts an entity.
  for (std::size_t a = xml.find('&'); a != std::string::npos; a = xml.find('&', a + 1)) {
    static const std::regex entity("&(amp|lt|gt|quot|apos);");
    if (!std::regex_search(xml.substr(a, 6), entity, std::regex_constants::match_continuous)) return false;
  }
  return stack.empty() && xml.starts_with("<svg ") && xml.ends_with("</svg>");
}

void expect_common(const std::string& svg, const std::string& id) {
  EXPECT_TRUE(well_formed(svg)) << svg;
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" +
                              id + "-title " + id + "-desc\" viewBox=\"0 0 "))
      << svg.substr(0, 200);
  EXPECT_NE(svg.find("<title id=\"" + id + "-title\">"), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"" + id + "-desc\">"), std::string::npos);
  EXPECT_NE(svg.find("class=\"chart\""), std::string::npos);
  const std::string root = svg.substr(0, svg.find('>'));
  // Responsive: the width of its box (never a pixel width), the height from the viewBox's proportions.
  EXPECT_NE(root.find(" width=\"100%\""), std::string::npos) << root;
  EXPECT_EQ(root.find(" height="), std::string::npos);
  EXPECT_EQ(svg.find("\u2026"), std::string::npos) << "no label is cut";
  // CSP style-src 'self': presentation attributes only; and nothing active or external.
  for (const char* banned : {" style=", "<style", "<script", "href", "url(", "javascript:", "onload"})
    EXPECT_EQ(svg.find(banned), std::string::npos) << banned;
  static const std::regex font_size("font-size=\"([0-9.]+)\"");
  for (std::sregex_iterator it(svg.begin(), svg.end(), font_size), e; it != e; ++it)
    EXPECT_GE(std::stod((*it)[1]), 12.0);
}

std::vector<double> attr_values(const std::string& svg, const std::string& element_regex,
                                const std::string& attr) {
  std::vector<double> out;
  const std::regex el(element_regex);
  const std::regex a(" " + attr + "=\"([-0-9.]+)\"");
  for (std::sregex_iterator it(svg.begin(), svg.end(), el), e; it != e; ++it) {
    std::smatch m;
    const std::string s = it->str();
    if (std::regex_search(s, m, a)) out.push_back(std::stod(m[1]));
  }
  return out;
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

RadarChart ten_axes() {
  RadarChart c;
  c.id = "radar1";
  c.title = "Vurdering";
  c.description = "Radar over ti spørgsmål";
  for (int i = 1; i <= 10; ++i) {
    c.axis_labels.push_back(std::to_string(i) + " Spørgsmål");
    c.current.push_back(3.0);
  }
  c.current_label = "2026";
  c.previous_label = "2025";
  return c;
}

double luminance(std::string_view hex) {
  auto channel = [&](int pos) {
    const double c = std::stoi(std::string(hex.substr(pos, 2)), nullptr, 16) / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

TEST(SvgHelpers, EscapesMarkupAndQuotes) {
  EXPECT_EQ(xml_escape("<script>a&b\"'</script>"), "&lt;script&gt;a&amp;b&quot;&apos;&lt;/script&gt;");
  EXPECT_EQ(xml_escape("Formål\x01"), "Formål");
}

TEST(SvgHelpers, NumbersUseDotAndOneDecimal) {
  EXPECT_EQ(num(12), "12.0");
  EXPECT_EQ(num(1.26), "1.3");
  EXPECT_EQ(num(-0.04), "0.0");
  EXPECT_EQ(num(-3.25), "-3.2");
  EXPECT_EQ(num(std::nan("")), "0.0");
  EXPECT_EQ(display_number(3.46, 1, ','), "3,5");
  EXPECT_EQ(display_number(42.0, 0, ','), "42");
}

TEST(SvgHelpers, SanitizesIdsAndWrapsUtf8Safely) {
  EXPECT_EQ(sanitize_id("r1 \"x\""), "r1--x-");
  EXPECT_EQ(sanitize_id("9"), "chart-9");
  EXPECT_EQ(wrap_text("8 Eksternt samarbejde", 16), (std::vector<std::string>{"8 Eksternt", "samarbejde"}));
  // Never cut: as many lines as it takes, and a word longer than a line keeps its own line, whole.
  EXPECT_EQ(wrap_text("7 Borgere og virksomheder i den digitale omstilling", 16),
            (std::vector<std::string>{"7 Borgere og", "virksomheder i", "den digitale", "omstilling"}));
  EXPECT_EQ(wrap_text("ææææææææææ og så", 5), (std::vector<std::string>{"ææææææææææ", "og så"}));
}

TEST(SvgHelpers, PaletteMeetsNonTextContrast) {
  for (auto colour : {kBlue, kVermillion, kGreen, kPurple, kMuted, kGrid}) {
    const double ratio = 1.05 / (luminance(colour) + 0.05);
    EXPECT_GE(ratio, 3.0) << colour;
  }
  EXPECT_GE(1.05 / (luminance(kInk) + 0.05), 4.5);
}

TEST(RadarChart, WiresTitleDescriptionAndEscapesLabels) {
  RadarChart c = ten_axes();
  c.title = "A & B";
  c.axis_labels[3] = "<script>x";
  const std::string svg = render_radar(c);
  expect_common(svg, "radar1");
  EXPECT_NE(svg.find("<title id=\"radar1-title\">A &amp; B</title>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;x"), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
}

TEST(RadarChart, ValueFiveOnAxisZeroIsAtTheTop) {
  const Point p = radar_point(0, 10, 5);
  EXPECT_DOUBLE_EQ(p.x, kRadarCx);
  EXPECT_DOUBLE_EQ(p.y, kRadarCy - kRadarRadius);
  const Point right = radar_point(1, 4, 2.5);  // 4 axes: axis 1 points right, half radius
  EXPECT_NEAR(right.x, kRadarCx + kRadarRadius / 2, 1e-9);
  EXPECT_NEAR(right.y, kRadarCy, 1e-9);

  RadarChart c = ten_axes();
  c.current[0] = 5.0;
  const std::string svg = render_radar(c);
  EXPECT_NE(svg.find("<circle cx=\"" + num(kRadarCx) + "\" cy=\"" + num(kRadarCy - kRadarRadius) + "\""),
            std::string::npos);
}

TEST(RadarChart, MissingValueDrawsNoVertexAndBreaksTheLine) {
  RadarChart c = ten_axes();
  const std::string complete = render_radar(c);
  EXPECT_EQ(count(complete, "<circle"), 10u + 1u);  // + legend marker
  EXPECT_EQ(count(complete, "<polyline"), 1u);      // only the legend sample
  c.current[3] = std::nullopt;
  c.current[7] = std::nullopt;
  c.missing_label = "ingen score";
  const std::string svg = render_radar(c);
  expect_common(svg, "radar1");
  EXPECT_EQ(count(svg, "<circle"), 8u + 1u);    // 8 vertices + legend marker
  EXPECT_EQ(count(svg, "<polyline"), 2u + 1u);  // runs 4..6 and 8..2, + legend
  EXPECT_EQ(count(svg, "fill-opacity"), 0u);    // an incomplete shape is not filled
  EXPECT_EQ(count(svg, "ingen score"), 2u);
}

TEST(RadarChart, PreviousOverlayOnlyWhenGiven) {
  RadarChart c = ten_axes();
  std::string svg = render_radar(c);
  EXPECT_EQ(svg.find("stroke-dasharray"), std::string::npos);
  EXPECT_EQ(svg.find("2025"), std::string::npos);
  c.previous.assign(10, std::nullopt);  // nothing to show is the same as not given
  EXPECT_EQ(render_radar(c).find("stroke-dasharray"), std::string::npos);
  c.previous.assign(10, 2.0);
  svg = render_radar(c);
  expect_common(svg, "radar1");
  EXPECT_NE(svg.find("stroke-dasharray=\"7 5\""), std::string::npos);
  EXPECT_NE(svg.find(std::string(kVermillion)), std::string::npos);
  EXPECT_NE(svg.find(">2025</text>"), std::string::npos);
  EXPECT_EQ(count(svg, "<rect"), 10u + 1u);  // hollow squares + legend
}

TEST(RadarChart, TheLegendNamesBothRoundsInFullAndLabelsWrapUncut) {
  RadarChart c = ten_axes();
  c.axis_labels[6] = "7 Borgere og virksomheder i den digitale omstilling";
  c.current_label = "Måling af den digitale omstilling, efteråret 2026 (alle forvaltninger)";
  c.previous = std::vector<std::optional<double>>(10, 2.0);
  c.previous_label = "Måling af den digitale omstilling, efteråret 2025 (alle forvaltninger)";
  const std::string svg = render_radar(c);
  expect_common(svg, "radar1");
  EXPECT_NE(svg.find(">" + c.current_label + "</text>"), std::string::npos);
  EXPECT_NE(svg.find(">" + c.previous_label + "</text>"), std::string::npos);
  for (const char* line : {">7 Borgere og<", ">virksomheder i<", ">den digitale<", ">omstilling<"})
    EXPECT_NE(svg.find(line), std::string::npos) << line;
  EXPECT_NE(svg.find("viewBox=\"0 0 680.0 524.0\""), std::string::npos) << "two legend rows";
}

TEST(RadarChart, RejectsBadSizes) {
  RadarChart c = ten_axes();
  c.previous.assign(9, 1.0);
  EXPECT_THROW(render_radar(c), std::invalid_argument);
  c = ten_axes();
  c.axis_labels.resize(2);
  c.current.resize(2);
  EXPECT_THROW(render_radar(c), std::invalid_argument);
}

TEST(DistributionChart, SegmentWidthsAreProportionalToCounts) {
  DistributionChart c;
  c.id = "dist";
  c.title = "Fordeling";
  c.description = "Svar pr. udsagn";
  c.categories = {"1", "2", "3", "4", "5", "Ved ikke"};
  c.rows = {{"Udsagn <a>", {1, 2, 3, 4, 0, 2}, ""}, {"Skjult", {}, "skjult: under 5 svar"}};
  const std::string svg = render_distribution_chart(c);
  expect_common(svg, "dist");
  EXPECT_NE(svg.find("Udsagn &lt;a&gt;"), std::string::npos);
  EXPECT_NE(svg.find("skjult: under 5 svar"), std::string::npos);
  const auto widths = attr_values(svg, "<rect [^>]*height=\"24\"[^>]*>", "width");
  const auto xs = attr_values(svg, "<rect [^>]*height=\"24\"[^>]*>", "x");
  ASSERT_EQ(widths.size(), 5u);  // the zero count draws no segment
  const double unit = widths[0];
  const double expected[] = {1, 2, 3, 4, 2};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_NEAR(widths[i], unit * expected[i], 0.2) << i;
  EXPECT_NEAR(xs[0] + unit * 12, kDistributionRight, 0.5);
  EXPECT_NE(svg.find(">4</text>"), std::string::npos);
  c.rows[0].counts.pop_back();
  EXPECT_THROW(render_distribution_chart(c), std::invalid_argument);
}

TEST(BarChart, BarsWhiskersAndMissingValues) {
  BarChart c;
  c.id = "bars";
  c.title = "Score";
  c.description = "Score pr. spørgsmål";
  c.decimal_point = ',';
  c.missing_label = "skjult";
  c.bars = {{"1 Formål", 5.0, 0.5}, {"2 Etik", 3.4, std::nullopt}, {"3 <b>", std::nullopt, std::nullopt}};
  const std::string svg = render_bar_chart(c);
  expect_common(svg, "bars");
  EXPECT_NE(svg.find(">3,4</text>"), std::string::npos);
  EXPECT_NE(svg.find(">skjult</text>"), std::string::npos);
  EXPECT_NE(svg.find("3 &lt;b&gt;"), std::string::npos);
  EXPECT_EQ(count(svg, "<path"), 2u);  // one whisker: halo + line
  const auto widths = attr_values(svg, "<rect [^>]*>", "width");
  ASSERT_EQ(widths.size(), 2u);
  EXPECT_NEAR(widths[1] / widths[0], (3.4 - 1) / (5 - 1), 0.01);  // bars start at min
}

TEST(TrendChart, BreaksTheLineAtMissingRounds) {
  TrendChart c;
  c.id = "trend";
  c.title = "Udvikling";
  c.description = "Indeks over runder";
  c.x_labels = {"2023", "2024", "2025", "2026"};
  c.series = {{"Indeks", {3.0, std::nullopt, 4.0, 4.5}}};
  std::string svg = render_trend_chart(c);
  expect_common(svg, "trend");
  EXPECT_EQ(count(svg, "<polyline"), 1u);
  EXPECT_EQ(count(svg, "<circle"), 3u);
  EXPECT_NE(svg.find(">4.5</text>"), std::string::npos);
  c.series.push_back({"Gruppe <x>", {2.0, 2.5, 3.0, 3.5}});
  svg = render_trend_chart(c);
  expect_common(svg, "trend");
  EXPECT_NE(svg.find("Gruppe &lt;x&gt;"), std::string::npos);
  EXPECT_EQ(svg.find(">4.5</text>"), std::string::npos);  // no value labels with several series
  c.series[1].values.pop_back();
  EXPECT_THROW(render_trend_chart(c), std::invalid_argument);
}

// The portfolio's scatter (issue 12): risk across, value up, readiness as marker size and fill.
PortfolioChart portfolio_chart(std::vector<PortfolioPoint> points) {
  return {"portfolio",
          "Portefølje: værdi mod risiko",
          "Tabellen under diagrammet viser de samme tal.",
          "Risiko",
          "Forventet værdi",
          {"0 lav", "1", "2", "3 høj", "4 forbudt"},
          {"1", "2", "3", "4", "5"},
          "Parathed",
          {"ukendt", "lav", "middel", "høj"},
          std::move(points)};
}

TEST(PortfolioChartTest, EveryPointIsAGroupWithItsEscapedTitleAndItsNumber) {
  const std::string svg = render_portfolio_chart(
      portfolio_chart({{1, 3, 4, ReadinessMarker::high, "1. Jobmatch <AI> & \"robot\": værdi 4"},
                       {2, 0, 2, ReadinessMarker::low, "2. Lønrobot"}}));
  expect_common(svg, "portfolio");
  EXPECT_EQ(count(svg, "<g class=\"portfolio-point\">"), 2u);
  EXPECT_NE(svg.find("<title>1. Jobmatch &lt;AI&gt; &amp; &quot;robot&quot;: værdi 4</title>"),
            std::string::npos)
      << svg;
  EXPECT_EQ(svg.find("<AI>"), std::string::npos);
  EXPECT_NE(svg.find(">Risiko</text>"), std::string::npos) << "axis titles";
  EXPECT_NE(svg.find(">Forventet værdi</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Parathed</text>"), std::string::npos) << "the legend";
  EXPECT_EQ(svg, render_portfolio_chart(portfolio_chart(
                     {{1, 3, 4, ReadinessMarker::high, "1. Jobmatch <AI> & \"robot\": værdi 4"},
                      {2, 0, 2, ReadinessMarker::low, "2. Lønrobot"}})))
      << "deterministic";
}

TEST(PortfolioChartTest, RiskGoesRightAndValueGoesUp) {
  const std::string svg = render_portfolio_chart(
      portfolio_chart({{1, 0, 1, ReadinessMarker::high, "a"}, {2, 4, 5, ReadinessMarker::high, "b"}}));
  // Markers of ready initiatives are r=8 circles; the legend's sample is drawn last.
  const auto cx = attr_values(svg, "<circle[^>]* r=\"8\"[^>]*>", "cx");
  const auto cy = attr_values(svg, "<circle[^>]* r=\"8\"[^>]*>", "cy");
  ASSERT_EQ(cx.size(), 3u);
  EXPECT_LT(cx[0], cx[1]) << "risk 0 left of risk 4";
  EXPECT_GT(cy[0], cy[1]) << "value 1 below value 5";
}

TEST(PortfolioChartTest, ReadinessIsToldApartBySizeAndFillNotColourAlone) {
  const std::string svg = render_portfolio_chart(portfolio_chart({}));
  // Legend samples: high a filled r=8 disc, medium an r=7 disc with a filled half, low a hollow r=5 ring,
  // unknown a dashed square.
  EXPECT_EQ(count(svg, " r=\"8\" fill=\"#0072B2\""), 1u) << svg;
  EXPECT_EQ(count(svg, " r=\"7\" fill=\"#ffffff\""), 1u);
  EXPECT_EQ(count(svg, "<path d=\"M"), 1u);
  EXPECT_EQ(count(svg, " r=\"5\" fill=\"#ffffff\""), 1u);
  EXPECT_EQ(count(svg, "stroke-dasharray=\"3 2\""), 1u);
}

TEST(PortfolioChartTest, PointsSharingACellAreSetOutApartInTheirGivenOrder) {
  std::vector<PortfolioPoint> points;
  for (int i = 1; i <= 4; ++i) points.push_back({i, 2, 3, ReadinessMarker::high, std::to_string(i)});
  const std::string svg = render_portfolio_chart(portfolio_chart(points));
  const auto cx = attr_values(svg, "<circle[^>]* r=\"8\"[^>]*>", "cx");
  const auto cy = attr_values(svg, "<circle[^>]* r=\"8\"[^>]*>", "cy");
  ASSERT_EQ(cx.size(), 5u);
  std::set<std::pair<double, double>> places;
  for (std::size_t i = 0; i < 4; ++i) places.insert({cx[i], cy[i]});
  EXPECT_EQ(places.size(), 4u) << "no two markers on top of each other";
  EXPECT_LT(cx[0], cx[1]);
}

TEST(PortfolioChartTest, RefusesTheWrongNumberOfLabels) {
  auto chart = portfolio_chart({});
  chart.x_labels.pop_back();
  EXPECT_THROW(render_portfolio_chart(chart), std::invalid_argument);
}

}  // namespace
}  // namespace forkant::charts
