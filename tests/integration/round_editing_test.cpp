// Draft rounds can be changed and deleted, through the pages and the API, and only drafts: title, groups
// and k (never below the organisation's k), a deletion after a confirmation page, each with its audit
// entry; an opened or closed round is refused with 409 and a message. The links CSV names a group by
// its label, and the round page counts links and hand-entered responses per group. The preview shows
// a round as a respondent sees it, read-only, and stores nothing.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/api_facts.hpp"
#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class RoundEditing : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  static std::string draft(const std::string& title) {
    auto coordinator = world->browser(world->coordinator);
    const auto created =
        coordinator.submit(world->org_path("/rounds"),
                           {{"title", title}, {"groups", "direktion"}, {"groups", "chefer"}, {"k", "3"}});
    EXPECT_EQ(created.status, 303);
    return created.header("Location");
  }
  static nlohmann::json round_json(const std::string& round) {
    return world->api(world->owner).get("/api/v1" + round).json();
  }
  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(RoundEditing, ADraftIsEditedThroughTheFormAndOnlyWhileADraft) {
  const std::string round = draft("Udkast der rettes");
  auto coordinator = world->browser(world->coordinator);
  const auto page = coordinator.get(round);
  EXPECT_TRUE(contains(page.body, "href=\"" + round + "/edit\""));
  EXPECT_TRUE(contains(page.body, "href=\"" + round + "/delete\""));
  const auto form = coordinator.get(round + "/edit");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "value=\"Udkast der rettes\""));
  EXPECT_TRUE(contains(form.body, "id=\"edit-group-chefer\" name=\"groups\" value=\"chefer\" checked"));

  // k below the organisation's k is refused with the input kept; nothing changes.
  const auto low =
      coordinator.submit(round + "/edit", {{"title", "Nyt navn"}, {"groups", "direktion"}, {"k", "2"}});
  EXPECT_EQ(low.status, 422);
  EXPECT_TRUE(contains(low.body, "value=\"Nyt navn\""));
  EXPECT_TRUE(contains(low.body, "role=\"alert\""));
  EXPECT_EQ(round_json(round)["title"], "Udkast der rettes");

  const auto saved = coordinator.submit(round + "/edit", {{"title", "Nyt navn"},
                                                          {"groups", "direktion"},
                                                          {"groups", "medarbejdere"},
                                                          {"other_groups", "Ungeråd"},
                                                          {"k", "5"}});
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
  EXPECT_EQ(saved.header("Location"), round + "?saved=1");
  const auto changed = round_json(round);
  EXPECT_EQ(changed["title"], "Nyt navn");
  EXPECT_EQ(changed["min_respondents"], 5);
  EXPECT_EQ(changed["groups"], nlohmann::json({"direktion", "medarbejdere", "Ungeråd"}));
  EXPECT_EQ(
      audit_count(world->api(world->owner), world->demo_org, "round.edited", "round:" + round.substr(8)), 1);

  // A group with links cannot be removed.
  ASSERT_EQ(coordinator.submit(round + "/links", {{"group", "medarbejdere"}, {"count", "1"}}).status, 200);
  const auto has_links =
      coordinator.submit(round + "/edit", {{"title", "Nyt navn"}, {"groups", "direktion"}, {"k", "5"}});
  EXPECT_EQ(has_links.status, 422);
  EXPECT_TRUE(contains(has_links.body, "har links"));
  EXPECT_EQ(round_json(round)["groups"].size(), 3u);

  // A viewer cannot; another organisation finds nothing.
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(viewer.get(round + "/edit").status, 403);
  EXPECT_EQ(viewer.submit(round + "/edit", {{"title", "X"}, {"groups", "direktion"}, {"k", "5"}}).status,
            403);
  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(outsider.get(round + "/edit").status, 404);
  EXPECT_EQ(outsider.submit(round + "/edit", {{"title", "X"}, {"groups", "direktion"}, {"k", "5"}}).status,
            404);

  // Once opened: 409 with the reason, on the page and in the API.
  ASSERT_EQ(coordinator.submit(round + "/open", {}).status, 303);
  EXPECT_FALSE(contains(coordinator.get(round).body, "href=\"" + round + "/edit\""));
  const auto open_edit =
      coordinator.submit(round + "/edit", {{"title", "For sent"}, {"groups", "direktion"}, {"k", "5"}});
  EXPECT_EQ(open_edit.status, 409);
  EXPECT_TRUE(contains(open_edit.body, "kan ikke længere rettes"));
  EXPECT_EQ(coordinator.get(round + "/edit").status, 409);
  auto api = world->api(world->coordinator);
  const auto put =
      api.request("PUT", "/api/v1" + round,
                  R"({"title":"For sent","groups":["direktion"],"min_respondents":5})", "application/json");
  EXPECT_EQ(put.status, 409);
  EXPECT_EQ(put.json()["error"]["code"], "round_not_draft_edit");
  EXPECT_EQ(round_json(round)["title"], "Nyt navn");
}

