// A whole assessment round through the JSON API: create, open, private links, answering with
// save-as-you-go, refusals that store nothing, close, and results that are right to the decimal by
// PRODUCT.md's rules and the anonymity rule. Expected figures are computed by hand in the comments.
#include <gtest/gtest.h>

#include <csignal>

#include "support/api_facts.hpp"
#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

class AssessmentApi : public ::testing::Test {
 protected:
  void SetUp() override {
    org =
        server.add_user("coord@test.dk", "Coordinator", "correct horse battery", "Testkommune", "coordinator")
            .org_id;
    token = server.create_token("coord@test.dk");
    server.add_user("outsider@other.dk", "Outsider", "correct horse battery", "Anden Kommune", "owner");
    outsider_token = server.create_token("outsider@other.dk");
    server.start();
  }

  Browser api() { return server.api(token); }

  std::int64_t create_round(const nlohmann::json& groups) {
    auto res =
        api().post_json("/api/v1/orgs/" + std::to_string(org) + "/rounds", {{"title", "Status 2026"},
                                                                            {"framework", "ti-spoergsmaal"},
                                                                            {"groups", groups},
                                                                            {"min_respondents", 3}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", 0);
  }

  std::vector<std::string> links(std::int64_t round, const std::string& group, int count) {
    auto res = api().post_json("/api/v1/rounds/" + std::to_string(round) + "/invitations",
                               {{"group", group}, {"count", count}});
    EXPECT_EQ(res.status, 201) << res.body;
    std::vector<std::string> tokens;
    const auto body = res.json();  // kept alive: a range-for over a temporary's member would dangle
    for (const auto& l : body["links"]) tokens.push_back(l["token"].get<std::string>());
    return tokens;
  }

  HttpResponse put(const std::string& respondent, const nlohmann::json& body) {
    return server.browser().request("PUT", "/api/v1/responses/" + respondent, body.dump(),
                                    "application/json");
  }

  int responses() { return submitted_in_org(api(), org); }

  TestServer server;
  std::string token, outsider_token;
  std::int64_t org = 0;
};

const nlohmann::json* dimension(const nlohmann::json& set, const std::string& id) {
  for (const auto& d : set["dimensions"]) {
    if (d["id"] == id) return &d;
  }
  return nullptr;
}

TEST_F(AssessmentApi, WholeRoundGivesHandComputedResultsAndHidesTheGroupBelowK) {
  const auto round = create_round({"direktion", "chefer"});
  const auto direktion = links(round, "direktion", 3);
  const auto chefer = links(round, "chefer", 2);
  ASSERT_EQ(direktion.size(), 3u);
  ASSERT_EQ(direktion[0].size(), 43u) << "256-bit tokens";

  // Before the round opens, a link accepts nothing.
  EXPECT_EQ(put(direktion[0], {{"answers", {{"q1.s1", 4}}}}).status, 409);
  ASSERT_EQ(api().post("/api/v1/rounds/" + std::to_string(round) + "/open", "", "application/json").status,
            200);

  // Respondent scores on question 1 (statements and position, "don't know" = 0 left out):
  //   A: 4, 2, dk, position 3   -> (4+2+3)/3 = 3.0   importance 5
  //   B: 5, 5, 5, 5, position 5 -> 5.0              importance 4
  //   C: 1, 2, no position      -> 1.5              importance 3
  ASSERT_EQ(put(direktion[0], {{"answers", {{"q1.s1", 4}, {"q1.s2", 2}}}}).status, 200);
  ASSERT_EQ(put(direktion[0],
                {{"answers", {{"q1.s3", 0}, {"q1.position", 3}, {"q1.importance", 5}}}, {"submit", true}})
                .status,
            200);
  ASSERT_EQ(put(direktion[1], {{"answers",
                                {{"q1.s1", 5},
                                 {"q1.s2", 5},
                                 {"q1.s3", 5},
                                 {"q1.s4", 5},
                                 {"q1.position", 5},
                                 {"q1.importance", 4}}},
                               {"submit", true}})
                .status,
            200);
  ASSERT_EQ(
      put(direktion[2], {{"answers", {{"q1.s1", 1}, {"q1.s2", 2}, {"q1.importance", 3}}}, {"submit", true}})
          .status,
      200);
  for (const auto& t : chefer) ASSERT_EQ(put(t, {{"answers", {{"q1.s1", 1}}}, {"submit", true}}).status, 200);

  // While open: no results, only counts.
  EXPECT_EQ(api().get("/api/v1/rounds/" + std::to_string(round) + "/results").status, 409);
  auto status = api().get("/api/v1/rounds/" + std::to_string(round)).json();
  EXPECT_EQ(status["responses"][0]["submitted"], 3);
  EXPECT_EQ(status["responses"][1]["submitted"], 2);

  ASSERT_EQ(api().post("/api/v1/rounds/" + std::to_string(round) + "/close", "", "application/json").status,
            200);
  auto res = api().get("/api/v1/rounds/" + std::to_string(round) + "/results");
  ASSERT_EQ(res.status, 200) << res.body;
  const auto body = res.json();

  // chefer (2 < k = 3) is hidden and left out of the whole, so whole minus direktion reveals nothing.
  EXPECT_EQ(body["excluded_groups"], nlohmann::json::array({"chefer"}));
  const auto& groups = body["groups"];
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[1]["group"], "chefer");
  EXPECT_EQ(groups[1]["results"], nlohmann::json({{"suppressed", true}, {"needed", 1}}));

  // Scores 3.0, 5.0, 1.5: mean 3.1667 -> 3.17; importance (5+4+3)/3 = 4; priority 4 x (5 - 3.1667) = 7.33.
  // Median, sd, min and max need 5 respondents: with three, median, min and max are the three scores,
  // and the mean with the sd would let A, who knows their own 3.0, solve for B's and C's. No flag either.
  const auto* q1 = dimension(body["whole"], "q1");
  ASSERT_NE(q1, nullptr);
  EXPECT_EQ((*q1)["n"], 3);
  EXPECT_DOUBLE_EQ((*q1)["score"].get<double>(), 3.17);
  for (const char* spread : {"median", "sd", "min", "max", "disagreement"}) {
    EXPECT_TRUE((*q1)[spread].is_null()) << spread;
  }
  EXPECT_DOUBLE_EQ((*q1)["importance"].get<double>(), 4.0);
  EXPECT_DOUBLE_EQ((*q1)["priority"].get<double>(), 7.33);
  EXPECT_EQ(body["whole"]["by_hand"], 0);
  EXPECT_DOUBLE_EQ(body["whole"]["index"].get<double>(), 3.17) << "only q1 has scores";
  // The position mean rests on two answers (A and B) only: fewer than k, so it is not shown.
  EXPECT_TRUE((*q1)["position"].is_null());
  // The whole equals direktion: nothing can be learned by subtracting the two.
  EXPECT_EQ(body["whole"], groups[0]["results"]);

  auto one = api().get("/api/v1/rounds/" + std::to_string(round) + "/results?group=chefer").json();
  EXPECT_EQ(one["results"], nlohmann::json({{"suppressed", true}, {"needed", 1}}));
}

TEST_F(AssessmentApi, RefusedAnswersAreExplainedAndStoreNothing) {
  const auto round = create_round({"direktion"});
  const auto t = links(round, "direktion", 2);
  api().post("/api/v1/rounds/" + std::to_string(round) + "/open", "", "application/json");
  ASSERT_EQ(put(t[0], {{"answers", {{"q1.s1", 4}}}}).status, 200);

  struct Case {
    const char* name;
    nlohmann::json body;
    int status;
    const char* code;
  };
  const Case cases[] = {
      {"unknown item", {{"answers", {{"q99.s1", 3}}}}, 422, "unknown_item"},
      {"value above the scale", {{"answers", {{"q1.s1", 6}}}}, 422, "value_out_of_range"},
      {"a rating on a comment", {{"answers", {{"q1.comment", 3}}}}, 422, "wrong_item_kind"},
      {"allocation not 100",
       {{"purposes", {{"p.citizens", 60}, {"p.efficiency", 30}}}, {"submit", true}},
       422,
       "allocation_sum"},
      {"unknown field", {{"answers", nlohmann::json::object()}, {"org_id", 2}}, 400, "unknown_field"},
      {"wrong type", {{"answers", {{"q1.s1", "four"}}}}, 400, "wrong_type"},
  };
  for (const auto& c : cases) {
    auto res = put(t[0], c.body);
    EXPECT_EQ(res.status, c.status) << c.name << ": " << res.body;
    EXPECT_EQ(res.json()["error"]["code"], c.code) << c.name;
  }
  // The saved answer is still exactly the one before, and nothing was submitted.
  auto own = server.browser().get("/api/v1/responses/" + t[0]).json();
  EXPECT_EQ(own["answers"], nlohmann::json({{"q1.s1", 4}}));
  EXPECT_EQ(own["state"], "started");
  EXPECT_EQ(responses(), 0);

  // A malformed body and a wrong content type are refused too.
  EXPECT_EQ(server.browser().request("PUT", "/api/v1/responses/" + t[0], "{", "application/json").status,
            400);
  EXPECT_EQ(server.browser().request("PUT", "/api/v1/responses/" + t[0], "{}", "text/plain").status, 415);

  // An unknown token, then a used one.
  EXPECT_EQ(put("nope", {{"answers", {{"q1.s1", 4}}}}).status, 404);
  ASSERT_EQ(put(t[0], {{"submit", true}}).status, 200);
  EXPECT_EQ(put(t[0], {{"answers", {{"q1.s1", 1}}}}).status, 410);
  EXPECT_EQ(server.browser().get("/api/v1/responses/" + t[0]).status, 410);
  EXPECT_EQ(responses(), 1);

  // After closing, an unused link accepts nothing.
  api().post("/api/v1/rounds/" + std::to_string(round) + "/close", "", "application/json");
  auto closed = put(t[1], {{"answers", {{"q1.s1", 3}}}});
  EXPECT_EQ(closed.status, 410);
  EXPECT_EQ(closed.json()["error"]["code"], "round_closed");
}

TEST_F(AssessmentApi, CommentsWithMarkupAreShownAsTextOnTheResultsPage) {
  const auto round = create_round({"direktion"});
  const auto tokens = links(round, "direktion", 5);  // comments are shown from 5 respondents
  ASSERT_EQ(api().post("/api/v1/rounds/" + std::to_string(round) + "/open", "", "application/json").status,
            200);
  const std::string payload = "<script>alert(1)</script><img src=x onerror=alert(2)> \"&' æ";
  for (const auto& t : tokens) {
    ASSERT_EQ(put(t, {{"answers", {{"q1.s1", 4}}}, {"comments", {{"q1.comment", payload}}}, {"submit", true}})
                  .status,
              200);
  }
  ASSERT_EQ(api().post("/api/v1/rounds/" + std::to_string(round) + "/close", "", "application/json").status,
            200);
  auto coordinator = server.browser();
  ASSERT_EQ(coordinator.sign_in("coord@test.dk", "correct horse battery").status, 303);
  const auto page = coordinator.get("/rounds/" + std::to_string(round) + "/results");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"),
            std::string::npos)
      << "the comment is not on the page as escaped text";
  EXPECT_EQ(page.body.find("<script>alert(1)"), std::string::npos);
  EXPECT_EQ(page.body.find("<img src=x"), std::string::npos);
}

