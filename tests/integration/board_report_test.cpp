// Issue 11: the board report of a round as a PDF, over the real binary and read back as a reader would
// (pdftotext, pdfinfo, pdffonts). Its figures are the results page's, checked against the results JSON;
// what the anonymity rules hide stays hidden; a round still open is refused. BoardReportTags, at the end,
// checks what the full layout engine adds (the structure tags, the language, the figures' alternatives,
// the running footer).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "render/i18n.hpp"
#include "support/pdf_tools.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// 0.6 -> "60" and a per cent sign after it, as the page writes it ("60 %" with a no-break space in
// Danish, which a text extractor may give as a plain space; "60%" in English).
bool has_percent(const std::string& text, double share, const std::string& lang) {
  const std::string n = format_decimal(share * 100.0, 0, lang);
  if (lang == "en") return text.find(n + "%") != std::string::npos;
  return text.find(n + "\u00a0%") != std::string::npos || text.find(n + " %") != std::string::npos;
}

// The line of `text` that contains `needle`, or "".
std::string line_with(const std::string& text, const std::string& needle) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (contains(line, needle)) return line;
  }
  return "";
}

// Whether some line of `text` holds both (a table row: the chart's labels hold the name alone).
bool line_holds(const std::string& text, const std::string& name, const std::string& figure) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (contains(line, name) && contains(line, figure)) return true;
  }
  return false;
}

class BoardReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    // Demo Kommune's latest closed round (the demo closes two; the later one has the earlier as its
    // trend baseline).
    const auto rounds = world->api(world->owner).get(world->api_org_path("/rounds")).json()["rounds"];
    for (const auto& r : rounds) {
      if (r["state"] == "closed" && r["id"].get<std::int64_t>() > latest)
        latest = r["id"].get<std::int64_t>();
    }
  }
  static void TearDownTestSuite() { world.reset(); }

  static std::string report_path(std::int64_t round, const std::string& query = "") {
    return "/rounds/" + std::to_string(round) + "/report.pdf" + (query.empty() ? "" : "?" + query);
  }
  static std::string api_report_path(std::int64_t round, const std::string& query = "") {
    return "/api/v1" + report_path(round, query);
  }
  // The report's text layer, failing the test unless it came as a PDF.
  static std::string report_text(const HttpResponse& res, std::filesystem::path* file = nullptr) {
    EXPECT_EQ(res.status, 200) << res.body.substr(0, 500);
    EXPECT_EQ(res.header("Content-Type"), "application/pdf");
    EXPECT_EQ(res.body.rfind("%PDF-", 0), 0u);
    const auto saved = save_pdf(world->server.dir(), res.body);
    if (file) *file = saved;
    return pdf_text(saved);
  }

  // A closed round of Demo Kommune made through the API: `groups`, the typed-in forms of `csv`.
  static std::int64_t closed_round(const nlohmann::json& groups, const std::string& csv) {
    auto api = world->api(world->owner);
    auto res = api.post_json(world->api_org_path("/rounds"), {{"title", "Lille måling"}, {"groups", groups}});
    EXPECT_EQ(res.status, 201) << res.body;
    const std::int64_t id = res.json().value("id", 0);
    const std::string path = "/api/v1/rounds/" + std::to_string(id);
    EXPECT_EQ(api.post(path + "/open", "", "application/json").status, 200);
    EXPECT_EQ(api.request("POST", path + "/responses", csv, "text/csv").status, 201);
    EXPECT_EQ(api.post(path + "/close", "", "application/json").status, 200);
    return id;
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::int64_t latest = 0;
};

