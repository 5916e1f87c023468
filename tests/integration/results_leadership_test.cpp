// Issue 10: results that lead with top management, over the real binary. The figures are chosen so they
// can be checked by hand (typed-in paper forms, so every set is shown from k = 3 and its spread from 5).
// A question's score is the mean of its statement and position ratings; importance 5 everywhere.
//   direktion (top management), 5 forms: q1.s1 1, 1, 5, 5, 5 and q1.position 5 -> q1 scores 3, 3, 5, 5, 5
//     (mean 4.20, sd 1.10: disagreement); q2.s1 4, q2.position 5 -> 4.50; position on 2 of 2 questions;
//     priorities q1 5 x 0.8 = 4, q2 5 x 0.5 = 2.5
//   chefer, 10 forms: q1.s1 4, q1.position 2 -> 3.00; q2.s1 2, q2.position 2 -> 2.00
//   all 15: q1 mean 3.40, sd 0.83 (no disagreement); mean position (25 + 20) / 15 = 3 -> 0 of 2
//   perception gaps (direktion - chefer): q2 4.50 - 2.00 = +2.50, then q1 4.20 - 3.00 = +1.20
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <string>

#include "support/server_process.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string iso_day(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  auto two = [](unsigned v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
  return std::to_string(static_cast<int>(ymd.year())) + "-" + two(static_cast<unsigned>(ymd.month())) + "-" +
         two(static_cast<unsigned>(ymd.day()));
}

class ResultsLeadership : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server = std::make_unique<TestServer>();
    org = server->add_user("owner@test.dk", "Olga Owner", kPassword, "Testkommune").org_id;
    token = server->create_token("owner@test.dk");
    server->add_user("other@test.dk", "Otto Other", kPassword, "Andenkommune");
    other_token = server->create_token("other@test.dk");
    server->start();
  }
  static void TearDownTestSuite() { server.reset(); }

  static Browser api() { return server->api(token); }
  static std::string rounds_path() { return "/api/v1/orgs/" + std::to_string(org) + "/rounds"; }
  static std::string round_path(std::int64_t round) { return "/api/v1/rounds/" + std::to_string(round); }

  static HttpResponse create(const nlohmann::json& body) { return api().post_json(rounds_path(), body); }

  // A closed round with the typed-in forms in `csv` (group;item;...).
  static std::int64_t closed_round(const nlohmann::json& groups, const std::string& csv) {
    auto res = create({{"title", "Status"}, {"groups", groups}});
    EXPECT_EQ(res.status, 201) << res.body;
    const std::int64_t id = res.json().value("id", 0);
    EXPECT_EQ(api().post(round_path(id) + "/open", "", "application/json").status, 200);
    const auto imported = api().request("POST", round_path(id) + "/responses", csv, "text/csv");
    EXPECT_EQ(imported.status, 201) << imported.body;
    EXPECT_EQ(api().post(round_path(id) + "/close", "", "application/json").status, 200);
    return id;
  }

  static std::string leadership_csv() {
    std::string csv = "group;q1.s1;q1.position;q1.importance;q2.s1;q2.position;q2.importance\n";
    for (const char* v : {"1", "1", "5", "5", "5"}) csv += std::string("direktion;") + v + ";5;5;4;5;5\n";
    for (int i = 0; i < 10; ++i) csv += "chefer;4;2;5;2;2;5\n";
    return csv;
  }

  static std::size_t round_count() { return api().get(rounds_path()).json()["rounds"].size(); }

  static std::int64_t leadership_round() {
    static const std::int64_t id = closed_round({"direktion", "chefer"}, leadership_csv());
    return id;
  }

  static constexpr const char* kPassword = "correct horse battery";
  static inline std::unique_ptr<TestServer> server;
  static inline std::int64_t org = 0;
  static inline std::string token, other_token;
};

TEST_F(ResultsLeadership, PositionShareAndFlagsInTheApiAreTopManagementsNotTheWholeRounds) {
  const auto res = api().get(round_path(leadership_round()) + "/results");
  ASSERT_EQ(res.status, 200) << res.body;
  const auto j = res.json();
  EXPECT_EQ(j["top_group"], "direktion");
  EXPECT_EQ(j["leadership"]["group"], "direktion");
  EXPECT_EQ(j["leadership"]["suppressed"], false);
  EXPECT_EQ(j["leadership"]["respondents"], 5);
  EXPECT_EQ(j["leadership"]["position_share"], 1.0);
  EXPECT_EQ(j["leadership"]["disagreements"], nlohmann::json::array({"q1"}));
  EXPECT_EQ(j["leadership"]["priorities"], nlohmann::json::array({"q1", "q2"}));  // 5 x 1.8, 5 x 1
  EXPECT_EQ(j["whole"]["position_share"], 0.0);
  EXPECT_EQ(j["whole"]["dimensions"][0]["disagreement"], false);
  EXPECT_EQ(j["whole"]["dimensions"][0]["sd"], 0.83);
  EXPECT_EQ(j["perception_gaps"], nlohmann::json::parse(R"([
      {"dimension": "q2", "group": "chefer", "top": 4.5, "other": 2.0, "gap": 2.5},
      {"dimension": "q1", "group": "chefer", "top": 4.2, "other": 3.0, "gap": 1.2}])"));
  EXPECT_EQ(j["trend_baseline"], nullptr);

  const auto round = api().get(round_path(leadership_round()));
  EXPECT_EQ(round.json()["top_group"], "direktion");
}