TEST_F(RoundEditing, ADraftIsDeletedAfterAConfirmationAndOnlyADraft) {
  const std::string round = draft("Udkast der slettes");
  auto coordinator = world->browser(world->coordinator);
  ASSERT_EQ(coordinator.submit(round + "/links", {{"group", "direktion"}, {"count", "2"}}).status, 200);
  const auto confirm = coordinator.get(round + "/delete");
  ASSERT_EQ(confirm.status, 200);
  EXPECT_TRUE(contains(confirm.body, "Slet målingen Udkast der slettes?"));
  EXPECT_TRUE(contains(confirm.body, "action=\"" + round + "/delete\""));
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(viewer.submit(round + "/delete", {}).status, 403);
  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(outsider.submit(round + "/delete", {}).status, 404);
  EXPECT_EQ(round_json(round)["title"], "Udkast der slettes");

  const auto deleted = coordinator.submit(round + "/delete", {});
  ASSERT_EQ(deleted.status, 303) << deleted.body.substr(0, 2000);
  EXPECT_EQ(deleted.header("Location"), world->org_path("/rounds?deleted=1"));
  EXPECT_EQ(coordinator.get(round).status, 404);
  EXPECT_TRUE(contains(coordinator.get(world->org_path("/rounds?deleted=1")).body, "Målingen er slettet."));
  EXPECT_EQ(
      audit_count(world->api(world->owner), world->demo_org, "round.deleted", "round:" + round.substr(8)), 1);
  EXPECT_EQ(
      database_fact(world->server, "SELECT COUNT(*) FROM invitations WHERE round_id = " + round.substr(8)),
      0);

  // Open and closed rounds are refused, on the page and in the API.
  const std::string open = draft("Åben måling");
  ASSERT_EQ(coordinator.submit(open + "/open", {}).status, 303);
  const auto refused = coordinator.submit(open + "/delete", {});
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(contains(refused.body, "Kun en måling, der ikke er åbnet, kan slettes."));
  auto api = world->api(world->coordinator);
  EXPECT_EQ(api.request("DELETE", "/api/v1" + open).status, 409);
  ASSERT_EQ(coordinator.submit(open + "/close", {}).status, 303);
  EXPECT_EQ(api.request("DELETE", "/api/v1" + open).status, 409);
  EXPECT_EQ(round_json(open)["state"], "closed");

  // The API deletes a draft (204) and edits one (200).
  const std::string by_api = draft("Via API");
  const auto put = api.request("PUT", "/api/v1" + by_api,
                               R"({"title":"Via API, rettet","groups":["chefer"],"min_respondents":4})",
                               "application/json");
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json()["title"], "Via API, rettet");
  EXPECT_EQ(put.json()["groups"], nlohmann::json({"chefer"}));
  EXPECT_EQ(api.request("PUT", "/api/v1" + by_api, R"({"title":"X","groups":["chefer"],"min_respondents":2})",
                        "application/json")
                .status,
            422);
  EXPECT_EQ(world->api(world->viewer).request("DELETE", "/api/v1" + by_api).status, 403);
  EXPECT_EQ(world->api(world->outsider).request("DELETE", "/api/v1" + by_api).status, 404);
  EXPECT_EQ(api.request("DELETE", "/api/v1" + by_api).status, 204);
  EXPECT_EQ(api.get("/api/v1" + by_api).status, 404);
}

