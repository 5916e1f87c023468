// Editing goals and steps through the real server: a step recorded without a success criterion is
// edited and can then start; the goal page shows the history; a stale edit is refused with 409 and the
// form keeps the user's text; a viewer cannot edit (403) and another organisation's goal or step is 404.
#include <gtest/gtest.h>

#include <memory>

#include "support/world.hpp"

namespace forkant::test {
namespace {

class GoalEdit : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  static std::int64_t goal_id(const std::string& title = "Flere digitale henvendelser") {
    auto api = world->api(world->coordinator);
    const auto res = api.post_json(world->api_org_path("/goals"),
                                   {{"title", title}, {"questions", {4}}, {"horizon", "2027-12-31"}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", std::int64_t{0});
  }
  static std::int64_t step_id(std::int64_t goal, const std::string& criterion) {
    auto api = world->api(world->leader);
    const auto res = api.post_json("/api/v1/goals/" + std::to_string(goal) + "/steps",
                                   {{"hypothesis", "Hvis vi prøver booking, så falder ventetiden"},
                                    {"success_criterion", criterion},
                                    {"owner_id", world->leader.user_id},
                                    {"due_on", "2027-01-10"}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", std::int64_t{0});
  }
  static std::string step_page(std::int64_t step) {
    return world->org_path("/steps/" + std::to_string(step));
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(GoalEdit, AStepWithoutCriterionIsGivenOneThroughThePageAndThenStarts) {
  const auto goal = goal_id();
  const auto step = step_id(goal, "");
  auto browser = world->browser(world->leader);
  const auto refused = browser.submit(step_page(step) + "/start", {});
  EXPECT_EQ(refused.status, 422) << "without a criterion the step cannot start";
  const auto form = browser.get(step_page(step) + "/edit");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("name=\"success_criterion\""), std::string::npos);
  const auto saved = browser.submit(step_page(step) + "/edit",
                                    {{"version", "1"},
                                     {"hypothesis", "Hvis vi prøver booking, så falder ventetiden"},
                                     {"success_criterion", "Ventetiden under 5 minutter i 4 uger"},
                                     {"owner", std::to_string(world->coordinator.user_id)},
                                     {"due_on", "2027-02-01"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(browser.submit(step_page(step) + "/start", {}).status, 303);
  auto api = world->api(world->viewer);
  const auto j = api.get("/api/v1/goals/" + std::to_string(goal)).json();
  ASSERT_EQ(j["steps"].size(), 1u);
  EXPECT_EQ(j["steps"][0]["status"], "running");
  EXPECT_EQ(j["steps"][0]["version"], 2);
  EXPECT_EQ(j["steps"][0]["due_on"], "2027-02-01");
  EXPECT_EQ(j["steps"][0]["owner_id"], world->coordinator.user_id);
  bool found = false;
  for (const auto& h : j["history"]) {
    if (h["object"] == "step" && h["version"] == 2) {
      found = true;
      EXPECT_EQ(h["changed"], nlohmann::json::array({"success_criterion", "owner", "due_on"}));
    }
  }
  EXPECT_TRUE(found) << j["history"].dump();
  const auto page = world->browser(world->viewer).get(world->org_path("/goals/" + std::to_string(goal)));
  EXPECT_NE(page.body.find("Ændringshistorik"), std::string::npos);
  EXPECT_NE(page.body.find("succeskriterium, ansvarlig, frist"), std::string::npos);
}

TEST_F(GoalEdit, AGoalIsEditedThroughTheApiAndAStaleEditIsAConflict) {
  const auto goal = goal_id();
  auto api = world->api(world->leader);
  const std::string path = "/api/v1/goals/" + std::to_string(goal);
  const auto edited = api.request("PUT", path, R"({"version": 1, "title": "Alle henvendelser digitalt"})",
                                  "application/json");
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["version"], 2);
  EXPECT_EQ(edited.json()["title"], "Alle henvendelser digitalt");
  const auto stale = api.request("PUT", path, R"({"version": 1, "title": "Tabt"})", "application/json");
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(stale.json()["error"]["code"], "stale_version") << stale.body;
  EXPECT_EQ(api.get(path).json()["title"], "Alle henvendelser digitalt");
}

TEST_F(GoalEdit, AStalePageEditIsRefusedWithTheUsersTextKeptAndWhatIsSavedNow) {
  const auto goal = goal_id();
  auto first = world->browser(world->leader);
  auto second = world->browser(world->coordinator);
  const std::string edit = world->org_path("/goals/" + std::to_string(goal) + "/edit");
  ASSERT_EQ(first.get(edit).status, 200);
  ASSERT_EQ(second.get(edit).status, 200);
  const auto saved = first.submit(edit, {{"version", "1"},
                                         {"title", "Den førstes titel"},
                                         {"description", ""},
                                         {"questions", "4"},
                                         {"horizon", "2027-12-31"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto lost = second.submit(edit, {{"version", "1"},
                                         {"title", "Flere digitale henvendelser"},
                                         {"description", "Den andens lange beskrivelse med æøå"},
                                         {"questions", "4"},
                                         {"horizon", "2027-12-31"}});
  EXPECT_EQ(lost.status, 409);
  EXPECT_NE(lost.body.find("Den andens lange beskrivelse med æøå"), std::string::npos)
      << "nothing typed is lost";
  EXPECT_NE(lost.body.find("Den førstes titel"), std::string::npos) << "what is saved now is shown";
  EXPECT_NE(lost.body.find("name=\"version\" value=\"2\""), std::string::npos);
  auto api = world->api(world->viewer);
  EXPECT_EQ(api.get("/api/v1/goals/" + std::to_string(goal)).json()["description"], "");
}

TEST_F(GoalEdit, ARunningStepKeepsItsCriterion) {
  const auto goal = goal_id();
  const auto step = step_id(goal, "Halvdelen digitalt");
  auto api = world->api(world->leader);
  ASSERT_EQ(
      api.post_json("/api/v1/steps/" + std::to_string(step) + "/start", nlohmann::json::object()).status,
      200);
  const auto locked = api.request("PUT", "/api/v1/steps/" + std::to_string(step),
                                  R"({"version": 1, "success_criterion": "Lidt færre"})", "application/json");
  EXPECT_EQ(locked.status, 409) << locked.body;
  EXPECT_EQ(locked.json()["error"]["code"], "step_field_locked");
  const auto moved = api.request("PUT", "/api/v1/steps/" + std::to_string(step),
                                 R"({"version": 1, "due_on": "2027-03-01"})", "application/json");
  EXPECT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["due_on"], "2027-03-01");
  EXPECT_EQ(moved.json()["success_criterion"], "Halvdelen digitalt");
}

TEST_F(GoalEdit, AViewerCannotEditAndAnotherOrganisationGets404) {
  const auto goal = goal_id();
  const auto step = step_id(goal, "Halvdelen digitalt");
  const std::string goal_edit = world->org_path("/goals/" + std::to_string(goal) + "/edit");
  auto viewer = world->browser(world->viewer);
  // A member whose role is too low is told so (403); the object is not hidden from its own organisation.
  EXPECT_EQ(viewer.get(goal_edit).status, 403);
  EXPECT_EQ(
      viewer.submit(goal_edit, {{"version", "1"}, {"title", "Viewer"}, {"horizon", "2027-12-31"}}).status,
      403);
  EXPECT_EQ(viewer.get(step_page(step) + "/edit").status, 403);
  auto viewer_api = world->api(world->viewer);
  EXPECT_EQ(viewer_api
                .request("PUT", "/api/v1/goals/" + std::to_string(goal), R"({"version": 1, "title": "V"})",
                         "application/json")
                .status,
            403);
  auto outsider = world->browser(world->outsider);
  // Through the outsider's own organisation's path and through Demo Kommune's: both as if missing.
  const std::string own = "/orgs/" + std::to_string(world->other_org);
  EXPECT_EQ(outsider.get(own + "/goals/" + std::to_string(goal) + "/edit").status, 404);
  EXPECT_EQ(outsider.get(own + "/steps/" + std::to_string(step) + "/edit").status, 404);
  EXPECT_EQ(outsider.get(goal_edit).status, 404);
  auto outsider_api = world->api(world->outsider);
  EXPECT_EQ(outsider_api
                .request("PUT", "/api/v1/steps/" + std::to_string(step),
                         R"({"version": 1, "hypothesis": "X"})", "application/json")
                .status,
            404);
  auto api = world->api(world->leader);
  const auto j = api.get("/api/v1/goals/" + std::to_string(goal)).json();
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["steps"][0]["version"], 1);
}

}  // namespace
}  // namespace forkant::test
