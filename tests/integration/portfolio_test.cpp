// The portfolio of initiatives (issue 12, section 4) through the page, its downloads and the API: the
// filters work and a bad value is refused by all of them alike (400 or 422, naming the filter), the
// chart and its table show the same initiatives, the exports carry the filter, a viewer may read, and
// another organisation's portfolio answers 404. The initiatives are written straight into the database
// (the register's own pages are another part of the issue) in the shape its store writes them, beside
// the demo's six.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "formats/initiative_json.hpp"
#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string sql_text(const std::string& text) {
  std::string out = "'";
  for (const char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

class Portfolio : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    InitiativeDraft robot;
    robot.title = "Robot til bogføring";
    robot.owner_user_id = world->owner.user_id;
    robot.questions = {4, 9};
    robot.purposes = {{"p.efficiency", 100}};
    robot.value_rating = 3;
    robot.data_sources = {{"KMD Opera", Quality::good}};
    robot.competence_readiness = Quality::good;
    insert(world->demo_org, robot, "operation");
    InitiativeDraft jobmatch;
    jobmatch.title = "Jobmatch <AI> & \"robot\"";
    jobmatch.owner_user_id = world->owner.user_id;
    jobmatch.questions = {2, 4, 7};
    jobmatch.value_rating = 0;  // not rated: listed, not plotted
    insert(world->demo_org, jobmatch, "pilot");
    InitiativeDraft other;
    other.title = "Anden kommunes app";
    other.owner_user_id = world->outsider.user_id;
    insert(world->other_org, other, "idea");
  }
  static void TearDownTestSuite() { world.reset(); }

  static void insert(std::int64_t org_id, const InitiativeDraft& draft, const std::string& phase) {
    std::string questions;
    for (const int q : draft.questions) questions += (questions.empty() ? "" : ",") + std::to_string(q);
    database_change(
        world->server,
        "INSERT INTO initiatives(org_id, version, phase, title, owner_id, value_rating, "
        "competence_readiness, "
        "technologies, questions, content, created_at) VALUES(" +
            std::to_string(org_id) + ", 1, " + sql_text(phase) + ", " + sql_text(draft.title) + ", " +
            std::to_string(draft.owner_user_id) + ", " + std::to_string(draft.value_rating) + ", " +
            sql_text(std::string{to_string(draft.competence_readiness)}) + ", '', " + sql_text(questions) +
            ", " + sql_text(initiative_draft_to_json(draft).dump()) + ", 1780000000)");
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(Portfolio, ThePageListsTheOrganisationsInitiativesWithTheirFiguresAndEscapesTitles) {
  auto viewer = world->browser(world->viewer);
  const auto res = viewer.get(world->org_path("/portfolio"));
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(contains(res.body, "Robot til bogføring"));
  EXPECT_TRUE(contains(res.body, "Jobmatch &lt;AI&gt; &amp; &quot;robot&quot;")) << "escaped";
  EXPECT_FALSE(contains(res.body, "<AI>"));
  EXPECT_FALSE(contains(res.body, "Anden kommunes app")) << "another organisation's initiative";
  EXPECT_TRUE(contains(res.body, "8 af 8 initiativer vises")) << "the demo's six and these two";
  EXPECT_TRUE(contains(res.body, "ingen værdi sat")) << "the unrated initiative is listed apart";
  EXPECT_TRUE(contains(res.body, "id=\"portfolio-table\""));
  EXPECT_TRUE(contains(res.body, "href=\"" + world->org_path("/portfolio") + "\"")) << "in the navigation";
}

TEST_F(Portfolio, FiltersNarrowThePageTheExportsAndTheApiAlike) {
  auto viewer = world->browser(world->viewer);
  const auto page = viewer.get(world->org_path("/portfolio?phase=pilot&question=7"));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Jobmatch"));
  EXPECT_FALSE(contains(page.body, "Robot til bogføring"));
  EXPECT_TRUE(contains(page.body, "portfolio.csv?phase=pilot&amp;question=7"))
      << "the export keeps the filter";

  const auto csv = viewer.get(world->org_path("/portfolio.csv?purpose=p.efficiency"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(contains(csv.body, "Robot til bogføring"));
  EXPECT_FALSE(contains(csv.body, "Jobmatch"));

  auto api = world->api(world->viewer);
  const auto json = api.get(world->api_org_path("/portfolio?sort=value"));
  ASSERT_EQ(json.status, 200) << json.body;
  const auto body = nlohmann::json::parse(json.body);
  EXPECT_EQ(body["total"], 8);
  ASSERT_EQ(body["initiatives"].size(), 8U);
  EXPECT_TRUE(body["initiatives"].back()["value"].is_null()) << "unrated last when sorted by value";
  bool found = false;
  for (const auto& row : body["initiatives"]) {
    if (row["initiative"]["title"] != "Robot til bogføring") continue;
    found = true;
    EXPECT_EQ(row["readiness"], 1.0);
    EXPECT_EQ(row["value"], 3);
    EXPECT_EQ(row["initiative"]["phase"], "operation");
  }
  EXPECT_TRUE(found);

  const auto download = viewer.get(world->org_path("/portfolio.json?open=1"));
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(nlohmann::json::parse(download.body)["shown"], 0) << "nothing is waiting for a judgement";
}

TEST_F(Portfolio, ABadFilterValueIsRefusedNamingTheFilterAndListsNothing) {
  struct Case {
    std::string query;
    int status;
    std::string code;
  };
  const Case cases[] = {{"phase=done", 422, "unknown_phase"},
                        {"question=x", 400, "wrong_type"},
                        {"question=11", 422, "unknown_question"},
                        {"tier=huge", 422, "unknown_tier"},
                        {"level=9", 422, "unknown_level"},
                        {"open=yes", 400, "invalid_open"},
                        {"purpose=p.unknown", 422, "unknown_purpose"}};
  auto viewer = world->browser(world->viewer);
  auto api = world->api(world->viewer);
  for (const auto& c : cases) {
    const auto page = viewer.get(world->org_path("/portfolio?" + c.query));
    EXPECT_EQ(page.status, c.status) << c.query;
    EXPECT_TRUE(contains(page.body, "role=\"alert\"")) << c.query;
    EXPECT_FALSE(contains(page.body, "Robot til bogføring")) << c.query;
    EXPECT_EQ(viewer.get(world->org_path("/portfolio.csv?" + c.query)).status, c.status) << c.query;
    const auto res = api.get(world->api_org_path("/portfolio?" + c.query));
    EXPECT_EQ(res.status, c.status) << c.query;
    EXPECT_EQ(nlohmann::json::parse(res.body)["error"]["code"], c.code) << c.query;
  }
  EXPECT_TRUE(contains(viewer.get(world->org_path("/portfolio?phase=done")).body, "»Fase«"));
}

TEST_F(Portfolio, AnotherOrganisationsPortfolioIsNotFound) {
  auto outsider = world->browser(world->outsider);
  auto outsider_api = world->api(world->outsider);
  for (const char* path : {"/portfolio", "/portfolio.csv", "/portfolio.json"})
    EXPECT_EQ(outsider.get(world->org_path(path)).status, 404) << path;
  EXPECT_EQ(outsider_api.get(world->api_org_path("/portfolio")).status, 404);
  const auto own = outsider.get("/orgs/" + std::to_string(world->other_org) + "/portfolio");
  ASSERT_EQ(own.status, 200);
  EXPECT_TRUE(contains(own.body, "Anden kommunes app"));
  EXPECT_FALSE(contains(own.body, "Robot til bogføring"));
}

TEST_F(Portfolio, TheOverviewHasTheSectionOfInitiativesWaitingForAJudgement) {
  auto viewer = world->browser(world->viewer);
  const auto res = viewer.get(world->org_path());
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(contains(res.body, "Initiativer, der venter på en vurdering"));
  EXPECT_TRUE(contains(res.body, "Intet initiativ venter på en vurdering."));
}

// Last: it adds an initiative. The page's content is rendered once and kept (pages/portfolio.cpp); a change
// to the register shows at once all the same, for every filter.
TEST_F(Portfolio, AChangeToTheRegisterShowsAtOnceThoughThePageIsKept) {
  auto viewer = world->browser(world->viewer);
  const std::string pilots = world->org_path("/portfolio?phase=pilot");
  const auto before = viewer.get(pilots);
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_FALSE(contains(before.body, "Sensorer i hjemmeplejen, kept"));
  EXPECT_EQ(viewer.get(pilots).body, before.body) << "the kept content, unchanged";

  auto api = world->api(world->leader);
  const auto created = api.post_json(
      world->api_org_path("/initiatives"),
      {{"title", "Sensorer i hjemmeplejen, kept"}, {"owner_id", world->leader.user_id}, {"questions", {7}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = created.json().value("id", std::int64_t{0});
  const std::string phase = "/api/v1/initiatives/" + std::to_string(id) + "/phase";
  ASSERT_EQ(api.post_json(phase, {{"phase", "analysis"}}).status, 200);
  ASSERT_EQ(api.post_json(phase, {{"phase", "pilot"}}).status, 200);
  EXPECT_TRUE(contains(viewer.get(pilots).body, "Sensorer i hjemmeplejen, kept")) << "a new pilot";
  ASSERT_EQ(
      api.post_json(phase, {{"phase", "stopped"}, {"reason", "Borgerne ville hellere have besøg."}}).status,
      200);
  EXPECT_FALSE(contains(viewer.get(pilots).body, "Sensorer i hjemmeplejen, kept")) << "no longer a pilot";
}

}  // namespace
}  // namespace forkant::test
