// The anonymity holes a red-team run found, tried as the hostile coordinator would over HTTP: padding a
// set with typed-in rows next to one real respondent, reading spread statistics of three, and submitting
// blank forms to reach k. Each would have shown an individual's answers on today's results page.
#include <gtest/gtest.h>

#include "support/api_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

class AnonymityPadding : public ::testing::Test {
 protected:
  void SetUp() override {
    org = server
              .add_user("coord@test.dk", "Connie Koordinator", "correct horse battery", "Testkommune",
                        "coordinator")
              .org_id;
    token = server.create_token("coord@test.dk");
    server.start();
  }

  Browser api() { return server.api(token); }
  std::string round_path(std::int64_t round) { return "/api/v1/rounds/" + std::to_string(round); }

  std::int64_t open_round(const nlohmann::json& groups) {
    auto res = api().post_json("/api/v1/orgs/" + std::to_string(org) + "/rounds",
                               {{"title", "Status"}, {"framework", "ti-spoergsmaal"}, {"groups", groups}});
    EXPECT_EQ(res.status, 201) << res.body;
    const std::int64_t id = res.json().value("id", 0);
    EXPECT_EQ(api().post(round_path(id) + "/open", "", "application/json").status, 200);
    return id;
  }

  std::vector<std::string> links(std::int64_t round, const std::string& group, int count) {
    auto res = api().post_json(round_path(round) + "/invitations", {{"group", group}, {"count", count}});
    EXPECT_EQ(res.status, 201) << res.body;
    std::vector<std::string> tokens;
    const auto body = res.json();
    for (const auto& l : body["links"]) tokens.push_back(l["token"].get<std::string>());
    return tokens;
  }

  HttpResponse put(const std::string& respondent, const nlohmann::json& body) {
    return server.browser().request("PUT", "/api/v1/responses/" + respondent, body.dump(),
                                    "application/json");
  }

  HttpResponse import(std::int64_t round, const std::string& csv) {
    return api().request("POST", round_path(round) + "/responses", csv, "text/csv");
  }

  void close(std::int64_t round) {
    ASSERT_EQ(api().post(round_path(round) + "/close", "", "application/json").status, 200);
  }

  int responses() { return submitted_in_org(api(), org); }

  TestServer server;
  std::string token;
  std::int64_t org = 0;
};

// Four forms the coordinator wrote, typed in, and one real respondent: n = 5 would show distributions and
// comments, and subtracting the four known rows would give the real one's every answer.
TEST_F(AnonymityPadding, FourTypedInRowsBesideOneRealRespondentShowNothing) {
  const auto round = open_round({"direktion"});
  const auto real = links(round, "direktion", 1);
  ASSERT_EQ(put(real[0], {{"answers", {{"q1.s1", 1}, {"q2.s1", 5}}},
                          {"comments", {{"q1.comment", "Min hemmelige mening"}}},
                          {"submit", true}})
                .status,
            200);
  const auto imported = import(round,
                               "group;q1.s1;q2.s1\ndirektion;3;3\ndirektion;3;3\ndirektion;3;3\n"
                               "direktion;3;3\n");
  ASSERT_EQ(imported.status, 201) << imported.body;
  close(round);

  const auto results = api().get(round_path(round) + "/results").json();
  EXPECT_EQ(results["whole"], nlohmann::json({{"suppressed", true}, {"needed", 2}})) << "two more links";
  EXPECT_EQ(results["groups"][0]["results"], nlohmann::json({{"suppressed", true}, {"needed", 2}}));
  const auto csv = api().get(round_path(round) + "/results.csv").body;
  EXPECT_EQ(csv.find("shown"), std::string::npos) << csv;

  auto page = server.signed_in("coord@test.dk", "correct horse battery")
                  .get("/rounds/" + std::to_string(round) + "/results");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("Min hemmelige mening"), std::string::npos);
  EXPECT_EQ(page.body.find("index-value"), std::string::npos);
  EXPECT_NE(page.body.find("mangler 2 svar"), std::string::npos);
}

