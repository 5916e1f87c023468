// The technology radar (issue 17, docs/radar.md) through its pages and the API, on one server: an
// edition and entries made through the forms (a hold with its dates and reason, prerequisites checked
// against a linked initiative), the radar page's SVG with its text alternative and table, read-only
// history and the compare page, the BYOR export imported back as the same radar, a refused import naming
// the row and the reason and storing nothing, roles and another organisation's ids (404).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

int count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

class Radar : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    owner = std::make_unique<Browser>(world->browser(world->owner));
    viewer = std::make_unique<Browser>(world->browser(world->viewer));
    // A fresh, empty current edition: the demo's own radar becomes history.
    const auto made = owner->submit(world->org_path("/radar/editions"), {{"title", "Test 2027"},
                                                                         {"published_on", "2027-01-10"},
                                                                         {"quadrant_0", "Data & analyse"},
                                                                         {"quadrant_1", "Platforme"},
                                                                         {"quadrant_2", "Værktøjer"},
                                                                         {"quadrant_3", "Metoder"}});
    ASSERT_EQ(made.status, 303) << made.body;
    const auto initiatives = world->api(world->viewer).get(world->api_org_path("/initiatives"));
    ASSERT_EQ(initiatives.status, 200);
    initiative_id = initiatives.json()["initiatives"][0]["id"].get<std::int64_t>();
    initiative_title = initiatives.json()["initiatives"][0]["title"].get<std::string>();
  }
  static void TearDownTestSuite() {
    owner.reset();
    viewer.reset();
    world.reset();
  }

  static nlohmann::json current() {
    const auto res = world->api(world->viewer).get(world->api_org_path("/radar"));
    EXPECT_EQ(res.status, 200) << res.body;
    return res.json()["edition"];
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::unique_ptr<Browser> owner;
  static inline std::unique_ptr<Browser> viewer;
  static inline std::int64_t initiative_id = 0;
  static inline std::string initiative_title;
};

TEST_F(Radar, AnEntryMadeThroughTheFormIsOnTheChartInTheTextAlternativeAndInTheTable) {
  const auto res =
      owner->submit(world->org_path("/radar/entries"), {{"name", "Domino <Test>"},
                                                        {"quadrant", "2"},
                                                        {"ring", "hold"},
                                                        {"hold_since", "2027-01-10"},
                                                        {"hold_revisit_on", "2027-06-01"},
                                                        {"hold_reason", "Erstattes af fælles løsning"},
                                                        {"description", ""},
                                                        {"prerequisite_kind", "partner"},
                                                        {"prerequisite_name", "Ingen partner XYZ"},
                                                        {"prerequisite_quality", "good"},
                                                        {"initiative_id", std::to_string(initiative_id)}});
  EXPECT_EQ(res.status, 422) << "a name with < or > is refused";
  EXPECT_TRUE(contains(res.body, "Navnet må ikke indeholde")) << res.body;
  EXPECT_TRUE(contains(res.body, "Erstattes af fælles løsning")) << "the input is kept";

  const auto ok =
      owner->submit(world->org_path("/radar/entries"), {{"name", "Domino Testplatform"},
                                                        {"quadrant", "2"},
                                                        {"ring", "hold"},
                                                        {"hold_since", "2027-01-10"},
                                                        {"hold_revisit_on", "2027-06-01"},
                                                        {"hold_reason", "Erstattes af fælles løsning"},
                                                        {"description", "Gammel platform"},
                                                        {"prerequisite_kind", "partner"},
                                                        {"prerequisite_name", "Ingen partner XYZ"},
                                                        {"prerequisite_quality", "good"},
                                                        {"initiative_id", std::to_string(initiative_id)}});
  ASSERT_EQ(ok.status, 303) << ok.body;

  const auto page = viewer->get(world->org_path("/radar"));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "<svg")) << "the chart";
  EXPECT_TRUE(contains(page.body, "role=\"img\""));
  EXPECT_TRUE(contains(page.body, "<title>1. Domino Testplatform: I bero, ny</title>")) << page.body;
  EXPECT_TRUE(contains(page.body, "1. Domino Testplatform — I bero, ny")) << "the text alternative";
  EXPECT_TRUE(contains(page.body, "id=\"radar-table\""));
  EXPECT_TRUE(contains(page.body, "Erstattes af fælles løsning"));
  EXPECT_TRUE(contains(page.body, initiative_title + " har ikke partneren Ingen partner XYZ"))
      << "the prerequisite checked against the linked initiative";
  EXPECT_FALSE(contains(page.body, "/radar/entries/new")) << "a viewer does not get the form";
  EXPECT_EQ(
      viewer->submit(world->org_path("/radar/entries"), {{"name", "X"}, {"quadrant", "0"}, {"ring", "adopt"}})
          .status,
      403)
      << "a member whose role is too low";

  const auto api = current();
  ASSERT_EQ(api["entries"].size(), 1U);
  EXPECT_EQ(api["entries"][0]["ring"], "hold");
  EXPECT_EQ(api["entries"][0]["hold"]["revisit_on"], "2027-06-01");
  EXPECT_EQ(api["entries"][0]["findings"][0]["outcome"], "partner_missing");
}