TEST_F(BoardReport, ItsFiguresAreTheResultsJsonsInDanishWithTheTitleFontsAndPages) {
  ASSERT_GT(latest, 0);
  auto api = world->api(world->owner);
  const auto results = api.get("/api/v1/rounds/" + std::to_string(latest) + "/results").json();
  ASSERT_FALSE(results["whole"]["suppressed"].get<bool>());
  const auto res = api.get(api_report_path(latest));
  std::filesystem::path file;
  const std::string text = report_text(res, &file);

  EXPECT_TRUE(contains(text, "Demo Kommune")) << text.substr(0, 2000);
  EXPECT_TRUE(contains(text, "Bestyrelsesrapport"));
  // The overall index and a question's score, as the page writes them.
  const std::string index = format_decimal(results["whole"]["index"].get<double>(), 2, "da");
  EXPECT_TRUE(contains(line_with(text, "Samlet indeks"), index)) << "index " << index << "\n" << text;
  const auto& q1 = results["whole"]["dimensions"][0];
  ASSERT_EQ(q1["id"], "q1");
  const std::string score = format_decimal(q1["score"].get<double>(), 2, "da");
  EXPECT_TRUE(line_holds(text, "1 Formålet", score)) << "q1 " << score << "\n" << text;
  // Top management's position share.
  ASSERT_FALSE(results["leadership"]["suppressed"].get<bool>());
  const double share = results["leadership"]["position_share"].get<double>();
  EXPECT_TRUE(has_percent(line_with(text, "Topledelsens stillingtagen"), share, "da")) << share << "\n"
                                                                                       << text;
  // The largest perception gap, signed.
  if (!results["perception_gaps"].empty()) {
    const double gap = results["perception_gaps"][0]["gap"].get<double>();
    const std::string shown = (gap > 0 ? "+" : "\u2212") + format_decimal(std::fabs(gap), 2, "da");
    EXPECT_TRUE(contains(text, shown)) << shown;
  }
  // æøå survive, in the catalogue's words and in the register's.
  for (const char* words : {"Hvor står vi", "Hvor topledelsen er uenig", "Forskelle i opfattelse",
                            "Topledelsens højeste prioriteter", "Fravalgt – og hvorfor", "Mål og skridt",
                            "Næste dagsordenspunkt"}) {
    EXPECT_TRUE(contains(text, words)) << words;
  }
  // The reasons of a deliberate non-choice of the demo's register, in the default period (since the
  // previous round closed).
  EXPECT_TRUE(contains(text, "Begrundelse:"));

  const auto info = pdf_info(file);
  const int pages = std::stoi(info.at("Pages"));
  EXPECT_GE(pages, 3);
  EXPECT_LE(pages, 40);
  const auto round = api.get("/api/v1/rounds/" + std::to_string(latest)).json();
  EXPECT_EQ(info.at("Title"), "Bestyrelsesrapport: " + round["title"].get<std::string>());
  const std::string fonts = pdf_fonts(file);
  EXPECT_TRUE(all_fonts_embedded(fonts)) << fonts;
}

TEST_F(BoardReport, IsADownloadThatIsNotCachedFromThePageAndTheApiForAViewer) {
  auto viewer = world->browser(world->viewer);
  const auto page = viewer.get(report_path(latest));
  report_text(page);
  EXPECT_EQ(page.header("Content-Disposition"),
            "attachment; filename=\"forkant-bestyrelsesrapport-" + std::to_string(latest) + ".pdf\"");
  EXPECT_EQ(page.header("Cache-Control"), "no-store");
  const auto api = world->api(world->viewer).get(api_report_path(latest));
  report_text(api);
  EXPECT_EQ(api.header("Cache-Control"), "no-store");
  // The results page links to it, with a form for the period.
  const auto results = viewer.get("/rounds/" + std::to_string(latest) + "/results");
  EXPECT_TRUE(contains(results.body, "href=\"" + report_path(latest) + "\" download")) << results.body;
  EXPECT_TRUE(contains(results.body, "<form method=\"get\" action=\"" + report_path(latest) + "\""));
  EXPECT_TRUE(contains(results.body, "name=\"from\" type=\"date\""));
}

TEST_F(BoardReport, SpeaksEnglishWhenAskedOrWhenItsReaderDoes) {
  auto api = world->api(world->owner);
  const auto results = api.get("/api/v1/rounds/" + std::to_string(latest) + "/results").json();
  const auto res = api.get(api_report_path(latest, "lang=en"));
  std::filesystem::path file;
  const std::string text = report_text(res, &file);
  EXPECT_TRUE(contains(text, "Board report"));
  EXPECT_TRUE(contains(text, "Where we stand"));
  EXPECT_FALSE(contains(text, "Hvor står vi"));
  const std::string index = format_decimal(results["whole"]["index"].get<double>(), 2, "en");
  EXPECT_TRUE(contains(line_with(text, "Overall index"), index)) << index;
  EXPECT_EQ(res.header("Content-Disposition"),
            "attachment; filename=\"forkant-board-report-" + std::to_string(latest) + ".pdf\"");
  EXPECT_EQ(pdf_info(file).at("Title").rfind("Board report: ", 0), 0u);

  // A member who reads forkant in English gets it in English without asking.
  world->server.add_user("reader@demo.forkant.dk", "Rita Reader", "reader-kodeord-123", kDemoOrgName,
                         "viewer", "en");
  auto reader = world->server.signed_in("reader@demo.forkant.dk", "reader-kodeord-123");
  EXPECT_TRUE(contains(report_text(reader.get(report_path(latest))), "Where top management disagrees"));
}