TEST_F(ResultsLeadership, ThePageLeadsWithTopManagementAndShowsTheGapsLargestFirst) {
  auto browser = server->signed_in("owner@test.dk", kPassword);
  const auto page = browser.get("/rounds/" + std::to_string(leadership_round()) + "/results");
  ASSERT_EQ(page.status, 200);
  const std::string& html = page.body;
  const auto leadership = html.find("Topledelsen har taget klar stilling til 2 af 2 spørgsmål (100");
  const auto whole = html.find("Alle svar under ét: der er taget klar stilling til 0 af 2 spørgsmål");
  ASSERT_NE(leadership, std::string::npos) << html.substr(0, 6000);
  ASSERT_NE(whole, std::string::npos);
  EXPECT_LT(leadership, whole) << "top management first, then the whole round";
  const auto flags = html.find("id=\"leadership-disagreements\"");
  ASSERT_NE(flags, std::string::npos);
  EXPECT_TRUE(contains(html.substr(flags, 600), "1 Formålet")) << html.substr(flags, 600);
  // The gaps, largest first, with sign and words; the comparison table marks the large one by a symbol.
  const auto gaps = html.find("id=\"gaps\"");
  ASSERT_NE(gaps, std::string::npos);
  const std::string section = html.substr(gaps, 3000);
  const auto q2 = section.find("2 Etik og jura");
  const auto q1 = section.find("1 Formålet");
  ASSERT_NE(q2, std::string::npos) << section;
  ASSERT_NE(q1, std::string::npos);
  EXPECT_LT(q2, q1);
  EXPECT_TRUE(contains(section, "+2,50 <span class=\"gap-words\">(topledelsen 2,50 højere)</span>"))
      << section;
  EXPECT_TRUE(contains(section, "+1,20 <span class=\"gap-words\">(topledelsen 1,20 højere)</span>"));
  EXPECT_TRUE(
      contains(html, "class=\"num marked-gap\"><span class=\"gap-marker\" aria-hidden=\"true\">◆</span>"));
  EXPECT_TRUE(contains(html, "mindst 0,5 point fra hinanden"));

  const auto csv = api().get(round_path(leadership_round()) + "/results.csv").body;
  EXPECT_TRUE(contains(csv, ";yes;\r\n")) << csv;
  EXPECT_TRUE(contains(csv, ";2,50\r\n")) << csv;
}

TEST_F(ResultsLeadership, ASuppressedTopManagementSaysHowManyMoreItNeedsAndNeverBorrowsTheWholeRound) {
  std::string csv = "group;q1.s1;q1.position\ndirektion;5;5\ndirektion;5;5\n";
  for (int i = 0; i < 5; ++i) csv += "chefer;2;5\n";
  const auto round = closed_round({"direktion", "chefer"}, csv);
  const auto j = api().get(round_path(round) + "/results").json();
  EXPECT_EQ(j["leadership"],
            nlohmann::json::parse(R"({"group": "direktion", "suppressed": true, "needed": 1})"));
  EXPECT_EQ(j["perception_gaps"], nlohmann::json::array());
  const auto page =
      server->signed_in("owner@test.dk", kPassword).get("/rounds/" + std::to_string(round) + "/results");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Topledelsens tal vises ikke: Direktion har for få svar og mangler 1 svar"))
      << page.body.substr(0, 6000);
  // The leadership's share is not shown (the framework's position statement says "Topledelsen har taget
  // klar stilling til dette spørgsmål", so the share is recognised by its count).
  EXPECT_FALSE(std::regex_search(page.body, std::regex("Topledelsen har taget klar stilling til [0-9]+ af")));
}