TEST_F(Radar, TheApiWritesEntriesAndRefusesAnotherOrganisationsIds) {
  auto api = world->api(world->owner);
  const auto made =
      api.post_json(world->api_org_path("/radar/entries"),
                    {{"name", "Kubernetes"}, {"quadrant", 1}, {"ring", "trial"}, {"description", "x"}});
  ASSERT_EQ(made.status, 201) << made.body;
  const auto id = made.json()["entry"]["id"].get<std::int64_t>();
  EXPECT_EQ(made.json()["entry"]["movement"], "new");
  const auto edited = api.request(
      "PUT", world->api_org_path("/radar/entries/" + std::to_string(id)),
      nlohmann::json{{"name", "Kubernetes"}, {"quadrant", 1}, {"ring", "adopt"}}.dump(), "application/json");
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["entry"]["ring"], "adopt");
  const auto twin = api.post_json(world->api_org_path("/radar/entries"),
                                  {{"name", " kubernetes"}, {"quadrant", 0}, {"ring", "assess"}});
  EXPECT_EQ(twin.status, 409);
  EXPECT_EQ(twin.json()["error"]["code"], "radar_name_taken") << twin.body;

  auto outsider = world->api(world->outsider);
  EXPECT_EQ(outsider.get(world->api_org_path("/radar")).status, 404);
  const std::string theirs =
      "/api/v1/orgs/" + std::to_string(world->other_org) + "/radar/entries/" + std::to_string(id);
  EXPECT_EQ(outsider.request("DELETE", theirs).status, 404) << "another organisation's entry id";
  EXPECT_EQ(world->api(world->viewer)
                .request("DELETE", world->api_org_path("/radar/entries/" + std::to_string(id)))
                .status,
            403);
  const auto removed = api.request("DELETE", world->api_org_path("/radar/entries/" + std::to_string(id)));
  EXPECT_EQ(removed.status, 204);
}