TEST_F(BoardReport, AnotherOrganisationsRoundAndAnOutsiderAnswer404) {
  EXPECT_EQ(world->api(world->outsider).get(api_report_path(latest)).status, 404);
  EXPECT_EQ(world->browser(world->outsider).get(report_path(latest)).status, 404);
  // The outsider's own round is not the demo owner's to read.
  auto outsider = world->api(world->outsider);
  const auto made = outsider.post_json("/api/v1/orgs/" + std::to_string(world->other_org) + "/rounds",
                                       {{"title", "Andens måling"}, {"groups", {"chefer"}}});
  ASSERT_EQ(made.status, 201) << made.body;
  const std::int64_t theirs = made.json()["id"].get<std::int64_t>();
  EXPECT_EQ(world->api(world->owner).get(api_report_path(theirs)).status, 404);
  EXPECT_EQ(world->browser(world->owner).get(report_path(theirs)).status, 404);
  EXPECT_EQ(world->api(world->owner).get(api_report_path(999999)).status, 404);
  // Signed out: the sign-in page, as for every page.
  EXPECT_EQ(world->server.browser().get(report_path(latest)).status, 303);
}

TEST_F(BoardReport, ABadPeriodIsRefusedWithAClearMessage) {
  auto api = world->api(world->owner);
  const auto bad = api.get(api_report_path(latest, "from=2026-13-01"));
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["code"], "invalid_date");
  const auto reversed = api.get(api_report_path(latest, "from=2026-06-01&to=2026-01-01"));
  EXPECT_EQ(reversed.status, 400);
  EXPECT_EQ(reversed.json()["error"]["code"], "invalid_period");
  const auto page = world->browser(world->owner).get(report_path(latest, "to=someday"));
  EXPECT_EQ(page.status, 400);
  EXPECT_TRUE(contains(page.body, "Datoen i feltet to er ikke gyldig")) << page.body.substr(0, 3000);
  // A period chosen by hand is the one the report names, and only its decisions are in it.
  const auto text = report_text(api.get(api_report_path(latest, "from=2001-01-01&to=2001-12-31")));
  EXPECT_TRUE(contains(text, "1. januar 2001")) << text.substr(0, 1500);
  EXPECT_FALSE(contains(text, "Begrundelse:")) << "no decision of the demo was taken in 2001";
}

TEST_F(BoardReport, AnOpenRoundIsRefusedInTheReadersLanguage) {
  auto owner = world->api(world->owner);
  const auto made =
      owner.post_json(world->api_org_path("/rounds"), {{"title", "Åben måling"}, {"groups", {"chefer"}}});
  ASSERT_EQ(made.status, 201);
  const std::int64_t open_round = made.json()["id"].get<std::int64_t>();
  ASSERT_EQ(
      owner.post("/api/v1/rounds/" + std::to_string(open_round) + "/open", "", "application/json").status,
      200);
  const auto api = world->api(world->owner).get(api_report_path(open_round));
  EXPECT_EQ(api.status, 409);
  EXPECT_EQ(api.json()["error"]["code"], "report_round_open");
  const auto page = world->browser(world->viewer).get(report_path(open_round));
  EXPECT_EQ(page.status, 409);
  EXPECT_TRUE(contains(page.body, "Bestyrelsesrapporten kan først laves, når målingen er lukket"));
  const auto en = world->browser(world->viewer).get(report_path(open_round, "lang=en"));
  EXPECT_TRUE(contains(en.body, "The board report can be made once the assessment is closed"));
}

