// Impact assessments through the pages and the API of a running forkant (issue 12): Canada's AIA
// imported from ../shared and answered fully through the API (its level checked against the scores
// the API reports under both rules), a malformed file refused with its path (page, API and CLI), a
// not-a-choice answer refused naming the question, the screening answered through the pages and
// judged, the gate at pilot, another organisation's ids answering 404 and a viewer refused.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/world.hpp"

namespace forkant::test {
namespace {

std::string aia_file() {
  std::ifstream in(std::string(FORKANT_SOURCE_DIR) + "/../shared/data/aia/survey-enfr.json",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Answers every visible question of a draft through the API — a choice that gives a finding where
// there is one, else the highest-valued (AIA) or first choice — until no new question shows.
nlohmann::json answer_all(Browser& api, std::int64_t id) {
  nlohmann::json a = api.get("/api/v1/assessments/" + std::to_string(id)).json();
  nlohmann::json all = nlohmann::json::object();
  for (int round = 0; round < 20; ++round) {
    nlohmann::json add = nlohmann::json::object();
    for (const auto& q : a["questions"]) {
      const std::string name = q["name"];
      if (!q["visible"].get<bool>() || all.contains(name)) continue;
      const std::string type = q["type"];
      if (type == "boolean") {
        add[name] = true;
      } else if (q["choices"].empty()) {
        add[name] = "Svar";
      } else {
        std::string pick = q["choices"][0]["value"];
        for (const auto& c : q["choices"]) {
          if (!c["findings"].empty()) {
            pick = c["value"];
            break;
          }
        }
        add[name] = type == "checkbox" ? nlohmann::json::array({pick}) : nlohmann::json(pick);
      }
    }
    if (add.empty()) break;
    all.update(add);
    const auto res = api.request("PUT", "/api/v1/assessments/" + std::to_string(id) + "/answers",
                                 nlohmann::json{{"answers", add}}.dump(), "application/json");
    EXPECT_EQ(res.status, 200) << res.body;
    a = res.json();
  }
  return a;
}

class Impact : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;

  std::int64_t new_initiative(const std::string& title) {
    auto api = world->api(world->coordinator);
    const auto res =
        api.post_json(world->api_org_path("/initiatives"),
                      {{"title", title}, {"description", "Test"}, {"owner_id", world->coordinator.user_id}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", std::int64_t{0});
  }
  std::string assessments_of(std::int64_t initiative) {
    return world->api_org_path("/initiatives/" + std::to_string(initiative) + "/assessments");
  }
};

TEST_F(Impact, TheAiaIsImportedAndAnsweredFullyThroughTheApi) {
  auto api = world->api(world->coordinator);
  const std::string file = aia_file();
  ASSERT_GT(file.size(), 100000U) << "../shared/data/aia/survey-enfr.json is missing";
  auto imported =
      api.post(world->api_org_path("/assessments/questionnaires?version=1.0.1"), file, "application/json");
  ASSERT_EQ(imported.status, 201) << imported.body;
  EXPECT_EQ(imported.json()["version"], "1.0.1");
  EXPECT_EQ(
      api.post(world->api_org_path("/assessments/questionnaires?version=1.0.1"), file, "application/json")
          .status,
      409);
  const auto initiative = new_initiative("AIA gennem API");
  auto started = api.post_json(assessments_of(initiative),
                               {{"kind", "aia"}, {"questionnaire_id", imported.json()["id"]}});
  ASSERT_EQ(started.status, 201) << started.body;
  const std::int64_t id = started.json()["id"];
  EXPECT_EQ(started.json()["rule"], 2);

  // A value that is not among the question's choices names the question; nothing is saved.
  std::string radio;
  const auto started_json = started.json();  // (a range-for over a temporary's member would dangle)
  for (const auto& q : started_json["questions"]) {
    if (q["type"] == "radiogroup" && q["visible"].get<bool>()) {
      radio = q["name"];
      break;
    }
  }
  ASSERT_FALSE(radio.empty());
  const auto refused =
      api.request("PUT", "/api/v1/assessments/" + std::to_string(id) + "/answers",
                  nlohmann::json{{"answers", {{radio, "not-a-choice-9"}}}}.dump(), "application/json");
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_NE(refused.body.find(radio), std::string::npos) << refused.body;
  EXPECT_TRUE(api.get("/api/v1/assessments/" + std::to_string(id)).json()["answers"].empty());

  answer_all(api, id);
  const auto done =
      api.post_json("/api/v1/assessments/" + std::to_string(id) + "/complete", nlohmann::json::object());
  ASSERT_EQ(done.status, 200) << done.body;
  const auto result = done.json()["result"];
  ASSERT_EQ(result["scores"].size(), 2U);
  const int level2 = result["scores"][1]["level"];
  EXPECT_EQ(result["score"]["level"], level2);
  EXPECT_EQ(result["findings"][0]["key"], "aia_level_" + std::to_string(level2));
  // Every choice taken with a finding or, for the AIA, the first: the raw score is the one reported
  // under both rules (the rules differ in the deduction and the bands only).
  EXPECT_EQ(result["scores"][0]["raw_risk"], result["scores"][1]["raw_risk"]);
  const auto under1 = api.get("/api/v1/assessments/" + std::to_string(id) + "?rule=1").json();
  EXPECT_EQ(under1["result"]["findings"][0]["key"],
            "aia_level_" + std::to_string(result["scores"][0]["level"].get<int>()));
  EXPECT_EQ(api.get("/api/v1/assessments/" + std::to_string(id) + "?rule=7").status, 422);
  // The page shows both levels side by side and the exact version answered.
  auto browser = world->browser(world->coordinator);
  const auto page = browser.get(world->org_path("/assessments/" + std::to_string(id)));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("1.0.1"), std::string::npos);
  EXPECT_NE(page.body.find("lang=\"en\""), std::string::npos);
}

TEST_F(Impact, AMalformedFileIsRefusedWithItsPathEverywhere) {
  const std::string bad = R"({"pages":[{"name":"p","elements":[{"type":"matrix","name":"m"}]}]})";
  auto api = world->api(world->coordinator);
  const auto count = [&] {
    return api.get(world->api_org_path("/assessments/questionnaires")).json()["questionnaires"].size();
  };
  const auto before = count();
  const auto res = api.post(world->api_org_path("/assessments/questionnaires"), bad, "application/json");
  EXPECT_EQ(res.status, 422) << res.body;
  EXPECT_NE(res.body.find("pages[0].elements[0]"), std::string::npos) << res.body;

  auto browser = world->browser(world->coordinator);
  const auto page = browser.submit(world->org_path("/assessments/questionnaires"), {{"text", bad}});
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("pages[0].elements[0]"), std::string::npos);

  const std::string path = (world->server.dir() / "bad.json").string();
  std::ofstream(path) << bad;
  const auto cli = world->server.run_cli(
      {"assessment", "import", path, "--db", world->server.db(), "--org", std::to_string(world->demo_org)});
  EXPECT_NE(cli.exit_code, 0);
  EXPECT_NE(cli.err.find("pages[0].elements[0]"), std::string::npos) << cli.err;
  EXPECT_EQ(count(), before) << "a refused file was stored";
}

TEST_F(Impact, TheScreeningIsAnsweredThroughThePagesJudgedAndHoldsThePilot) {
  const auto initiative = new_initiative("Screening gennem siderne");
  auto browser = world->browser(world->leader);
  auto start = browser.submit(world->org_path("/initiatives/" + std::to_string(initiative) + "/assessments"),
                              {{"kind", "screening"}});
  ASSERT_EQ(start.status, 303) << start.body;
  const std::string first = start.header("Location");
  ASSERT_NE(first.find("/pages/1"), std::string::npos) << first;
  const auto page1 = browser.get(first);
  ASSERT_EQ(page1.status, 200);
  EXPECT_NE(page1.body.find("type=\"radio\""), std::string::npos);
  const std::string id_text =
      first.substr(first.find("/assessments/") + 13, first.find("/pages") - first.find("/assessments/") - 13);
  const std::int64_t id = std::stoll(id_text);

  // A stray value for a question on the page is refused, naming the question, and nothing is saved.
  auto api = world->api(world->leader);
  std::string radio;
  const auto draft = api.get("/api/v1/assessments/" + id_text).json();
  for (const auto& q : draft["questions"]) {
    if (q["type"] == "radiogroup" && q["visible"].get<bool>()) {
      radio = q["name"];
      break;
    }
  }
  const auto stray = browser.submit(first, {{"shown", radio}, {"q." + radio, "forged"}});
  EXPECT_EQ(stray.status, 422);
  EXPECT_NE(stray.body.find(radio), std::string::npos);
  EXPECT_TRUE(api.get("/api/v1/assessments/" + id_text).json()["answers"].empty());

  answer_all(api, id);
  // Completing needs the form's own confirmation: an altered one completes nothing.
  const std::string base = world->org_path("/assessments/" + id_text);
  EXPECT_EQ(browser.submit(base + "/complete", {{"confirm", "complete-1"}}).status, 422);
  EXPECT_EQ(api.get("/api/v1/assessments/" + id_text).json()["status"], "draft");
  EXPECT_EQ(browser.get(base + "/review").status, 200);
  ASSERT_EQ(browser.submit(base + "/complete", {{"confirm", "complete-" + id_text}}).status, 303);
  auto result = api.get("/api/v1/assessments/" + id_text).json();
  ASSERT_EQ(result["status"], "completed");
  ASSERT_FALSE(result["result"]["forum"].is_null()) << "the answers chosen give no finding";
  EXPECT_TRUE(result["result"]["judgement_open"].get<bool>());

  // The gate: past pilot is refused while the judgement is open.
  auto coord = world->api(world->coordinator);
  const std::string phase = "/api/v1/initiatives/" + std::to_string(initiative) + "/phase";
  for (const char* to : {"analysis", "pilot"})
    ASSERT_EQ(coord.post_json(phase, {{"phase", to}, {"reason", "Test"}}).status, 200) << to;
  EXPECT_EQ(coord.post_json(phase, {{"phase", "scale_up"}, {"reason", "Test"}}).status, 409);

  // A viewer reads the result but records nothing.
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(viewer.get(base).status, 200);
  EXPECT_EQ(
      viewer.submit(base + "/judgement", {{"assessment", id_text}, {"kind", "decided"}, {"rationale", "x"}})
          .status,
      403);
  // A forged kind judges nothing.
  EXPECT_EQ(
      browser.submit(base + "/judgement", {{"assessment", id_text}, {"kind", "maybe"}, {"rationale", "x"}})
          .status,
      422);
  const auto judged = browser.submit(
      base + "/judgement", {{"assessment", id_text}, {"kind", "decided"}, {"rationale", "Går videre."}});
  ASSERT_EQ(judged.status, 303) << judged.body;
  result = api.get("/api/v1/assessments/" + id_text).json();
  ASSERT_EQ(result["result"]["judgements"].size(), 1U);
  const std::int64_t decision = result["result"]["judgements"][0]["decision_id"];
  EXPECT_EQ(api.get("/api/v1/decisions/" + std::to_string(decision)).json()["kind"], "decided");

  // The obligations in force, each marked met; then the initiative may leave the pilot.
  const auto obligations = result["result"]["obligations"];
  for (const auto& o : obligations) {
    if (!o["applies_now"].get<bool>()) continue;
    const auto met = api.post_json("/api/v1/assessments/" + id_text + "/obligations",
                                   {{"obligation_id", o["id"]}, {"met_on", "2026-01-05"}, {"note", "OK"}});
    EXPECT_EQ(met.status, 201) << met.body;
  }
  EXPECT_EQ(coord.post_json(phase, {{"phase", "scale_up"}, {"reason", "Test"}}).status, 200);
}

TEST_F(Impact, AnotherOrganisationsIdsAnswer404AndAViewerChangesNothing) {
  const auto initiative = new_initiative("Fremmed");
  auto api = world->api(world->coordinator);
  const auto started = api.post_json(assessments_of(initiative), {{"kind", "screening"}});
  ASSERT_EQ(started.status, 201) << started.body;
  const std::string id = std::to_string(started.json()["id"].get<std::int64_t>());
  auto outsider = world->api(world->outsider);
  EXPECT_EQ(outsider.get("/api/v1/assessments/" + id).status, 404);
  EXPECT_EQ(
      outsider
          .request("PUT", "/api/v1/assessments/" + id + "/answers", R"({"answers":{}})", "application/json")
          .status,
      404);
  auto outsider_browser = world->browser(world->outsider);
  EXPECT_EQ(outsider_browser.get(world->org_path("/assessments/" + id)).status, 404);
  EXPECT_EQ(outsider_browser.get("/orgs/" + std::to_string(world->other_org) + "/assessments/" + id).status,
            404);
  auto viewer = world->api(world->viewer);
  EXPECT_EQ(
      viewer.request("PUT", "/api/v1/assessments/" + id + "/answers", R"({"answers":{}})", "application/json")
          .status,
      403);
  EXPECT_EQ(viewer.post_json(assessments_of(initiative), {{"kind", "screening"}}).status, 403);
  EXPECT_EQ(
      viewer
          .request("PUT", world->api_org_path("/assessments/routing"), R"({"forums":{}})", "application/json")
          .status,
      403);
  // Routing: a forum that is not one of forkant's is refused; a coordinator's table then applies.
  EXPECT_EQ(api.request("PUT", world->api_org_path("/assessments/routing"),
                        R"({"forums":{"aia_level_1":"byraadet"}})", "application/json")
                .status,
            422);
  const auto put = api.request("PUT", world->api_org_path("/assessments/routing"),
                               R"({"forums":{"aia_level_1":"jurist"}})", "application/json");
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_FALSE(put.json()["default"].get<bool>());
  EXPECT_EQ(put.json()["forums"]["aia_level_1"], "jurist");
  EXPECT_TRUE(
      api.request("DELETE", world->api_org_path("/assessments/routing")).json()["default"].get<bool>());
}

}  // namespace
}  // namespace forkant::test