TEST_F(Radar, TheByorExportImportsBackAsTheSameRadarAndHistoryStaysAsItWas) {
  auto api = world->api(world->owner);
  ASSERT_EQ(
      api.post_json(world->api_org_path("/radar/entries"), {{"name", "Power BI, \"Pro\""},
                                                            {"quadrant", 0},
                                                            {"ring", "trial"},
                                                            {"description", "Linje 1\nLinje <2> & mere"}})
          .status,
      201);
  ASSERT_EQ(api.post_json(world->api_org_path("/radar/entries"),
                          {{"name", "Rust"}, {"quadrant", 3}, {"ring", "assess"}})
                .status,
            201);
  ASSERT_EQ(api.post_json(world->api_org_path("/radar/entries"),
                          {{"name", "Helm"}, {"quadrant", 1}, {"ring", "adopt"}})
                .status,
            201);
  const auto before = current();
  const auto csv = viewer->get(world->org_path("/radar/export.csv"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(csv.body.starts_with("name,ring,quadrant,isNew,status,description\r\n")) << csv.body;
  EXPECT_TRUE(contains(csv.body, "Linje 1<br>Linje &lt;2&gt; & mere"));

  const auto imported = owner->submit(
      world->org_path("/radar/import"),
      {{"title", "Importeret"}, {"published_on", "2027-02-01"}, {"format", "csv"}, {"text", csv.body}});
  ASSERT_EQ(imported.status, 303) << imported.body;
  const auto after = current();
  EXPECT_NE(after["id"], before["id"]) << "an import is a new edition";
  EXPECT_EQ(after["quadrants"], before["quadrants"]);
  ASSERT_EQ(after["entries"].size(), before["entries"].size());
  for (std::size_t i = 0; i < before["entries"].size(); ++i) {
    for (const char* field : {"name", "quadrant", "ring", "movement", "description", "number"}) {
      EXPECT_EQ(after["entries"][i][field], before["entries"][i][field]) << field << " of " << i;
    }
  }
  EXPECT_EQ(viewer->get(world->org_path("/radar/export.csv")).body, csv.body)
      << "exported again: the same file";
  const auto json = viewer->get(world->org_path("/radar/export.json"));
  ASSERT_EQ(json.status, 200);
  EXPECT_EQ(json.json().size(), before["entries"].size());

  // The edition before is history: its page says so and its entries cannot be changed.
  const auto old_id = before["id"].get<std::int64_t>();
  const auto history = viewer->get(world->org_path("/radar/editions/" + std::to_string(old_id)));
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(contains(history.body, "tidligere udgave"));
  const auto old_entry = before["entries"][0]["id"].get<std::int64_t>();
  EXPECT_EQ(owner->get(world->org_path("/radar/entries/" + std::to_string(old_entry) + "/edit")).status, 409);
  const auto compare = viewer->get(world->org_path("/radar/compare"));
  ASSERT_EQ(compare.status, 200);
  EXPECT_EQ(count(compare.body, "<svg"), 2) << "two editions side by side";
}

TEST_F(Radar, ARefusedImportNamesTheRowAndTheReasonAndStoresNothing) {
  const auto editions =
      world->api(world->viewer).get(world->api_org_path("/radar/editions")).json()["editions"].size();
  const auto refused = owner->submit(
      world->org_path("/radar/import"),
      {{"title", "Forkert"},
       {"published_on", "2027-03-01"},
       {"format", "csv"},
       {"text", "name,ring,quadrant,isNew,description\nA,adopt,q1,TRUE,d\nB,explore,q2,FALSE,d\n"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.body, "Række 3: ringen »explore« kendes ikke")) << refused.body;
  auto api = world->api(world->owner);
  api.set_default_header("Accept-Language", "en");
  const auto by_api = api.post_json(
      world->api_org_path("/radar/import"),
      {{"format", "json"},
       {"title", "X"},
       {"published_on", "2027-03-01"},
       {"content", R"([{"name":"A","ring":"adopt","quadrant":"q","isNew":true,"description":""}])"}});
  EXPECT_EQ(by_api.status, 422);
  EXPECT_EQ(by_api.json()["error"]["code"], "byor_json_not_string") << by_api.body;
  EXPECT_EQ(world->api(world->viewer).get(world->api_org_path("/radar/editions")).json()["editions"].size(),
            editions);
  EXPECT_EQ(world->api(world->outsider).get(world->api_org_path("/radar/export.csv")).status, 404);
}

TEST_F(Radar, AHoldDueForRevisitReachesTheOverviewTheRegisterAndTheDraftedAgenda) {
  auto api = world->api(world->owner);
  const auto made = api.post_json(
      world->api_org_path("/radar/entries"),
      {{"name", "Fax-integration"},
       {"quadrant", 2},
       {"ring", "hold"},
       {"hold",
        {{"since", "2025-01-01"}, {"revisit_on", "2025-06-01"}, {"reason", "Ingen nye faxløsninger"}}}});
  ASSERT_EQ(made.status, 201) << made.body;
  const auto overview = viewer->get(world->org_path(""));
  ASSERT_EQ(overview.status, 200);
  EXPECT_TRUE(contains(overview.body, "id=\"ov-radar\""));
  EXPECT_TRUE(contains(overview.body, "Fax-integration")) << "a hold due for another look";
  const auto register_page = viewer->get(world->org_path("/decisions"));
  ASSERT_EQ(register_page.status, 200);
  EXPECT_TRUE(contains(register_page.body, "radar: i bero</span> <a")) << "among the deliberate non-choices";
  EXPECT_TRUE(contains(register_page.body, "Ingen nye faxløsninger"));
  EXPECT_FALSE(contains(viewer->get(world->org_path("/decisions?kind=decided")).body, "Fax-integration"))
      << "not among the decisions taken";
  const auto series = world->api(world->viewer).get(world->api_org_path("/meetings"));
  ASSERT_EQ(series.status, 200) << series.body;
  const auto list = series.json().is_array() ? series.json() : series.json().begin().value();
  ASSERT_FALSE(list.empty()) << series.body;
  const auto agenda =
      viewer->get(world->org_path("/meetings/" + std::to_string(list[0]["id"].get<std::int64_t>())));
  ASSERT_EQ(agenda.status, 200);
  EXPECT_TRUE(contains(agenda.body, "Tag »Fax-integration« op igen")) << "the drafted agenda's radar point";
}

}  // namespace
}  // namespace forkant::test
