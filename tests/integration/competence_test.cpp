// The competence matrix (issue 17, question 6) through its pages and its API, on one server: the AI Act's
// Art. 4 row is there with its date and cannot be deleted, competencies and sectors are managed, a cell is
// assessed and its gap ranked, a gap becomes a step of a goal in one action (page and API), a stale edit
// is refused, the downloads carry the matrix, every change is in the audit log, a viewer reads but does
// not write, and another organisation's ids answer 404.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class CompetenceMatrix : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  static std::int64_t fact(const std::string& sql) { return database_fact(world->server, sql); }
  static std::string org() { return std::to_string(world->demo_org); }

  // A goal of the demo organisation, made through the API.
  static std::int64_t make_goal(const std::string& title) {
    auto api = world->api(world->leader);
    const auto res =
        api.post_json(world->api_org_path("/goals"), {{"title", title}, {"horizon", "2027-12-31"}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json()["id"].get<std::int64_t>();
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(CompetenceMatrix, TheMatrixShowsTheAiActRowWithItsDateToEveryMemberAndNotToOthers) {
  auto viewer = world->browser(world->viewer);
  const auto page = viewer.get(world->org_path("/competencies"));
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "AI-kompetencer (AI-forordningens artikel 4)"));
  EXPECT_TRUE(contains(page.body, "Lovkrav"));
  EXPECT_TRUE(contains(page.body, "2. februar 2025")) << "the duty's date";
  for (const char* role : {"Direktion", "Chefer", "Ledere", "Medarbejdere", "Politikere", "Borgere"}) {
    EXPECT_TRUE(contains(page.body, std::string("<th scope=\"col\">") + role + "</th>")) << role;
  }
  EXPECT_TRUE(contains(page.body, "href=\"" + world->org_path("/competencies") + "\""))
      << "in the navigation";
  EXPECT_EQ(
      fact("SELECT COUNT(*) FROM competencies WHERE org_id = " + org() + " AND builtin = 'ai_act_art4'"), 1);

  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(outsider.get(world->org_path("/competencies")).status, 404);
  EXPECT_EQ(world->api(world->outsider).get(world->api_org_path("/competencies")).status, 404);
  EXPECT_EQ(outsider.get(world->org_path("/competencies.csv")).status, 404);
}

TEST_F(CompetenceMatrix, CompetenciesAndSectorsAreManagedOnTheirPageAndTheBuiltInRowStays) {
  auto leader = world->browser(world->leader);
  ASSERT_EQ(leader.get(world->org_path("/competencies/manage")).status, 200);
  auto added = leader.submit(world->org_path("/competencies"),
                             {{"name", "Dataetik <test>"}, {"description", "At bruge data ansvarligt"}});
  ASSERT_EQ(added.status, 303) << added.body;
  const auto again = leader.submit(world->org_path("/competencies"), {{"name", "dataetik <test>"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(contains(again.body, "Der er allerede en kompetence med det navn."));
  const auto blank = leader.submit(world->org_path("/competencies"), {{"name", "  "}});
  EXPECT_EQ(blank.status, 422);
  EXPECT_TRUE(contains(blank.body, "Skriv kompetencens navn."));

  ASSERT_EQ(
      leader.submit(world->org_path("/competencies/sectors"), {{"name", "Teknik og miljø (test)"}}).status,
      303);
  const auto sector_id = fact("SELECT id FROM competence_sectors WHERE org_id = " + org() +
                              " AND name = 'Teknik og miljø (test)'");
  ASSERT_EQ(leader
                .submit(world->org_path("/competencies/sectors/" + std::to_string(sector_id)),
                        {{"name", "Teknik, miljø (test)"}})
                .status,
            303);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM competence_sectors WHERE name = 'Teknik, miljø (test)'"), 1);
  const auto manage = leader.get(world->org_path("/competencies/manage"));
  EXPECT_TRUE(contains(manage.body, "Dataetik &lt;test&gt;")) << "escaped";

  const auto builtin =
      fact("SELECT id FROM competencies WHERE org_id = " + org() + " AND builtin IS NOT NULL");
  const auto refused =
      leader.submit(world->org_path("/competencies/" + std::to_string(builtin) + "/delete"), {});
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(contains(refused.body, "indbygget lovkrav"));
  EXPECT_EQ(fact("SELECT COUNT(*) FROM competencies WHERE id = " + std::to_string(builtin)), 1);

  // A viewer reads but does not write; another organisation's sector is missing.
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(viewer.submit(world->org_path("/competencies"), {{"name", "Må ikke"}}).status, 403);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM competencies WHERE name = 'Må ikke'"), 0);
  auto outsider_api = world->api(world->outsider);
  const auto theirs = outsider_api.post_json(
      "/api/v1/orgs/" + std::to_string(world->other_org) + "/competence-sectors", {{"name", "Deres sektor"}});
  ASSERT_EQ(theirs.status, 201) << theirs.body;
  const auto their_id = theirs.json()["id"].get<std::int64_t>();
  EXPECT_EQ(
      leader.submit(world->org_path("/competencies/sectors/" + std::to_string(their_id) + "/delete"), {})
          .status,
      404);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM competence_sectors WHERE id = " + std::to_string(their_id)), 1);
  EXPECT_GE(
      fact("SELECT COUNT(*) FROM audit_log WHERE org_id = " + org() + " AND action LIKE 'competence.%'"), 3);
}

TEST_F(CompetenceMatrix, AnAssessedCellIsRankedAndItsGapBecomesAStepOfAGoalInOneAction) {
  auto leader = world->browser(world->leader);
  ASSERT_EQ(leader.submit(world->org_path("/competencies"), {{"name", "Indkøb af AI (test)"}}).status, 303);
  const auto competence = fact("SELECT id FROM competencies WHERE name = 'Indkøb af AI (test)'");
  const auto form = leader.get(
      world->org_path("/competencies/cell?competence=" + std::to_string(competence) + "&role=chefer"));
  ASSERT_EQ(form.status, 200) << form.body;
  const auto saved =
      leader.submit(world->org_path("/competencies/cell"), {{"competence", std::to_string(competence)},
                                                            {"role", "chefer"},
                                                            {"sector", ""},
                                                            {"version", ""},
                                                            {"current_level", "0"},
                                                            {"needed_level", "4"},
                                                            {"route", "train"},
                                                            {"owner", std::to_string(world->leader.user_id)},
                                                            {"due_on", "2026-11-30"},
                                                            {"note", "Kursus hos KL"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto cell =
      fact("SELECT id FROM competence_cells WHERE competence_id = " + std::to_string(competence));
  const auto bad =
      leader.submit(world->org_path("/competencies/cell"), {{"competence", std::to_string(competence)},
                                                            {"role", "chefer"},
                                                            {"current_level", "5"},
                                                            {"needed_level", "4"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(fact("SELECT current_level FROM competence_cells WHERE id = " + std::to_string(cell)), 0)
      << "unchanged";

  auto viewer = world->browser(world->viewer);
  const auto matrix = viewer.get(world->org_path("/competencies"));
  EXPECT_TRUE(contains(matrix.body, "0 → 4"));
  EXPECT_TRUE(contains(matrix.body, "Gab: 4"));
  const auto gaps = viewer.get(world->org_path("/competencies/gaps"));
  ASSERT_EQ(gaps.status, 200);
  EXPECT_TRUE(contains(gaps.body, "id=\"gap-" + std::to_string(cell) + "\""));
  EXPECT_FALSE(contains(gaps.body, "/cells/" + std::to_string(cell) + "/step")) << "a viewer gets no form";

  const auto goal = make_goal("Digitale kompetencer (test)");
  const auto step = leader.submit(world->org_path("/competencies/cells/" + std::to_string(cell) + "/step"),
                                  {{"goal", std::to_string(goal)}});
  ASSERT_EQ(step.status, 303) << step.body;
  const auto step_id = fact("SELECT step_id FROM competence_cells WHERE id = " + std::to_string(cell));
  EXPECT_EQ(fact("SELECT goal_id FROM steps WHERE id = " + std::to_string(step_id)), goal);
  EXPECT_EQ(
      fact("SELECT COUNT(*) FROM steps WHERE id = " + std::to_string(step_id) + " AND due_on = '2026-11-30'"),
      1)
      << "the step is due on the cell's date";
  const auto goal_page = leader.get(world->org_path("/goals/" + std::to_string(goal)));
  EXPECT_TRUE(contains(goal_page.body, "Indkøb af AI (test)")) << "the hypothesis names the competence";
  // Once is enough: the second try is refused and makes no second step.
  const auto twice = leader.submit(world->org_path("/competencies/cells/" + std::to_string(cell) + "/step"),
                                   {{"goal", std::to_string(goal)}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM steps WHERE goal_id = " + std::to_string(goal)), 1);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM audit_log WHERE action = 'competence.gap_to_step' AND object = "
                 "'competence_cell:" +
                 std::to_string(cell) + "'"),
            1);
}

TEST_F(CompetenceMatrix, TheApiRecordsCellsAgainstTheVersionSeenAndMakesAStep) {
  auto api = world->api(world->coordinator);
  const auto created =
      api.post_json(world->api_org_path("/competencies"), {{"name", "Informationssikkerhed (api)"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto competence = created.json()["id"].get<std::int64_t>();
  const auto sector =
      api.post_json(world->api_org_path("/competence-sectors"), {{"name", "Børn og unge (api)"}});
  ASSERT_EQ(sector.status, 201) << sector.body;
  const auto sector_id = sector.json()["id"].get<std::int64_t>();

  nlohmann::json cell{{"competence_id", competence}, {"role", "medarbejdere"}, {"sector_id", sector_id},
                      {"current_level", 1},          {"needed_level", 3},      {"route", "partner"}};
  auto put = api.request("PUT", world->api_org_path("/competence-cells"), cell.dump(), "application/json");
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json()["version"], 1);
  EXPECT_EQ(put.json()["gap"], 2);
  EXPECT_EQ(put.json()["sector_id"], sector_id);
  const auto cell_id = put.json()["id"].get<std::int64_t>();
  cell["current_level"] = 2;
  cell["version"] = 1;
  put = api.request("PUT", world->api_org_path("/competence-cells"), cell.dump(), "application/json");
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json()["version"], 2);
  put = api.request("PUT", world->api_org_path("/competence-cells"), cell.dump(), "application/json");
  EXPECT_EQ(put.status, 409) << "version 1 is stale";
  EXPECT_EQ(put.json()["error"]["code"], "stale_version");
  cell["version"] = 2;
  cell["route"] = "outsource";
  put = api.request("PUT", world->api_org_path("/competence-cells"), cell.dump(), "application/json");
  EXPECT_EQ(put.status, 422);

  const auto matrix = api.get(world->api_org_path("/competencies"));
  ASSERT_EQ(matrix.status, 200);
  const auto body = matrix.json();
  EXPECT_EQ(body["roles"][0], "direktion");
  EXPECT_EQ(body["competencies"][0]["builtin"], "ai_act_art4") << "the built-in row first";
  EXPECT_EQ(body["competencies"][0]["in_force"], "2025-02-02");
  const auto gaps = api.get(world->api_org_path("/competence-gaps"));
  ASSERT_EQ(gaps.status, 200);
  bool ranked = false;
  const auto ranked_gaps = gaps.json();
  for (const auto& g : ranked_gaps["gaps"]) ranked = ranked || g["cell"]["id"] == cell_id;
  EXPECT_TRUE(ranked) << gaps.body;

  const auto builtin = body["competencies"][0]["id"].get<std::int64_t>();
  EXPECT_EQ(api.request("DELETE", world->api_org_path("/competencies/" + std::to_string(builtin))).status,
            409);

  const auto goal = make_goal("Sikkerhed (api)");
  auto step = api.post_json(world->api_org_path("/competence-cells/" + std::to_string(cell_id) + "/step"),
                            {{"goal_id", goal}});
  EXPECT_EQ(step.status, 422) << "neither the cell nor the request has a date";
  EXPECT_EQ(step.json()["error"]["code"], "due_on_required");
  step = api.post_json(world->api_org_path("/competence-cells/" + std::to_string(cell_id) + "/step"),
                       {{"goal_id", goal}, {"due_on", "2027-03-01"}});
  ASSERT_EQ(step.status, 201) << step.body;
  EXPECT_EQ(step.json()["cell"]["step_id"], step.json()["step_id"]);

  // Another organisation's ids answer 404, and the viewer may not write.
  const std::string other = "/api/v1/orgs/" + std::to_string(world->other_org);
  EXPECT_EQ(
      api.post_json(other + "/competence-cells/" + std::to_string(cell_id) + "/step", {{"goal_id", goal}})
          .status,
      404);
  EXPECT_EQ(
      world->api(world->viewer).post_json(world->api_org_path("/competencies"), {{"name", "Nej"}}).status,
      403);
  EXPECT_EQ(
      api.request("DELETE", world->api_org_path("/competence-sectors/" + std::to_string(sector_id))).status,
      204);
  EXPECT_EQ(fact("SELECT COUNT(*) FROM competence_cells WHERE id = " + std::to_string(cell_id)), 0)
      << "the sector's cells go with it";
}

TEST_F(CompetenceMatrix, TheOverviewAndTheDraftedAgendaNameGapsWithoutAStep) {
  auto viewer = world->browser(world->viewer);
  const auto overview = viewer.get(world->org_path());
  ASSERT_EQ(overview.status, 200);
  EXPECT_TRUE(contains(overview.body, "id=\"ov-competence\""));
  EXPECT_TRUE(contains(overview.body, "gab er endnu ikke blevet et skridt i et mål"))
      << "the count without a step";
  EXPECT_TRUE(contains(overview.body, world->org_path("/competencies/gaps#gap-"))) << "the top gaps link";

  auto api = world->api(world->viewer);
  const auto series = api.get(world->api_org_path("/meetings")).json();
  ASSERT_FALSE(series["series"].empty());
  const auto series_id = series["series"][0]["id"].get<std::int64_t>();
  const auto agenda = api.get("/api/v1/meeting-series/" + std::to_string(series_id) + "/agenda").json();
  int gaps = 0;
  for (const auto& p : agenda["points"]) {
    if (p["source"] != "competence_gap_without_step") continue;
    ++gaps;
    EXPECT_TRUE(contains(p["text"].get<std::string>(), "Kompetencegab")) << p.dump();
    EXPECT_EQ(fact("SELECT COUNT(*) FROM competence_cells WHERE step_id IS NULL AND id = " +
                   std::to_string(p["linked_id"].get<std::int64_t>())),
              1)
        << "a gap without a step";
  }
  EXPECT_GE(gaps, 1);
  EXPECT_LE(gaps, 3);
  const auto page = viewer.get(world->org_path("/meetings/" + std::to_string(series_id)));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Gabet i kompetencematrixen")) << "the point links to the gap";
}

TEST_F(CompetenceMatrix, TheDownloadsCarryTheMatrix) {
  auto viewer = world->browser(world->viewer);
  const auto csv = viewer.get(world->org_path("/competencies.csv"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(contains(csv.header("content-disposition"), "forkant-competencies.csv"));
  EXPECT_TRUE(contains(csv.body, "rank") && contains(csv.body, "competence") &&
              contains(csv.body, "needed_level"));
  const auto json = viewer.get(world->org_path("/competencies.json"));
  ASSERT_EQ(json.status, 200);
  const auto body = json.json();
  EXPECT_TRUE(body["competencies"].is_array());
  EXPECT_TRUE(body["gaps"].is_array());
  EXPECT_EQ(body["levels"]["max"], 4);
}

}  // namespace
}  // namespace forkant::test