// Paper forms are welcome (question 7) and their sets shown; everyone who sees the figures is told how
// many were typed in and by whom, in the page, the API and the CSV.
TEST_F(AnonymityPadding, TypedInResponsesAreCountedAndTheirTypistNamedInEveryView) {
  const auto round = open_round({"direktion", "borgere"});
  for (const auto& t : links(round, "direktion", 5)) {
    ASSERT_EQ(put(t, {{"answers", {{"q1.s1", 2}}}, {"submit", true}}).status, 200);
  }
  ASSERT_EQ(import(round, "group;q1.s1\ndirektion;4\ndirektion;4\n").status, 201);
  ASSERT_EQ(import(round, "group;q1.s1\nborgere;1\nborgere;2\nborgere;3\n").status, 201);
  close(round);

  const auto results = api().get(round_path(round) + "/results").json();
  const auto& direktion = results["groups"][0]["results"];
  EXPECT_EQ(direktion["respondents"], 7);
  EXPECT_EQ(direktion["by_hand"], 2);
  EXPECT_EQ(direktion["entered_by"],
            nlohmann::json::parse(R"([{"name": "Connie Koordinator", "count": 2}])"));
  const auto& citizens = results["groups"][1]["results"];
  EXPECT_EQ(citizens["suppressed"], false) << "a set of paper answers alone is shown";
  EXPECT_EQ(citizens["by_hand"], 3);
  EXPECT_EQ(results["whole"]["by_hand"], 5);
  // Spread from 5 contributors of whom none or at least 5 came through links: direktion has 5 links.
  EXPECT_FALSE(direktion["dimensions"][0]["sd"].is_null());
  EXPECT_TRUE(citizens["dimensions"][0]["sd"].is_null()) << "3 < 5";

  const auto csv = api().get(round_path(round) + "/results.csv").body;
  EXPECT_NE(csv.find("group;direktion;shown;;7;2;Connie Koordinator (2);"), std::string::npos) << csv;

  auto browser = server.signed_in("coord@test.dk", "correct horse battery");
  const auto page = browser.get("/rounds/" + std::to_string(round) + "/results?group=direktion");
  EXPECT_NE(page.body.find("Heraf er 2 indtastet i hånden fra papirskemaer af: Connie Koordinator (2)."),
            std::string::npos);
  const auto whole = browser.get("/rounds/" + std::to_string(round) + "/results");
  EXPECT_NE(whole.body.find("Heraf er 5 indtastet i hånden"), std::string::npos);
  EXPECT_NE(whole.body.find("Heraf er 3 indtastet i hånden"), std::string::npos) << "per group too";
}

// With three respondents, median, min and max are their three scores: none of them, nor the sd or the
// disagreement flag, may appear on the page; the cell says from how many they are shown.
TEST_F(AnonymityPadding, SpreadOfThreeRespondentsIsNotOnThePage) {
  const auto round = open_round({"direktion"});
  const int scores[] = {1, 3, 5};
  const auto tokens = links(round, "direktion", 3);
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(
        put(tokens[static_cast<std::size_t>(i)], {{"answers", {{"q1.s1", scores[i]}}}, {"submit", true}})
            .status,
        200);
  }
  close(round);
  auto browser = server.signed_in("coord@test.dk", "correct horse battery");
  const auto page = browser.get("/rounds/" + std::to_string(round) + "/results");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("3,00"), std::string::npos) << "the mean is shown";
  EXPECT_EQ(page.body.find("1,00"), std::string::npos) << "min";
  EXPECT_EQ(page.body.find("5,00"), std::string::npos) << "max";
  EXPECT_EQ(page.body.find("2,00"), std::string::npos) << "sd";
  EXPECT_EQ(page.body.find("badge warn"), std::string::npos) << "no disagreement flag without the sd";
  EXPECT_NE(page.body.find("vises fra 5 svar"), std::string::npos);
}

// A blank form (or only "don't know") would count towards k without saying anything.
TEST_F(AnonymityPadding, ABlankSubmissionIsRefusedOnTheReviewPageTheApiAndTheImport) {
  const auto round = open_round({"direktion"});
  const auto t = links(round, "direktion", 2);

  auto api_blank = put(t[0], {{"answers", {{"q1.s1", 0}, {"q2.s1", 0}}}, {"submit", true}});
  EXPECT_EQ(api_blank.status, 422);
  EXPECT_EQ(api_blank.json()["error"]["code"], "no_rated_answer");

  auto respondent = server.browser();
  const std::string base = "/r/" + t[1];
  const auto review = respondent.get(base + "/review");
  EXPECT_NE(review.body.find("Du har ikke givet nogen vurdering endnu"), std::string::npos);
  EXPECT_EQ(review.body.find("Du kan godt indsende alligevel"), std::string::npos) << "that would be untrue";
  const auto page = respondent.post_form(base + "/submit", {});
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("Besvarelsen har ingen vurderinger endnu"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("href=\"" + base + "/q/1\""), std::string::npos);
  EXPECT_NE(page.body.find("<title>Fejl:"), std::string::npos);

  const auto blank_row = import(round, "group;q1.s1;q2.s1\ndirektion;3;2\ndirektion;;ved ikke\n");
  EXPECT_EQ(blank_row.status, 422);
  EXPECT_EQ(blank_row.json()["error"]["code"], "csv_no_rated_answer");
  EXPECT_NE(blank_row.json()["error"]["message"].get<std::string>().find("3"), std::string::npos);
  EXPECT_EQ(responses(), 0) << "nothing stored, not even the good row";
}

// The software cannot tell a respondent from a coordinator answering a link: the round page says so where
// the links are handed out.
TEST_F(AnonymityPadding, TheRoundPageWarnsCoordinatorsNotToAnswerLinksThemselves) {
  const auto round = open_round({"direktion"});
  const auto page =
      server.signed_in("coord@test.dk", "correct horse battery").get("/rounds/" + std::to_string(round));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("forkant kan ikke se forskel på en respondent og en koordinator"),
            std::string::npos);
}

}  // namespace
}  // namespace forkant::test
