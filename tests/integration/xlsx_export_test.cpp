// The round's workbook (GET /rounds/{id}/report.xlsx and /api/v1/rounds/{id}/report.xlsx), read back
// with /usr/bin/python3 and openpyxl (xlsx_dump.py, which also parses the charts' XML, since openpyxl
// 3.0.9 does not read charts): its figures equal the results JSON and are numeric cells with number
// formats, the charts' series point at the right cells, text that looks like a formula stays text, and the
// anonymity rules hold in every sheet — a group below k has no figure, comments below max(k, 5) are
// absent, an open round gives counts only. Another organisation's round answers 404.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "support/world.hpp"

namespace forkant::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The workbook in `file` as openpyxl reads it.
json dump(const fs::path& file) {
  const std::string cmd = std::string("/usr/bin/python3 ") + FORKANT_SOURCE_DIR +
                          "/tests/integration/xlsx_dump.py " + file.string() + " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(cmd.c_str(), "r"), ::pclose);
  std::string out;
  char buf[4096];
  while (pipe && std::fgets(buf, sizeof buf, pipe.get())) out += buf;
  pipe.reset();
  json parsed = json::parse(out, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << out.substr(0, 2000);
  EXPECT_TRUE(parsed.value("zip_ok", false));
  return parsed;
}

fs::path temp_file(const std::string& name) {
  return fs::temp_directory_path() / ("forkant-xlsx-test-" + std::to_string(::getpid()) + "-" + name);
}

// The workbook in `res` as openpyxl reads it (after checking the download's headers).
json read_back(const HttpResponse& res) {
  EXPECT_EQ(res.status, 200) << res.body.substr(0, 400);
  EXPECT_EQ(res.header("Content-Type"), kXlsxType);
  EXPECT_EQ(res.header("Cache-Control"), "no-store");
  const std::string disposition = res.header("Content-Disposition");
  EXPECT_TRUE(disposition.starts_with("attachment; filename=\"forkant-round-")) << disposition;
  EXPECT_TRUE(disposition.ends_with("-report.xlsx\"")) << disposition;
  const fs::path file = temp_file("download.xlsx");
  std::ofstream(file, std::ios::binary) << res.body;
  json parsed = dump(file);
  fs::remove(file);
  return parsed;
}

std::vector<std::string> sheet_names(const json& x) {
  std::vector<std::string> out;
  for (const auto& s : x["sheets"]) out.push_back(s["name"]);
  return out;
}

const json& sheet(const json& x, const std::string& name) {
  for (const auto& s : x["sheets"]) {
    if (s["name"] == name) return s;
  }
  static const json none;
  ADD_FAILURE() << "no sheet " << name;
  return none;
}

std::string cell_name(int column, int row) {
  return std::string(1, static_cast<char>('A' + column)) + std::to_string(row);
}

// The cell's value (null when empty).
json cell(const json& s, int column, int row) {
  const std::string at = cell_name(column, row);
  return s["cells"].contains(at) ? s["cells"][at] : json(nullptr);
}

// A figure of the JSON equals the cell: both missing, or a numeric cell with this number format.
void expect_figure(const json& s, int column, int row, const json& expected, const std::string& format,
                   const std::string& what) {
  const json c = cell(s, column, row);
  if (expected.is_null()) {
    EXPECT_TRUE(c.is_null()) << what << " at " << cell_name(column, row) << ": " << c;
    return;
  }
  ASSERT_FALSE(c.is_null()) << what << " at " << cell_name(column, row);
  EXPECT_EQ(c["type"], "n") << what << " is a number, not text";
  EXPECT_DOUBLE_EQ(c["value"].get<double>(), expected.get<double>()) << what;
  EXPECT_EQ(c["format"], format) << what;
}

// Every text of every cell of every sheet, one after the other.
std::string all_text(const json& x) {
  std::string out;
  for (const auto& s : x["sheets"]) {
    for (const auto& [at, c] : s["cells"].items()) out += c["value"].dump() + "\n";
  }
  return out;
}

class XlsxExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;

  // The demo's latest closed round (its previous round is on the same framework version: a trend).
  static std::int64_t demo_round() {
    const auto rounds = world->api(world->viewer).get(world->api_org_path("/rounds")).json()["rounds"];
    std::int64_t id = 0;
    std::string closed;
    for (const auto& r : rounds) {
      if (r["state"] == "closed" && r["closed_at"].get<std::string>() > closed) {
        closed = r["closed_at"];
        id = r["id"];
      }
    }
    EXPECT_GT(id, 0);
    return id;
  }

  // A round of the demo organisation with the paper forms in `csv`, closed unless `close` is false.
  static std::int64_t round_with(const std::string& title, const json& groups, const std::string& csv,
                                 bool close = true) {
    auto api = world->api(world->owner);
    const auto created = api.post_json(world->api_org_path("/rounds"),
                                       {{"title", title}, {"groups", groups}, {"min_respondents", 3}});
    EXPECT_EQ(created.status, 201) << created.body;
    const std::int64_t id = created.json().value("id", 0);
    const std::string path = "/api/v1/rounds/" + std::to_string(id);
    EXPECT_EQ(api.post(path + "/open", "", "application/json").status, 200);
    const auto imported = api.request("POST", path + "/responses", csv, "text/csv");
    EXPECT_EQ(imported.status, 201) << imported.body;
    if (close) {
      EXPECT_EQ(api.post(path + "/close", "", "application/json").status, 200);
    }
    return id;
  }

  static std::string xlsx_path(std::int64_t round) {
    return "/api/v1/rounds/" + std::to_string(round) + "/report.xlsx";
  }
};