TEST_F(AssessmentApi, SubmittedResponseCarriesNoLinkToItsInvitation) {
  const auto round = create_round({"direktion"});
  const auto t = links(round, "direktion", 1);
  api().post("/api/v1/rounds/" + std::to_string(round) + "/open", "", "application/json");
  ASSERT_EQ(put(t[0], {{"answers", {{"q2.s1", 2}}}, {"submit", true}}).status, 200);
  EXPECT_EQ(database_fact(server, "SELECT COUNT(*) FROM drafts"), 0) << "the draft is gone on submit";
  // The catalogue is each backend's own.
  const std::string columns =
      server.on_postgresql()
          ? "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = 'responses' AND column_name "
          : "SELECT COUNT(*) FROM pragma_table_info('responses') WHERE name ";
  EXPECT_GT(database_fact(server, columns + "LIKE '%'"), 5) << "the catalogue query reads the table";
  EXPECT_EQ(database_fact(server, columns + "LIKE '%invitation%'"), 0);
  EXPECT_EQ(database_fact(server, "SELECT COUNT(*) FROM responses WHERE length(submitted_on) = 10"), 1)
      << "only the day is stored";
}

TEST_F(AssessmentApi, AcknowledgedSaveSurvivesKillNine) {
  const auto round = create_round({"direktion"});
  const auto t = links(round, "direktion", 1);
  api().post("/api/v1/rounds/" + std::to_string(round) + "/open", "", "application/json");
  ASSERT_EQ(
      put(t[0], {{"answers", {{"q3.s1", 5}, {"q3.s2", 0}}}, {"comments", {{"q3.comment", "Æ ø å"}}}}).status,
      200);
  EXPECT_EQ(server.stop(SIGKILL), 128 + SIGKILL);
  server.start();
  auto own = server.browser().get("/api/v1/responses/" + t[0]);
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(own.json()["answers"], nlohmann::json({{"q3.s1", 5}, {"q3.s2", 0}}));
  EXPECT_EQ(own.json()["comments"]["q3.comment"], "Æ ø å");
}

