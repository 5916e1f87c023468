// Every CSV that forkant hands out defuses text a spreadsheet would evaluate as a formula (OWASP "CSV
// injection"): a leading = + - @, tab, CR or LF, and the same characters after leading white space. The
// account (page and API), the results of a round and the private links are read back with the CSV
// reader, as a spreadsheet would.
#include <gtest/gtest.h>

#include <memory>

#include "formats/csv.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

const std::vector<std::string> kPrefixes = {"=",  "+",  "-",  "@",   "\t",  "\r",  "\n",    " =",
                                            " +", " -", " @", "\t=", "\r+", "\n-", "\r\n@", "  \t ="};

class CsvExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;

  // The CSV read back as a spreadsheet would, with the separator its header uses.
  static std::vector<CsvRow> rows(const HttpResponse& res) {
    EXPECT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.header("Content-Type"), "text/csv; charset=utf-8");
    // A download with a plain file name, whichever export made it (one csv_response for all).
    const std::string disposition = res.header("Content-Disposition");
    EXPECT_TRUE(disposition.starts_with("attachment; filename=\"forkant-")) << disposition;
    EXPECT_TRUE(disposition.ends_with(".csv\"")) << disposition;
    auto parsed = parse_csv(res.body, detect_separator(res.body), 10000);
    EXPECT_TRUE(parsed.ok()) << res.body;
    return parsed.ok() ? *parsed : std::vector<CsvRow>{};
  }
};

TEST_F(CsvExport, TheAccountDefusesEveryFormulaPrefixOnThePageAndInTheApi) {
  auto api = world->api(world->leader);
  std::vector<std::string> titles;
  for (std::size_t i = 0; i < kPrefixes.size(); ++i) {
    const std::string title = kPrefixes[i] + "HYPERLINK(\"http://x\";\"guard-" + std::to_string(i) + "\")";
    const auto res = api.post_json(world->api_org_path("/decisions"), {{"kind", "deselected"},
                                                                       {"title", title},
                                                                       {"rationale", kPrefixes[i] + "1+1"},
                                                                       {"questions", {4}},
                                                                       {"owner_id", world->leader.user_id},
                                                                       {"body", "Direktionen"},
                                                                       {"decided_on", "2026-04-04"}});
    ASSERT_EQ(res.status, 201) << res.body;
    ASSERT_EQ(res.json()["title"], title) << "stored as typed";
    titles.push_back(title);
  }
  const std::string period = "?from=2026-01-01&to=2026-12-31";
  auto viewer = world->browser(world->viewer);
  for (const auto& [what, res] : std::vector<std::pair<std::string, HttpResponse>>{
           {"API account.csv", world->api(world->viewer).get(world->api_org_path("/account.csv" + period))},
           {"API account?format=csv",
            world->api(world->viewer).get(world->api_org_path("/account" + period + "&format=csv"))},
           {"page account.csv", viewer.get(world->org_path("/account.csv" + period))}}) {
    const auto table = rows(res);
    for (std::size_t i = 0; i < titles.size(); ++i) {
      int found = 0;
      for (const auto& row : table) {
        if (row.fields.size() < 6 ||
            row.fields[4].find("guard-" + std::to_string(i) + "\"") == std::string::npos)
          continue;
        ++found;
        EXPECT_EQ(row.fields[4], "'" + titles[i]) << what << " [" << kPrefixes[i] << "]";
        EXPECT_EQ(row.fields[5], "'" + kPrefixes[i] + "1+1") << what << " [" << kPrefixes[i] << "]";
      }
      EXPECT_EQ(found, 1) << what << " [" << kPrefixes[i] << "]";
    }
  }
}

TEST_F(CsvExport, TheResultsAndTheLinksDefuseAGroupNameThatLooksLikeAFormula) {
  // Group names allow letters, digits, space, - and _: of the prefixes, "-" and " -" can be typed.
  auto api = world->api(world->coordinator);
  const auto created =
      api.post_json(world->api_org_path("/rounds"),
                    {{"title", "CSV"}, {"groups", {"-direktion", " -chefer"}}, {"min_respondents", 3}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string round = std::to_string(created.json()["id"].get<std::int64_t>());
  ASSERT_EQ(created.json()["groups"], nlohmann::json({"-direktion", " -chefer"})) << "stored as typed";

  auto coordinator = world->browser(world->coordinator);
  for (const std::string group : {"-direktion", " -chefer"}) {
    const auto links = coordinator.submit("/rounds/" + round + "/links", {{"group", group}, {"count", "2"}});
    const auto table = rows(links);
    ASSERT_EQ(table.size(), 3u) << links.body;
    for (std::size_t r = 1; r < table.size(); ++r) {
      EXPECT_EQ(table[r].fields.at(0), "'" + group) << "links CSV";
      EXPECT_NE(table[r].fields.at(1).find("/r/"), std::string::npos);
    }
  }

  ASSERT_EQ(api.post("/api/v1/rounds/" + round + "/open", "", "application/json").status, 200);
  ASSERT_EQ(api.post("/api/v1/rounds/" + round + "/close", "", "application/json").status, 200);
  const auto results = api.get("/api/v1/rounds/" + round + "/results.csv");
  std::vector<std::string> groups;
  for (const auto& row : rows(results)) {
    if (row.fields.at(0) == "group") groups.push_back(row.fields.at(1));
  }
  EXPECT_EQ(groups, (std::vector<std::string>{"'-direktion", "' -chefer"})) << results.body;
}

}  // namespace
}  // namespace forkant::test