// Top management (direktion) has 2 forms, below k = 3: its figures are hidden and it is left out of the
// whole round. Its q1 would score (2 + 1) / 2 = 1.50; with it the whole round's q1 would be
// (4 x 4 + 2 x 1.5) / 6 = 3.17. The four chefer forms score 4.00 on q1.
TEST_F(BoardReport, ATopManagementBelowKShowsNoFigureOnlyWhyAsOnThePage) {
  const std::string csv =
      "group;q1.s1;q1.position;q1.importance\n"
      "direktion;2;1;5\ndirektion;2;1;5\n"
      "chefer;4;4;5\nchefer;4;4;5\nchefer;4;4;5\nchefer;4;4;5\n";
  const std::int64_t round = closed_round({"direktion", "chefer"}, csv);
  const auto results =
      world->api(world->owner).get("/api/v1/rounds/" + std::to_string(round) + "/results").json();
  ASSERT_TRUE(results["leadership"]["suppressed"].get<bool>()) << results.dump();
  const std::string text = report_text(world->api(world->owner).get(api_report_path(round)));
  EXPECT_TRUE(contains(text, "Topledelsens tal vises ikke: Direktion har for få svar og mangler 1 svar"))
      << text;
  EXPECT_TRUE(contains(text, "4,00"));
  EXPECT_FALSE(contains(text, "1,50")) << "top management's score leaked";
  EXPECT_FALSE(contains(text, "3,17")) << "top management's forms leaked into the whole round";
  EXPECT_FALSE(contains(line_with(text, "Topledelsens stillingtagen"), "%"));
}

TEST_F(BoardReport, AWholeRoundBelowKShowsNoFigureAtAll) {
  const std::string csv = "group;q1.s1;q1.position;q2.s1\nchefer;2;1;5\nchefer;3;1;5\n";
  const std::int64_t round = closed_round({"chefer"}, csv);
  const auto results =
      world->api(world->owner).get("/api/v1/rounds/" + std::to_string(round) + "/results").json();
  ASSERT_TRUE(results["whole"]["suppressed"].get<bool>());
  const std::string text = report_text(world->api(world->owner).get(api_report_path(round)));
  EXPECT_TRUE(contains(text, "mangler 1 svar")) << text;
  for (const char* figure : {"1,50", "2,00", "5,00", "3,25", "Samlet indeks"}) {
    EXPECT_FALSE(contains(text, figure)) << figure << " in\n" << text;
  }
}

// Comments are never in the board report, even where the page shows them (5 respondents, max(k, 5)).
TEST_F(BoardReport, CommentsThePageShowsStayOutOfTheReport) {
  auto api = world->api(world->owner);
  auto made =
      api.post_json(world->api_org_path("/rounds"), {{"title", "Kommentarer"}, {"groups", {"chefer"}}});
  ASSERT_EQ(made.status, 201);
  const std::string path = "/api/v1/rounds/" + std::to_string(made.json()["id"].get<std::int64_t>());
  const auto links = api.post_json(path + "/invitations", {{"group", "chefer"}, {"count", 5}}).json();
  ASSERT_EQ(api.post(path + "/open", "", "application/json").status, 200);
  for (const auto& l : links["links"]) {
    const auto put =
        world->server.browser().request("PUT", "/api/v1/responses/" + l["token"].get<std::string>(),
                                        nlohmann::json{{"answers", {{"q1.s1", 4}}},
                                                       {"comments", {{"q1.comment", "Hemmelig bemærkning"}}},
                                                       {"submit", true}}
                                            .dump(),
                                        "application/json");
    ASSERT_EQ(put.status, 200) << put.body;
  }
  ASSERT_EQ(api.post(path + "/close", "", "application/json").status, 200);
  const std::string round = std::to_string(made.json()["id"].get<std::int64_t>());
  ASSERT_TRUE(
      contains(world->browser(world->owner).get("/rounds/" + round + "/results").body, "Hemmelig bemærkning"))
      << "the page shows the comment";
  const std::string text = report_text(api.get("/api/v1/rounds/" + round + "/report.pdf"));
  EXPECT_TRUE(contains(text, "Hvor står vi"));
  EXPECT_FALSE(contains(text, "Hemmelig bemærkning"));
}