TEST_F(AssessmentApi, CsvImportIsAllOrNothingWithTheRowNumber) {
  const auto round = create_round({"direktion", "chefer"});
  api().post("/api/v1/rounds/" + std::to_string(round) + "/open", "", "application/json");
  const std::string path = "/api/v1/rounds/" + std::to_string(round) + "/responses";
  auto bad = api().post(path, "group,q1.s1,q1.s2\ndirektion,4,5\nchefer,7,1\n", "text/csv");
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(bad.json()["error"]["details"]["row"], "3");
  EXPECT_EQ(responses(), 0);
  auto good = api().post(path, "group,q1.s1,q1.s2\ndirektion,4,5\nchefer,dk,1\n", "text/csv");
  EXPECT_EQ(good.status, 201) << good.body;
  EXPECT_EQ(good.json()["imported"], 2);
  EXPECT_EQ(responses(), 2);
}

TEST_F(AssessmentApi, AnotherOrganisationCannotSeeOrTouchTheRound) {
  const auto round = create_round({"direktion"});
  auto outsider = server.api(outsider_token);
  const std::string r = "/api/v1/rounds/" + std::to_string(round);
  EXPECT_EQ(outsider.get(r).status, 404);
  EXPECT_EQ(outsider.get(r + "/results").status, 404);
  EXPECT_EQ(outsider.post(r + "/open", "", "application/json").status, 404);
  EXPECT_EQ(outsider.post_json(r + "/invitations", {{"group", "direktion"}, {"count", 1}}).status, 404);
  EXPECT_EQ(outsider.get("/api/v1/orgs/" + std::to_string(org) + "/rounds").status, 404);
  EXPECT_EQ(invited_count(api(), round), 0);
}

}  // namespace
}  // namespace forkant::test