TEST_F(ResultsLeadership, ATopGroupThatIsNotOneOfTheGroupsIsRefusedWithAClearMessage) {
  const std::size_t count = round_count();
  auto res = create({{"title", "X"}, {"groups", {"direktion", "chefer"}}, {"top_group", "borgerpanel"}});
  EXPECT_EQ(res.status, 422);
  EXPECT_EQ(res.json()["error"]["code"], "unknown_top_group");
  EXPECT_TRUE(contains(res.json()["error"]["message"].get<std::string>(),
                       "Topledelsens gruppe »borgerpanel« er ikke en af målingens grupper"))
      << res.body;
  EXPECT_EQ(round_count(), count) << "nothing created";

  res = create({{"title", "Y"}, {"groups", {"chefer", "medarbejdere"}}, {"top_group", "medarbejdere"}});
  ASSERT_EQ(res.status, 201) << res.body;
  EXPECT_EQ(res.json()["top_group"], "medarbejdere");
  res = create({{"title", "Z"}, {"groups", {"chefer", "medarbejdere"}}});
  EXPECT_EQ(res.json()["top_group"], "chefer") << "no direktion: the first group";

  // The form on the rounds page: refused with the message beside the field, nothing created.
  auto browser = server->signed_in("owner@test.dk", kPassword);
  const auto before = api().get(rounds_path()).json()["rounds"].size();
  const auto page =
      browser.submit("/orgs/" + std::to_string(org) + "/rounds",
                     {{"title", "Formular"}, {"groups", "direktion"}, {"k", "3"}, {"top_group", "ledelsen"}});
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(contains(page.body, "Topledelsens gruppe »ledelsen« er ikke en af målingens grupper"));
  EXPECT_TRUE(contains(page.body, "href=\"#round-top-group\""));
  EXPECT_TRUE(contains(page.body, "value=\"ledelsen\""));
  EXPECT_EQ(api().get(rounds_path()).json()["rounds"].size(), before);
  const auto created = browser.submit("/orgs/" + std::to_string(org) + "/rounds", {{"title", "Formular"},
                                                                                   {"groups", "direktion"},
                                                                                   {"groups", "chefer"},
                                                                                   {"k", "3"},
                                                                                   {"top_group", "chefer"}});
  EXPECT_EQ(created.status, 303);
  EXPECT_EQ(api().get(rounds_path()).json()["rounds"][0]["top_group"], "chefer");
}

TEST_F(ResultsLeadership, AnotherOrganisationsRoundAndItsResultsAnswer404) {
  auto other = server->api(other_token);
  const std::string path = round_path(leadership_round());
  EXPECT_EQ(other.get(path).status, 404);
  EXPECT_EQ(other.get(path + "/results").status, 404);
  EXPECT_EQ(other.get(path + "/results.csv").status, 404);
  auto browser = server->signed_in("other@test.dk", kPassword);
  EXPECT_EQ(browser.get("/rounds/" + std::to_string(leadership_round()) + "/results").status, 404);
}

TEST_F(ResultsLeadership, TheDraftedAgendaItemCarriesTheFindingsOfARoundClosedSinceTheLastMeeting) {
  const auto round = leadership_round();
  const auto tomorrow =
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) + std::chrono::days{1};
  auto series = api().post_json(
      "/api/v1/orgs/" + std::to_string(org) + "/meetings",
      {{"title", "Direktionsmøde"}, {"cadence", "weekly"}, {"first_meeting", iso_day(tomorrow)}});
  ASSERT_EQ(series.status, 201) << series.body;
  const std::int64_t series_id = series.json().value("id", 0);
  const auto agenda = api().get("/api/v1/meeting-series/" + std::to_string(series_id) + "/agenda").json();
  nlohmann::json findings;
  for (const auto& p : agenda["points"]) {
    if (p["source"] == "round_closed" && p["linked_id"] == round) findings = p["findings"];
  }
  ASSERT_TRUE(findings.is_array()) << agenda.dump();
  const std::string base = "/rounds/" + std::to_string(round) + "/results#";
  EXPECT_EQ(findings[0]["href"], base + "leadership-priorities");
  EXPECT_EQ(findings[0]["text"], "Topledelsens (Direktion) højeste prioriteter: 1 Formålet; 2 Etik og jura.");
  EXPECT_EQ(findings[1]["text"], "Topledelsen er uenig om: 1 Formålet.");
  EXPECT_EQ(findings[1]["href"], base + "leadership-disagreements");
  EXPECT_EQ(findings[2]["text"],
            "Spørgsmål 2 Etik og jura: topledelsen vurderer 2,50 point højere end Chefer.");
  EXPECT_EQ(findings[2]["href"], base + "gaps");
  EXPECT_TRUE(contains(agenda["text"].get<std::string>(), "   - Topledelsen er uenig om: 1 Formålet.\n"));

  auto browser = server->signed_in("owner@test.dk", kPassword);
  const auto page = browser.get("/orgs/" + std::to_string(org) + "/meetings/" + std::to_string(series_id));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(
      contains(page.body,
               "<a href=\"" + base +
                   "gaps\">Spørgsmål 2 Etik og jura: topledelsen vurderer 2,50 point højere end Chefer.</a>"))
      << page.body;
}

}  // namespace
}  // namespace forkant::test