// A board reads the latest decisions of a kind; the register has the rest, and the report says so.
TEST_F(BoardReport, ShowsTheLatestFifteenDecisionsOfAKindAndSaysWhereTheRestAre) {
  auto api = world->api(world->owner);
  for (int i = 1; i <= 17; ++i) {
    const std::string n = (i < 10 ? "0" : "") + std::to_string(i);
    const nlohmann::json body{{"kind", "deselected"},
                              {"title", "Fravalg A" + n},
                              {"rationale", "Fordi A" + n + " ikke kan betale sig."},
                              {"questions", {3}},
                              {"owner_id", world->leader.user_id},
                              {"body", "Direktionen"},
                              {"decided_on", "2003-01-" + n}};
    ASSERT_EQ(api.post_json(world->api_org_path("/decisions"), body).status, 201);
  }
  const std::string text = report_text(api.get(api_report_path(latest, "from=2003-01-01&to=2003-12-31")));
  EXPECT_TRUE(contains(text, "De 2 tidligere af denne slags i perioden står i beslutningsregistret."))
      << text;
  EXPECT_TRUE(contains(text, "Fravalg A17"));
  EXPECT_TRUE(contains(text, "Begrundelse: Fordi A17 ikke kan betale sig."));
  EXPECT_TRUE(contains(text, "Fravalg A03"));
  EXPECT_FALSE(contains(text, "Fravalg A02"));
  EXPECT_FALSE(contains(text, "Fravalg A01"));
}

// ---- What the full layout engine adds (src/reports/pdf_document.cpp) ----------------------------------

class BoardReportTags : public BoardReport {};

// A python3 + pikepdf script's output on `file`; the script reads the PDF as `pdf`.
std::string pikepdf(const std::filesystem::path& file, const std::string& script) {
  const auto py = file.string() + ".py";
  std::ofstream(py) << "import sys, pikepdf\npdf = pikepdf.open(sys.argv[1])\n" << script;
  return run_tool("/usr/bin/python3 '" + py + "' '" + file.string() + "' 2>&1").out;
}

TEST_F(BoardReportTags, EveryPageButTheTitleCarriesSideNafN) {
  std::filesystem::path file;
  const std::string text = report_text(world->api(world->owner).get(api_report_path(latest)), &file);
  const std::string pages = pdf_info(file).at("Pages");
  EXPECT_TRUE(contains(text, "Side 2 af " + pages)) << text;
  EXPECT_TRUE(contains(text, "Side " + pages + " af " + pages));
  EXPECT_TRUE(contains(text, "Indhold"));
  const std::string en = report_text(world->api(world->owner).get(api_report_path(latest, "lang=en")));
  EXPECT_TRUE(contains(en, "Page 2 of "));
}

TEST_F(BoardReportTags, IsATaggedPdfInItsLanguageWithHeadingsTablesAndFiguresWithAlternatives) {
  std::filesystem::path file;
  report_text(world->api(world->owner).get(api_report_path(latest)), &file);
  const std::string out = pikepdf(file, R"(
root = pdf.Root
print("lang", str(root.get("/Lang")))
print("marked", bool(root.get("/MarkInfo") and root.MarkInfo.get("/Marked")))
print("title_shown", bool(root.get("/ViewerPreferences") and root.ViewerPreferences.get("/DisplayDocTitle")))
kinds = {}
alts = []
def walk(node, depth=0):
    if depth > 200 or not isinstance(node, pikepdf.Dictionary):
        return
    s = node.get("/S")
    if s is not None:
        kinds[str(s)] = kinds.get(str(s), 0) + 1
        if str(s) == "/Figure":
            alts.append(str(node.get("/Alt", "")))
    kids = node.get("/K")
    if isinstance(kids, pikepdf.Array):
        for k in kids:
            walk(k, depth + 1)
    elif isinstance(kids, pikepdf.Dictionary):
        walk(kids, depth + 1)
if root.get("/StructTreeRoot") is not None:
    walk(root.StructTreeRoot)
for k in ("/H1", "/H2", "/P", "/Table", "/TH", "/TD", "/Figure", "/L"):
    print("tag", k, kinds.get(k, 0))
for a in alts:
    print("alt", a)
)");
  EXPECT_TRUE(contains(out, "lang da")) << out;
  EXPECT_TRUE(contains(out, "marked True")) << out;
  EXPECT_TRUE(contains(out, "title_shown True")) << out;
  for (const char* tag : {"/H1", "/H2", "/P", "/Table", "/TH", "/TD", "/Figure"}) {
    EXPECT_TRUE(std::regex_search(out, std::regex(std::string("tag ") + tag + " [1-9]"))) << tag << "\n"
                                                                                          << out;
  }
  // The radar's text alternative is the page's: its title and description.
  EXPECT_TRUE(contains(out, "alt Score pr. spørgsmål – Alle svar. Radardiagram")) << out;
}

}  // namespace
}  // namespace forkant::test
