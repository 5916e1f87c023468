// The initiative register through the real server: an initiative taken from idea to operation through
// the pages and through the API, edits with versions (a stale edit refused), a stop recorded as a
// deliberate non-choice in the decision register, benefit measurements, and the rules around them: another
// organisation's ids answer 404, a viewer cannot change anything, bad input is refused with a message
// naming the field and row, and a form without its CSRF token is refused. (The refusal past the pilot
// while a judgement is open is InitiativeService's; the impact-assessment tests drive it through the
// pages once assessments exist.)
#include <gtest/gtest.h>

#include <memory>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class Initiatives : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  static std::int64_t fact(const std::string& sql) { return database_fact(world->server, sql); }
  static std::int64_t id_from(const HttpResponse& res) {
    const auto location = res.header("Location");
    const auto slash = location.rfind('/');
    return slash == std::string::npos ? 0 : std::stoll(location.substr(slash + 1));
  }
  static std::string page_path(std::int64_t id, const std::string& rest = "") {
    return world->org_path("/initiatives/" + std::to_string(id) + rest);
  }
  static std::string api_path(std::int64_t id, const std::string& rest = "") {
    return "/api/v1/initiatives/" + std::to_string(id) + rest;
  }
  static Fields form(const std::string& title) {
    return {{"title", title},
            {"description", "Forslag til genoptræningsforløb"},
            {"owner", std::to_string(world->leader.user_id)},
            {"questions", "4"},
            {"questions", "7"},
            {"value_rating", "4"},
            {"purpose_1", "p.citizens"},
            {"purpose_weight_1", "60"},
            {"purpose_2", "p.efficiency"},
            {"purpose_weight_2", "40"},
            {"purpose_3", ""},
            {"purpose_weight_3", ""},
            {"technologies", "machine_learning"},
            {"maturity", "emerging"},
            {"data_types", "helbredsoplysninger\r\nCPR-nummer\r\n"},
            {"personal_data", "1"},
            {"special_categories", "1"},
            {"source_system_1", "Cura"},
            {"source_quality_1", "uncertain"},
            {"competence_readiness", "good"},
            {"partner_name_1", "Syddansk Universitet"},
            {"partner_kind_1", "university"},
            {"partner_role_1", "Evaluering"},
            {"standard_1", "MitID"},
            {"standard_2", "Min egen komponent"},
            {"benefit_title_1", "Ventetid"},
            {"benefit_unit_1", "dage"},
            {"benefit_baseline_1", "28,5"},
            {"benefit_target_1", "18"},
            {"benefit_measure_on_1", "2027-06-01"},
            {"message_audience_1", "citizens"},
            {"message_who_1", "Centerlederen"},
            {"message_what_1", "At forslag kan komme fra et system"},
            {"message_when_1", "2027-01-15"},
            {"message_channel_1", "Digital Post"}};
  }
  static std::int64_t create_through_api(const std::string& title) {
    auto api = world->api(world->leader);
    const auto res =
        api.post_json(world->api_org_path("/initiatives"),
                      {{"title", title}, {"owner_id", world->leader.user_id}, {"questions", {9}}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", std::int64_t{0});
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(Initiatives, FromIdeaToOperationThroughThePages) {
  auto browser = world->browser(world->leader);
  ASSERT_EQ(browser.get(world->org_path("/initiatives/new")).status, 200);
  const auto created = browser.submit(world->org_path("/initiatives"), form("AI-støttet genoptræning"));
  ASSERT_EQ(created.status, 303) << created.body;
  const auto id = id_from(created);
  ASSERT_GT(id, 0);

  auto detail = browser.get(page_path(id));
  ASSERT_EQ(detail.status, 200);
  EXPECT_NE(detail.body.find("AI-støttet genoptræning"), std::string::npos);
  EXPECT_NE(detail.body.find("Syddansk Universitet"), std::string::npos);
  EXPECT_NE(detail.body.find("28,5"), std::string::npos) << "a Danish decimal, read and shown back";
  EXPECT_NE(detail.body.find("Min egen komponent"), std::string::npos);
  EXPECT_NE(browser.get(world->org_path("/initiatives")).body.find("AI-støttet genoptræning"),
            std::string::npos);

  ASSERT_EQ(browser.get(page_path(id, "/edit")).status, 200);
  auto edit = form("AI-støttet planlægning af genoptræning");
  edit.emplace_back("version", "1");
  ASSERT_EQ(browser.submit(page_path(id), edit).status, 303);
  // The same edit made against version 1 again: someone else's change would be lost.
  const auto stale = browser.submit(page_path(id), edit);
  EXPECT_EQ(stale.status, 409);
  EXPECT_NE(stale.body.find("version 2"), std::string::npos) << stale.body.substr(0, 400);

  for (const char* phase : {"analysis", "pilot", "scale_up", "operation"}) {
    const auto moved = browser.submit(page_path(id, "/phase"), {{"phase", phase}, {"reason", "Klar"}});
    ASSERT_EQ(moved.status, 303) << phase << ": " << moved.body.substr(0, 400);
  }
  EXPECT_EQ(fact("SELECT count(*) FROM initiative_phase_changes WHERE initiative_id = " + std::to_string(id)),
            4);
  EXPECT_EQ(fact("SELECT count(*) FROM initiatives WHERE phase = 'operation' AND id = " + std::to_string(id)),
            1);
  EXPECT_NE(browser.get(page_path(id)).body.find("Drift"), std::string::npos);

  const auto measured = browser.submit(page_path(id, "/measurements"),
                                       {{"benefit", "0"}, {"value", "21,5"}, {"measured_on", "2026-12-01"}});
  ASSERT_EQ(measured.status, 303) << measured.body.substr(0, 400);
  EXPECT_NE(browser.get(page_path(id)).body.find("21,5"), std::string::npos);
  EXPECT_EQ(fact("SELECT count(*) FROM audit_log WHERE object = 'initiative:" + std::to_string(id) + "'"), 7);
}

TEST_F(Initiatives, FromIdeaToOperationThroughTheApi) {
  const auto id = create_through_api("Lønrobot");
  auto api = world->api(world->leader);
  auto edited =
      api.request("PUT", api_path(id), nlohmann::json{{"version", 1}, {"technologies", {"rpa"}}}.dump(),
                  "application/json");
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["version"], 2);
  EXPECT_EQ(edited.json()["technologies"], nlohmann::json::array({"rpa"}));
  for (const char* phase : {"analysis", "pilot", "scale_up", "operation"}) {
    const auto moved = api.post_json(api_path(id, "/phase"), {{"phase", phase}});
    ASSERT_EQ(moved.status, 200) << phase << ": " << moved.body;
    EXPECT_EQ(moved.json()["phase"], phase);
  }
  const auto versions = api.get(api_path(id, "/versions"));
  ASSERT_EQ(versions.status, 200);
  ASSERT_EQ(versions.json()["versions"].size(), 2U);
  EXPECT_EQ(versions.json()["versions"][1]["changed"], nlohmann::json::array({"technologies"}));
  const auto got = world->api(world->viewer).get(api_path(id));
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.json()["phase_changes"].size(), 4U);
}

TEST_F(Initiatives, StoppingRecordsADeselectedDecisionAndRequiresAReason) {
  const auto id = create_through_api("Chatbot om affald");
  auto browser = world->browser(world->leader);
  const auto refused = browser.submit(page_path(id, "/phase"), {{"phase", "stopped"}, {"reason", " "}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("begrundelsen"), std::string::npos);
  const auto stopped = browser.submit(
      page_path(id, "/phase"), {{"phase", "stopped"}, {"reason", "For mange forkerte svar i piloten"}});
  ASSERT_EQ(stopped.status, 303);
  EXPECT_EQ(
      fact(
          "SELECT count(*) FROM decisions WHERE kind = 'deselected' AND title = 'Stoppet: Chatbot om affald' "
          "AND rationale = 'For mange forkerte svar i piloten'"),
      1);
  const auto decision = fact("SELECT id FROM decisions WHERE title = 'Stoppet: Chatbot om affald'");
  EXPECT_EQ(fact("SELECT count(*) FROM initiative_decisions WHERE initiative_id = " + std::to_string(id) +
                 " AND decision_id = " + std::to_string(decision)),
            1);
  // The links' other way: the decision's page lists the initiative.
  EXPECT_NE(
      browser.get(world->org_path("/decisions/" + std::to_string(decision))).body.find("Chatbot om affald"),
      std::string::npos);
}

TEST_F(Initiatives, AnotherOrganisationsInitiativeAnswers404) {
  const auto id = create_through_api("Borgerapp");
  auto outsider = world->api(world->outsider);
  EXPECT_EQ(outsider.get(api_path(id)).status, 404);
  EXPECT_EQ(outsider.post_json(api_path(id, "/phase"), {{"phase", "analysis"}}).status, 404);
  // Through the outsider's own organisation in the path, too.
  auto browser = world->browser(world->outsider);
  EXPECT_EQ(
      browser.get("/orgs/" + std::to_string(world->other_org) + "/initiatives/" + std::to_string(id)).status,
      404);
  EXPECT_EQ(browser.get(page_path(id)).status, 404);
  // A link to another organisation's goal is answered as a missing one.
  auto theirs = world->api(world->outsider)
                    .post_json("/api/v1/orgs/" + std::to_string(world->other_org) + "/goals",
                               {{"title", "Deres mål"}, {"questions", {4}}, {"horizon", "2027-12-31"}});
  ASSERT_EQ(theirs.status, 201) << theirs.body;
  auto api = world->api(world->leader);
  const auto linked = api.request("PUT", api_path(id),
                                  nlohmann::json{{"version", 1}, {"goal_ids", {theirs.json()["id"]}}}.dump(),
                                  "application/json");
  EXPECT_EQ(linked.status, 422);
  EXPECT_EQ(linked.json()["error"]["code"], "unknown_goal");
}

TEST_F(Initiatives, AViewerReadsButCannotChangeAnything) {
  const auto id = create_through_api("Sensorer om natten");
  auto browser = world->browser(world->viewer);
  EXPECT_EQ(browser.get(page_path(id)).status, 200);
  EXPECT_EQ(browser.get(world->org_path("/initiatives")).status, 200);
  EXPECT_EQ(browser.get(world->org_path("/initiatives/new")).status, 403);
  EXPECT_EQ(browser.submit(world->org_path("/initiatives"), form("Viewerens")).status, 403);
  EXPECT_EQ(browser.submit(page_path(id, "/phase"), {{"phase", "analysis"}}).status, 403);
  EXPECT_EQ(world->api(world->viewer).post_json(api_path(id, "/phase"), {{"phase", "analysis"}}).status, 403);
  EXPECT_EQ(fact("SELECT count(*) FROM initiative_phase_changes WHERE initiative_id = " + std::to_string(id)),
            0);
}

TEST_F(Initiatives, BadInputIsRefusedWithAMessageNamingTheFieldAndRowAndStoresNothing) {
  const auto before = fact("SELECT count(*) FROM initiatives");
  auto browser = world->browser(world->leader);
  auto bad = form("Forkerte vægte");
  bad[7].second = "50";  // purpose_weight_1: 50 + 40
  const auto res = browser.submit(world->org_path("/initiatives"), bad);
  EXPECT_EQ(res.status, 422);
  EXPECT_NE(res.body.find("90 %"), std::string::npos) << res.body.substr(0, 600);
  EXPECT_NE(res.body.find("value=\"Forkerte vægte\""), std::string::npos) << "the input is kept";

  auto no_partner = form("Partner uden navn");
  no_partner.emplace_back("partner_name_2", "");
  no_partner.emplace_back("partner_role_2", "Rådgiver");
  const auto row = browser.submit(world->org_path("/initiatives"), no_partner);
  EXPECT_EQ(row.status, 422);
  EXPECT_NE(row.body.find("række 2 under Partnere"), std::string::npos);

  auto api = world->api(world->leader);
  const auto unknown =
      api.post_json(world->api_org_path("/initiatives"), {{"title", "X"}, {"colour", "blå"}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.json()["error"]["code"], "unknown_field");
  const auto kind = api.post_json(world->api_org_path("/initiatives"),
                                  {{"title", "X"}, {"partners", {{{"name", "KL"}, {"kind", "alien"}}}}});
  EXPECT_EQ(kind.status, 422);
  EXPECT_EQ(kind.json()["error"]["details"]["field"], "partners[1].kind");
  const auto untitled = api.post_json(world->api_org_path("/initiatives"), {{"title", " "}});
  EXPECT_EQ(untitled.status, 422);
  EXPECT_FALSE(untitled.json()["error"]["message"].get<std::string>().empty());
  EXPECT_EQ(fact("SELECT count(*) FROM initiatives"), before);
}

TEST_F(Initiatives, FormsWithoutTheirCsrfTokenAreRefused) {
  const auto id = create_through_api("CSRF-prøve");
  auto browser = world->browser(world->leader);
  EXPECT_EQ(browser.post_form(world->org_path("/initiatives"), form("Uden token")).status, 403);
  EXPECT_EQ(browser.post_form(page_path(id, "/phase"), {{"phase", "analysis"}}).status, 403);
  EXPECT_EQ(browser.post_form(page_path(id, "/measurements"), {{"benefit", "0"}}).status, 403);
  EXPECT_EQ(fact("SELECT count(*) FROM initiatives WHERE title = 'Uden token'"), 0);
}

}  // namespace
}  // namespace forkant::test
