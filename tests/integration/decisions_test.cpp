// The three decisions through the real server: the decision register (deselections, versions, stale
// edits, supersession), steps and their evaluation, the drafted agenda item, the account, and the rules
// around them: a viewer cannot write, another organisation sees nothing (404), every change is in the
// audit log, and refused input stores nothing.
#include <gtest/gtest.h>

#include <memory>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class Decisions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  static std::int64_t count(const std::string& table) {
    return database_fact(world->server, "SELECT count(*) FROM " + table +
                                            " WHERE org_id = " + std::to_string(world->demo_org));
  }
  static std::int64_t audit(const std::string& action) {
    return database_fact(world->server, "SELECT count(*) FROM audit_log WHERE action = '" + action + "'");
  }
  static nlohmann::json draft(const std::string& kind, const std::string& title) {
    return {{"kind", kind},
            {"title", title},
            {"rationale", "Fordi det frigør tid til borgerne."},
            {"questions", {2, 9}},
            {"purposes", {"p.efficiency"}},
            {"owner_id", world->leader.user_id},
            {"body", "Direktionen"},
            {"decided_on", "2026-03-03"},
            {"review_on", "2026-09-01"}};
  }
  static std::int64_t create(const nlohmann::json& body) {
    auto api = world->api(world->leader);
    const auto res = api.post_json(world->api_org_path("/decisions"), body);
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", std::int64_t{0});
  }
  static std::int64_t goal_id() {
    auto api = world->api(world->coordinator);
    const auto res = api.post_json(
        world->api_org_path("/goals"),
        {{"title", "Flere digitale henvendelser"}, {"questions", {4}}, {"horizon", "2027-12-31"}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", std::int64_t{0});
  }
  static std::int64_t step_id(std::int64_t goal, const std::string& criterion,
                              const std::string& due = "2026-01-10") {
    auto api = world->api(world->leader);
    const auto res = api.post_json("/api/v1/goals/" + std::to_string(goal) + "/steps",
                                   {{"hypothesis", "Hvis vi prøver, så lærer vi"},
                                    {"success_criterion", criterion},
                                    {"owner_id", world->leader.user_id},
                                    {"due_on", due}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", std::int64_t{0});
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(Decisions, ALeaderRecordsADecisionAndADeselectionThroughTheApi) {
  const auto before = audit("decision.created");
  const auto decided = create(draft("decided", "Fælles sagssystem"));
  const auto deselected = create(draft("deselected", "Ingen chatbot"));
  auto api = world->api(world->viewer);
  const auto list = api.get(world->api_org_path("/decisions?kind=deselected"));
  ASSERT_EQ(list.status, 200);
  bool found_deselected = false, found_decided = false;
  const auto listed = list.json();  // kept alive: a range-for over a temporary's member would dangle
  for (const auto& d : listed["decisions"]) {
    found_deselected |= d["id"] == deselected;
    found_decided |= d["id"] == decided;
  }
  EXPECT_TRUE(found_deselected);
  EXPECT_FALSE(found_decided) << "the kind filter must leave out decided entries";
  EXPECT_EQ(audit("decision.created"), before + 2);
}

TEST_F(Decisions, ALeaderRecordsADeselectionThroughThePageAndSeesItLabelled) {
  auto browser = world->browser(world->leader);
  const auto form = browser.get(world->org_path("/decisions/new?kind=deselected"));
  ASSERT_EQ(form.status, 200);
  const auto res =
      browser.submit(world->org_path("/decisions"), {{"kind", "deselected"},
                                                     {"title", "Ingen egne apps"},
                                                     {"rationale", "Vedligehold vi ikke kan bære."},
                                                     {"questions", "3"},
                                                     {"purposes", "p.efficiency"},
                                                     {"owner", std::to_string(world->leader.user_id)},
                                                     {"body", "Direktionen"},
                                                     {"decided_on", "2026-04-01"}});
  ASSERT_EQ(res.status, 303) << res.body;
  const auto detail = browser.get(res.header("Location"));
  EXPECT_EQ(detail.status, 200);
  EXPECT_NE(detail.body.find("Fravalgt"), std::string::npos);
  EXPECT_NE(detail.body.find("Ingen egne apps"), std::string::npos);
  // The purpose is shown by its label, never by its id.
  EXPECT_NE(detail.body.find("Effektivisering"), std::string::npos);
  EXPECT_EQ(detail.body.find("p.efficiency"), std::string::npos);
}

TEST_F(Decisions, AnEditKeepsTheEarlierVersionInTheHistoryAndAStaleEditIsRefused) {
  const auto id = create(draft("decided", "Version et"));
  auto api = world->api(world->leader);
  const std::string path = "/api/v1/decisions/" + std::to_string(id);
  const auto edited =
      api.request("PUT", path, R"({"version": 1, "title": "Version to"})", "application/json");
  ASSERT_EQ(edited.status, 200) << edited.body;
  const auto j = api.get(path).json();
  EXPECT_EQ(j["version"], 2);
  ASSERT_EQ(j["history"].size(), 2u);
  EXPECT_EQ(j["history"][0]["content"]["title"], "Version et");
  EXPECT_EQ(j["history"][1]["changed"], nlohmann::json::array({"title"}));
  const auto stale =
      api.request("PUT", path, R"({"version": 1, "title": "Version tre"})", "application/json");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["code"], "stale_version");
  EXPECT_EQ(api.get(path).json()["title"], "Version to");
  EXPECT_GE(audit("decision.edited"), 1);
}

TEST_F(Decisions, ASupersededDecisionPointsToItsSuccessorAndCannotBeEdited) {
  const auto old_id = create(draft("decided", "Robotter i løn"));
  auto api = world->api(world->leader);
  const auto res = api.post_json("/api/v1/decisions/" + std::to_string(old_id) + "/supersede",
                                 draft("decided", "Robotter i løn og kreditor"));
  ASSERT_EQ(res.status, 201) << res.body;
  EXPECT_EQ(res.json()["supersedes_id"], old_id);
  const auto old_decision = api.get("/api/v1/decisions/" + std::to_string(old_id)).json();
  EXPECT_EQ(old_decision["superseded_by_id"], res.json()["id"]);
  const auto edit = api.request("PUT", "/api/v1/decisions/" + std::to_string(old_id),
                                R"({"version": 1, "title": "x"})", "application/json");
  EXPECT_EQ(edit.status, 409);
  EXPECT_GE(audit("decision.superseded"), 1);
}

TEST_F(Decisions, AStepWithoutSuccessCriterionCannotStart) {
  const auto step = step_id(goal_id(), "");
  auto api = world->api(world->leader);
  const auto res = api.post("/api/v1/steps/" + std::to_string(step) + "/start", "{}", "application/json");
  EXPECT_EQ(res.status, 422);
  EXPECT_EQ(res.json()["error"]["code"], "success_criterion_required");
  EXPECT_EQ(database_fact(world->server, "SELECT count(*) FROM steps WHERE id = " + std::to_string(step) +
                                             " AND status = 'planned'"),
            1);
}

TEST_F(Decisions, AnEvaluationWithoutVerdictIsRefusedAndAdjustRecordsTheFollowUpDecision) {
  const auto step = step_id(goal_id(), "Halvdelen digitalt");
  auto api = world->api(world->leader);
  const std::string base = "/api/v1/steps/" + std::to_string(step);
  ASSERT_EQ(api.post(base + "/start", "{}", "application/json").status, 200);
  const auto no_verdict = api.post_json(base + "/complete", {{"result", "Nået"}, {"learned", "Meget"}});
  EXPECT_EQ(no_verdict.status, 422);
  EXPECT_EQ(no_verdict.json()["error"]["code"], "verdict_required");
  const auto without_decision = api.post_json(
      base + "/complete", {{"result", "Halvt"}, {"learned", "For tidligt"}, {"verdict", "adjust"}});
  EXPECT_EQ(without_decision.status, 422);
  EXPECT_EQ(without_decision.json()["error"]["code"], "follow_up_decision_required");
  const auto decisions_before = count("decisions");
  const auto done = api.post_json(base + "/complete", {{"result", "Halvt"},
                                                       {"learned", "For tidligt"},
                                                       {"verdict", "adjust"},
                                                       {"decision",
                                                        {{"title", "Påmindelser dagen før"},
                                                         {"rationale", "Evalueringen viste det."},
                                                         {"questions", {4}},
                                                         {"body", "Direktionen"}}}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json()["status"], "done");
  ASSERT_TRUE(done.json()["decision_id"].is_number());
  EXPECT_EQ(count("decisions"), decisions_before + 1);
  const auto decision = api.get("/api/v1/decisions/" + done.json()["decision_id"].dump()).json();
  EXPECT_EQ(decision["kind"], "decided");
  EXPECT_GE(audit("step.completed"), 1);
}

TEST_F(Decisions, TheAgendaDraftHasTheDueStepAndTheReviewWithTheirReasons) {
  auto api = world->api(world->coordinator);
  const auto series =
      api.post_json(world->api_org_path("/meetings"),
                    {{"title", "Testmøde"}, {"cadence", "weekly"}, {"first_meeting", "2020-01-06"}});
  ASSERT_EQ(series.status, 201) << series.body;
  const std::string next = series.json()["next_meeting"];
  // A step due on the next meeting's day and a decision whose review date is that day.
  const auto step = step_id(goal_id(), "Kriterium", next);
  auto review = draft("decided", "Skal følges op");
  review["review_on"] = next;
  const auto decision = create(review);
  const auto agenda = api.get("/api/v1/meeting-series/" + series.json()["id"].dump() + "/agenda");
  ASSERT_EQ(agenda.status, 200) << agenda.body;
  bool has_step = false, has_review = false, has_rotation = false;
  const auto drafted = agenda.json();
  for (const auto& p : drafted["points"]) {
    EXPECT_FALSE(p.value("why", "").empty()) << p.dump();
    has_step |= p["source"] == "step_due" && p["linked_id"] == step;
    has_review |= p["source"] == "review_due" && p["linked_id"] == decision;
    has_rotation |= p["source"] == "question_rotation";
  }
  EXPECT_TRUE(has_step) << agenda.body;
  EXPECT_TRUE(has_review) << agenda.body;
  EXPECT_TRUE(has_rotation);
  auto browser = world->browser(world->coordinator);
  const auto text = browser.get(world->org_path("/meetings/" + series.json()["id"].dump() + "/agenda.txt"));
  EXPECT_EQ(text.status, 200);
  EXPECT_TRUE(text.header("Content-Type").starts_with("text/plain"));
  EXPECT_NE(text.body.find("Skal følges op"), std::string::npos);
}

TEST_F(Decisions, AViewerWhoTriesToWriteIsRefused) {
  auto api = world->api(world->viewer);
  const auto before = count("decisions");
  EXPECT_EQ(api.post_json(world->api_org_path("/decisions"), draft("decided", "Nej")).status, 403);
  EXPECT_EQ(
      api.post_json(world->api_org_path("/goals"), {{"title", "Nej"}, {"horizon", "2027-01-01"}}).status,
      403);
  auto browser = world->browser(world->viewer);
  EXPECT_EQ(browser.submit(world->org_path("/decisions"), {{"title", "Nej"}}).status, 403);
  EXPECT_EQ(browser.get(world->org_path("/decisions")).status, 200);
  EXPECT_EQ(count("decisions"), before);
}

TEST_F(Decisions, AMemberOfAnotherOrganisationCannotReadAnyDecisionGoalMeetingOrAccount) {
  const auto decision = std::to_string(create(draft("decided", "Hemmelig")));
  const auto goal = std::to_string(goal_id());
  const auto series =
      world->api(world->owner).get(world->api_org_path("/meetings")).json()["series"][0]["id"].dump();
  auto api = world->api(world->outsider);
  const std::string org = std::to_string(world->demo_org);
  for (const std::string& path : std::vector<std::string>{
           "/api/v1/orgs/" + org + "/decisions", "/api/v1/decisions/" + decision,
           "/api/v1/orgs/" + org + "/goals", "/api/v1/goals/" + goal, "/api/v1/orgs/" + org + "/meetings",
           "/api/v1/meeting-series/" + series + "/agenda", "/api/v1/orgs/" + org + "/account",
           "/api/v1/orgs/" + org + "/account.csv"}) {
    const auto res = api.get(path);
    EXPECT_EQ(res.status, 404) << path;
    EXPECT_EQ(res.body.find("Hemmelig"), std::string::npos) << path;
  }
  auto browser = world->browser(world->outsider);
  for (const std::string& path : std::vector<std::string>{
           "/decisions", "/decisions/" + decision, "/goals", "/goals/" + goal, "/meetings",
           "/meetings/" + series, "/meetings/" + series + "/agenda.txt", "/account", "/account.csv"}) {
    EXPECT_EQ(browser.get(world->org_path(path)).status, 404) << path;
  }
  // Nor write through its own organisation's paths with Demo Kommune's ids.
  EXPECT_EQ(api.post_json("/api/v1/decisions/" + decision + "/notes", {{"text", "x"}}).status, 404);
}

TEST_F(Decisions, InvalidInputIsRefusedWithItsOwnCodeAndStoresNothing) {
  auto api = world->api(world->leader);
  const auto other_goal = world->api(world->outsider)
                              .post_json("/api/v1/orgs/" + std::to_string(world->other_org) + "/goals",
                                         {{"title", "Andens mål"}, {"horizon", "2027-01-01"}})
                              .json()["id"];
  struct Case {
    const char* name;
    const char* field;
    nlohmann::json value;
    const char* code;
  };
  const Case cases[] = {
      {"a review date before the decision date", "review_on", "2026-01-01", "review_before_decision"},
      {"question 11", "questions", {2, 11}, "unknown_question"},
      {"an owner outside the organisation", "owner_id", world->outsider.user_id, "unknown_owner"},
      {"a link to another organisation's goal", "goal_id", other_goal, "unknown_goal"},
      {"a deselection without reasons", "rationale", " ", "rationale_required"},
  };
  const auto decisions = count("decisions");
  const auto versions = count("decision_versions");
  for (const auto& c : cases) {
    auto body = draft("decided", std::string("Ugyldig: ") + c.name);
    body[c.field] = c.value;
    const auto res = api.post_json(world->api_org_path("/decisions"), body);
    EXPECT_EQ(res.status, 422) << c.name << ": " << res.body;
    EXPECT_EQ(res.json()["error"]["code"], c.code) << c.name;
  }
  EXPECT_EQ(count("decisions"), decisions);
  EXPECT_EQ(count("decision_versions"), versions);
  // Through the form the message is shown and the input kept.
  auto browser = world->browser(world->leader);
  const auto page =
      browser.submit(world->org_path("/decisions"), {{"kind", "decided"},
                                                     {"title", "Beholdt titel"},
                                                     {"rationale", "Grund"},
                                                     {"questions", "11"},
                                                     {"owner", std::to_string(world->leader.user_id)},
                                                     {"body", "Direktionen"},
                                                     {"decided_on", "2026-03-03"}});
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("Beholdt titel"), std::string::npos);
  EXPECT_EQ(count("decisions"), decisions);
}

TEST_F(Decisions, AMeetingSeriesWithAnUnknownCadenceIsRefusedOnThePageAsInTheApi) {
  auto browser = world->browser(world->leader);
  ASSERT_EQ(browser.get(world->org_path("/meetings")).status, 200);
  const auto before = count("meeting_series");
  const auto res =
      browser.submit(world->org_path("/meetings"),
                     {{"title", "Direktionsmøde"}, {"cadence", "bogus"}, {"first_meeting", "2026-12-01"}});
  EXPECT_EQ(res.status, 422);
  EXPECT_NE(res.body.find("Vælg hver uge, hver n. uge eller hver måned."), std::string::npos);
  EXPECT_EQ(count("meeting_series"), before);
}

TEST_F(Decisions, TheAccountTellsWhatWasDeselectedAndWhyAndExportsCsv) {
  create(draft("deselected", "Ingen ansigtsgenkendelse"));
  auto api = world->api(world->viewer);
  const auto json = api.get(world->api_org_path("/account?from=2026-01-01&to=2026-12-31"));
  ASSERT_EQ(json.status, 200);
  EXPECT_NE(json.json()["questions"][1]["deselected"].dump().find("Ingen ansigtsgenkendelse"),
            std::string::npos);
  const auto csv = api.get(world->api_org_path("/account?from=2026-01-01&to=2026-12-31&format=csv"));
  EXPECT_TRUE(csv.header("Content-Type").starts_with("text/csv"));
  // In Danish the Excel dialect of results.csv, with labels (account_csv_dialect_test.cpp).
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBFSpørgsmål;Art;Dato;Nr.;Titel"));
  EXPECT_EQ(api.get(world->api_org_path("/account?from=2026-12-31&to=2026-01-01")).status, 422);
  auto browser = world->browser(world->viewer);
  const auto page = browser.get(world->org_path("/account?from=2026-01-01&to=2026-12-31"));
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Ingen ansigtsgenkendelse"), std::string::npos);
}

}  // namespace
}  // namespace forkant::test