TEST_F(RoundEditing, ThePreviewShowsTheRespondentPagesReadOnlyAndSavesNothing) {
  const std::string round = draft("Forhåndsvist");
  auto viewer = world->browser(world->viewer);
  const auto intro = viewer.get(round + "/preview");
  ASSERT_EQ(intro.status, 200);
  EXPECT_TRUE(contains(intro.body, "Forhåndsvisning – svar gemmes ikke"));
  EXPECT_TRUE(contains(intro.body, "href=\"" + round + "/preview/q/1\""));
  const auto q2 = viewer.get(round + "/preview/q/2");
  ASSERT_EQ(q2.status, 200);
  EXPECT_TRUE(contains(q2.body, "Forhåndsvisning – svar gemmes ikke"));
  EXPECT_TRUE(contains(q2.body, "Spørgsmål 2 af 10"));
  EXPECT_TRUE(contains(q2.body, "type=\"radio\""));
  // No form of the page's own posts anything (the layout's sign-out and language forms are not in main).
  const auto main_start = q2.body.find("<main");
  const auto main_end = q2.body.find("</main>");
  const std::string main = q2.body.substr(main_start, main_end - main_start);
  EXPECT_FALSE(contains(main, "<form")) << main.substr(0, 2000);
  EXPECT_TRUE(contains(main, "href=\"" + round + "/preview/q/1\""));
  EXPECT_TRUE(contains(main, "href=\"" + round + "/preview/q/3\""));
  EXPECT_TRUE(contains(viewer.get(round + "/preview/q/10").body, "href=\"" + round + "\""));
  EXPECT_EQ(viewer.get(round + "/preview/q/11").status, 404);
  EXPECT_EQ(viewer.request("POST", round + "/preview/q/1").status, 405);
  EXPECT_EQ(world->browser(world->outsider).get(round + "/preview").status, 404);
  EXPECT_EQ(
      database_fact(world->server, "SELECT COUNT(*) FROM invitations WHERE round_id = " + round.substr(8)),
      0);
  EXPECT_EQ(database_fact(world->server, "SELECT COUNT(*) FROM drafts"), 0);
}

TEST_F(RoundEditing, TheLinksCsvNamesTheGroupByItsLabelAndTheRoundPageCountsPerGroup) {
  const std::string round = draft("Links pr. gruppe");
  auto coordinator = world->browser(world->coordinator);
  const auto csv = coordinator.submit(round + "/links", {{"group", "direktion"}, {"count", "2"}});
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(contains(csv.body, "\r\nDirektion;http")) << csv.body;
  EXPECT_FALSE(contains(csv.body, "\r\ndirektion;"));
  ASSERT_EQ(coordinator.submit(round + "/links", {{"group", "chefer"}, {"count", "3"}}).status, 200);
  ASSERT_EQ(coordinator.submit(round + "/open", {}).status, 303);
  ASSERT_EQ(coordinator.submit(round + "/import", {{"csv", "group;q1.s1\nchefer;2\n"}}).status, 303);
  const auto page = coordinator.get(round);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Oprettede links"));
  EXPECT_TRUE(contains(page.body, "Indtastede svar"));
  // Direktion: 2 links, none used; Chefer: 3 links, 1 response typed in, 1 in total.
  EXPECT_TRUE(contains(page.body,
                       "<th scope=\"row\">Direktion</th><td class=\"num\">2</td><td class=\"num\">0</td>"
                       "<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"))
      << page.body.substr(page.body.find("<table"), 2000);
  EXPECT_TRUE(contains(page.body,
                       "<th scope=\"row\">Chefer</th><td class=\"num\">3</td><td class=\"num\">0</td>"
                       "<td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td>"));
  const auto r = round_json(round);
  EXPECT_EQ(r["responses"][1]["entered_by_hand"], 1);
  EXPECT_EQ(r["responses"][1]["invited"], 3);
}

}  // namespace
}  // namespace forkant::test