TEST_F(XlsxExport, TheFiguresAreTheResultsJsonsAsNumbersWithNumberFormats) {
  const std::int64_t round = demo_round();
  auto api = world->api(world->viewer);
  const json results = api.get("/api/v1/rounds/" + std::to_string(round) + "/results").json();
  const json x = read_back(api.get(xlsx_path(round)));
  ASSERT_TRUE(x.is_object());

  const auto names = sheet_names(x);
  ASSERT_GE(names.size(), 6u);
  EXPECT_EQ(names[0], "Resultater");
  EXPECT_EQ(names[1], "Grupper");
  EXPECT_EQ(names[2], "Forskelle i opfattelse");
  EXPECT_EQ(names[names.size() - 2], "Beslutninger og fravalg");
  EXPECT_EQ(names.back(), "Mål og skridt");
  for (const auto& s : x["sheets"]) {
    EXPECT_EQ(s["freeze"], "A2") << s["name"] << ": the header row is frozen";
    EXPECT_TRUE(cell(s, 0, 1)["bold"].get<bool>()) << s["name"];
  }

  // Results: one row per question, every figure of the JSON in its column, then the index.
  const json& r = sheet(x, "Resultater");
  EXPECT_EQ(cell(r, 1, 1)["value"], "Score");
  const json& dims = results["whole"]["dimensions"];
  ASSERT_EQ(dims.size(), 10u);
  for (std::size_t i = 0; i < dims.size(); ++i) {
    const int row = static_cast<int>(i) + 2;
    const std::string what = dims[i]["id"].get<std::string>();
    expect_figure(r, 1, row, dims[i]["score"], "0.00", what + " score");
    expect_figure(r, 2, row, dims[i]["n"], "0", what + " n");
    expect_figure(r, 3, row, dims[i]["median"], "0.00", what + " median");
    expect_figure(r, 4, row, dims[i]["sd"], "0.00", what + " sd");
    expect_figure(r, 5, row, dims[i]["min"], "0.00", what + " min");
    expect_figure(r, 6, row, dims[i]["max"], "0.00", what + " max");
    expect_figure(r, 7, row, dims[i]["importance"], "0.00", what + " importance");
    expect_figure(r, 8, row, dims[i]["priority"], "0.00", what + " priority");
    expect_figure(r, 9, row, dims[i]["trend"], "+0.00;-0.00;0.00", what + " trend");
  }
  EXPECT_EQ(cell(r, 0, 12)["value"], "Samlet indeks");
  expect_figure(r, 1, 12, results["whole"]["index"], "0.00", "index");

  // The dimension scores' chart: a bar chart whose one series is the score column of those ten rows.
  json bar, line;
  for (const auto& c : x["charts"]) {
    if (c["kind"] == "barChart") bar = c;
    if (c["kind"] == "lineChart") line = c;
  }
  ASSERT_TRUE(bar.is_object()) << x["charts"];
  ASSERT_EQ(bar["series"].size(), 1u);
  EXPECT_EQ(bar["series"][0]["val"], "Resultater!$B$2:$B$11");
  EXPECT_EQ(bar["series"][0]["cat"], "Resultater!$A$2:$A$11");
  EXPECT_EQ(bar["series"][0]["name"], "Resultater!$B$1");

  // Groups: a shown group's figures equal the JSON; a suppressed group is marked and has none.
  const json& g = sheet(x, "Grupper");
  int row = 2;
  for (const auto& group : results["groups"]) {
    const json& set = group["results"];
    if (set["suppressed"].get<bool>()) {
      EXPECT_TRUE(cell(g, 1, row)["value"].get<std::string>().starts_with("skjult")) << cell(g, 1, row);
      for (int c = 2; c < 14; ++c)
        EXPECT_TRUE(cell(g, c, row).is_null()) << group["group"] << " column " << c;
    } else {
      expect_figure(g, 2, row, set["respondents"], "0", group["group"].get<std::string>() + " respondents");
      expect_figure(g, 3, row, set["index"], "0.00", group["group"].get<std::string>() + " index");
      for (std::size_t i = 0; i < set["dimensions"].size(); ++i) {
        expect_figure(
            g, 4 + static_cast<int>(i), row, set["dimensions"][i]["score"], "0.00",
            group["group"].get<std::string>() + " " + set["dimensions"][i]["id"].get<std::string>());
      }
    }
    ++row;
  }

  // Gaps: as the JSON lists them, largest first.
  const json& gaps = sheet(x, "Forskelle i opfattelse");
  ASSERT_FALSE(results["perception_gaps"].empty()) << "the demo has perception gaps";
  row = 2;
  for (const auto& gap : results["perception_gaps"]) {
    expect_figure(gaps, 1, row, gap["top"], "0.00", "gap top");
    expect_figure(gaps, 3, row, gap["other"], "0.00", "gap other");
    expect_figure(gaps, 4, row, gap["gap"], "+0.00;-0.00;0.00", "gap");
    ++row;
  }

  // The trend: earlier rounds on the same version, oldest first, this round last, with a line chart
  // whose series are the index and the questions of those rows.
  ASSERT_TRUE(results["trend_baseline"].is_object());
  ASSERT_TRUE(results["trend_baseline"]["comparable"].get<bool>());
  const json& t = sheet(x, "Udvikling");
  const int rounds = t["max_row"].get<int>() - 3;  // header, rows, an empty row and the note
  ASSERT_GE(rounds, 2);
  EXPECT_EQ(cell(t, 1, 2)["type"], "d") << "the day it closed is a date";
  EXPECT_EQ(cell(t, 1, 2)["format"], "dd-mm-yyyy");
  expect_figure(t, 2, rounds + 1, results["whole"]["index"], "0.00", "this round's index in the trend");
  ASSERT_TRUE(line.is_object());
  ASSERT_EQ(line["series"].size(), 11u);
  const std::string last = std::to_string(rounds + 1);
  EXPECT_EQ(line["series"][0]["val"], "Udvikling!$C$2:$C$" + last);
  EXPECT_EQ(line["series"][0]["cat"], "Udvikling!$A$2:$A$" + last);
  EXPECT_EQ(line["series"][10]["val"], "Udvikling!$M$2:$M$" + last);

  // Comments: exactly those the JSON shows (the whole round's, sorted), or no sheet.
  if (results["whole"].contains("comments")) {
    const std::string text = all_text(x);
    for (const auto& [dim, texts] : results["whole"]["comments"].items()) {
      for (const auto& c : texts) EXPECT_NE(text.find(json(c).dump()), std::string::npos) << c;
    }
  } else {
    for (const auto& n : names) EXPECT_NE(n, "Kommentarer");
  }
}

TEST_F(XlsxExport, ThePageDownloadIsTheSameAndTheResultsPageLinksToIt) {
  const std::int64_t round = demo_round();
  auto browser = world->browser(world->viewer);
  const std::string path = "/rounds/" + std::to_string(round);
  const auto page = browser.get(path + "/results");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("href=\"" + path + "/report.xlsx\" download"), std::string::npos);
  const json x = read_back(browser.get(path + "/report.xlsx"));
  ASSERT_TRUE(x.is_object());
  EXPECT_EQ(sheet_names(x)[0], "Resultater");
  EXPECT_EQ(
      x["title"],
      "Resultater: " + world->api(world->viewer).get("/api/v1" + path).json()["title"].get<std::string>());
}

TEST_F(XlsxExport, ADecisionTitleThatLooksLikeAFormulaStaysTextAndDatesAreDates) {
  const std::string title = "=HYPERLINK(\"http://x\";\"klik\")";
  const auto created = world->api(world->leader)
                           .post_json(world->api_org_path("/decisions"), {{"kind", "deselected"},
                                                                          {"title", title},
                                                                          {"rationale", "=1+1"},
                                                                          {"questions", {4}},
                                                                          {"owner_id", world->leader.user_id},
                                                                          {"body", "Direktionen"},
                                                                          {"decided_on", "2026-04-04"},
                                                                          {"review_on", "2026-10-04"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const json x = read_back(world->api(world->viewer).get(xlsx_path(demo_round())));
  const json& d = sheet(x, "Beslutninger og fravalg");
  EXPECT_EQ(cell(d, 0, 1)["value"], "Titel");
  int found = 0;
  for (int row = 2; row <= d["max_row"].get<int>(); ++row) {
    if (cell(d, 0, row)["value"] != title) continue;
    ++found;
    EXPECT_EQ(cell(d, 0, row)["type"], "s") << "a string, never a formula";
    EXPECT_EQ(cell(d, 1, row)["value"], "Fravalgt");
    EXPECT_EQ(cell(d, 3, row)["type"], "d");
    EXPECT_EQ(cell(d, 3, row)["value"], "2026-04-04");
    EXPECT_EQ(cell(d, 3, row)["format"], "dd-mm-yyyy");
    EXPECT_EQ(cell(d, 4, row)["value"], "=1+1");
    EXPECT_EQ(cell(d, 4, row)["type"], "s");
    EXPECT_EQ(cell(d, 5, row)["value"], "2026-10-04");
  }
  EXPECT_EQ(found, 1);
  for (const auto& s : x["sheets"]) {
    for (const auto& [at, c] : s["cells"].items()) EXPECT_NE(c["type"], "f") << s["name"] << " " << at;
  }
  // The demo's steps: each with its status and its due date as a date.
  const json& steps = sheet(x, "Mål og skridt");
  ASSERT_GE(steps["max_row"].get<int>(), 2);
  for (int row = 2; row <= steps["max_row"].get<int>(); ++row) {
    EXPECT_EQ(cell(steps, 4, row)["type"], "d") << row;
    EXPECT_FALSE(cell(steps, 3, row).is_null()) << row;
  }
}

TEST_F(XlsxExport, AGroupBelowKHasNoFiguresAndCommentsBelowFiveAreAbsent) {
  // k = 3: direktion (3 forms) is shown, chefer (1 form) is not; the whole round has at most 4, so no
  // comments (they need max(k, 5)).
  std::string csv = "group;q1.s1;q1.position;q1.comment;q2.s1\n";
  for (int i = 0; i < 3; ++i) csv += "direktion;4;4;Direktionens kommentar " + std::to_string(i) + ";3\n";
  csv += "chefer;1;1;Chefens hemmelige kommentar;1\n";
  const std::int64_t round = round_with("Få svar", {"direktion", "chefer"}, csv);
  auto api = world->api(world->viewer);
  const json results = api.get("/api/v1/rounds/" + std::to_string(round) + "/results").json();
  ASSERT_TRUE(results["groups"][1]["results"]["suppressed"].get<bool>()) << results.dump();
  ASSERT_FALSE(results["whole"].contains("comments"));

  const json x = read_back(api.get(xlsx_path(round)));
  for (const auto& n : sheet_names(x)) EXPECT_NE(n, "Kommentarer");
  const std::string text = all_text(x);
  EXPECT_EQ(text.find("Direktionens kommentar"), std::string::npos) << "no comment in any sheet";
  EXPECT_EQ(text.find("hemmelige"), std::string::npos) << "no comment in any sheet";
  const json& g = sheet(x, "Grupper");
  EXPECT_EQ(cell(g, 0, 3)["value"], "Chefer");
  EXPECT_EQ(cell(g, 1, 3)["value"], "skjult – mangler 2 svar");
  for (int c = 2; c < 14; ++c) EXPECT_TRUE(cell(g, c, 3).is_null()) << "column " << c;
  // Nor does the chefer set appear elsewhere: no gap against a hidden group.
  const json& gaps = sheet(x, "Forskelle i opfattelse");
  for (const auto& [at, c] : gaps["cells"].items()) EXPECT_NE(c["value"], "Chefer") << at;
}

TEST_F(XlsxExport, CommentsFromFiveAnswersAreThere) {
  std::string csv = "group;q1.s1;q1.position;q1.comment\n";
  for (int i = 0; i < 5; ++i) csv += "direktion;4;4;Synlig kommentar " + std::to_string(i) + "\n";
  for (int i = 0; i < 5; ++i) csv += "chefer;3;3;\n";
  const std::int64_t round = round_with("Mange svar", {"direktion", "chefer"}, csv);
  const json x = read_back(world->api(world->viewer).get(xlsx_path(round)));
  const json& c = sheet(x, "Kommentarer");
  std::vector<std::string> texts;
  for (int row = 2; row <= 6; ++row) texts.push_back(cell(c, 1, row)["value"]);
  EXPECT_EQ(texts, (std::vector<std::string>{"Synlig kommentar 0", "Synlig kommentar 1", "Synlig kommentar 2",
                                             "Synlig kommentar 3", "Synlig kommentar 4"}));
}

TEST_F(XlsxExport, AnOpenRoundGivesTheCountsOnly) {
  std::string csv = "group;q1.s1;q1.position;q1.comment\n";
  for (int i = 0; i < 6; ++i) csv += "direktion;5;5;Åben kommentar\n";
  csv += "chefer;2;2;\n";
  const std::int64_t round = round_with("Åben", {"direktion", "chefer"}, csv, false);
  const json x = read_back(world->api(world->viewer).get(xlsx_path(round)));
  EXPECT_EQ(sheet_names(x),
            (std::vector<std::string>{"Resultater", "Beslutninger og fravalg", "Mål og skridt"}));
  EXPECT_TRUE(x["charts"].empty());
  const json& r = sheet(x, "Resultater");
  EXPECT_EQ(cell(r, 0, 2)["value"], "Direktion");
  expect_figure(r, 1, 2, 6, "0", "direktion's count");
  EXPECT_EQ(cell(r, 0, 3)["value"], "Chefer");
  expect_figure(r, 1, 3, 1, "0", "chefer's count");
  expect_figure(r, 1, 4, 7, "0", "total");
  int numbers = 0;
  for (const auto& [at, c] : r["cells"].items()) numbers += c["type"] == "n" ? 1 : 0;
  EXPECT_EQ(numbers, 3) << "counts and nothing else";
  EXPECT_EQ(all_text(x).find("Åben kommentar"), std::string::npos);
}

TEST_F(XlsxExport, TheCommandLineWritesTheSameWorkbookForScheduledJobs) {
  const std::int64_t round = demo_round();
  const json api = read_back(world->api(world->viewer).get(xlsx_path(round)));
  const fs::path file = temp_file("cli.xlsx");
  const auto run = world->server.run_cli({"report", "xlsx", "--db", world->server.db(), "--round",
                                          std::to_string(round), "--out", file.string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json cli = dump(file);
  EXPECT_EQ(cli["sheets"], api["sheets"]) << "the same sheets and cells as the download";
  EXPECT_EQ(cli["charts"], api["charts"]);

  const auto english = world->server.run_cli({"report", "xlsx", "--db", world->server.db(), "--round",
                                              std::to_string(round), "--out", file.string(), "--lang", "en"});
  ASSERT_EQ(english.exit_code, 0) << english.err;
  const json en = dump(file);
  EXPECT_EQ(sheet_names(en)[0], "Results");
  EXPECT_EQ(cell(sheet(en, "Decisions and deselections"), 3, 2)["format"], "yyyy-mm-dd");
  fs::remove(file);

  const auto missing = world->server.run_cli(
      {"report", "xlsx", "--db", world->server.db(), "--round", "99999999", "--out", file.string()});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("no round"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(file));
}

TEST_F(XlsxExport, AnotherOrganisationsRoundIsNotFound) {
  const std::int64_t round = demo_round();
  EXPECT_EQ(world->api(world->outsider).get(xlsx_path(round)).status, 404);
  EXPECT_EQ(world->browser(world->outsider).get("/rounds/" + std::to_string(round) + "/report.xlsx").status,
            404);
  EXPECT_EQ(world->api(world->viewer).get(xlsx_path(99999999)).status, 404);
}

}  // namespace
}  // namespace forkant::test
