// The director's status page (/orgs/{id}) over HTTP: on the demo it names the next meeting, what is
// overdue with links (a decision due for review, a running step past its frist whose evaluation is
// missing), the latest closed round per question with top management's position share, and the latest
// decisions not to pursue; a viewer sees it without owner-only links; another organisation answers 404.
// On a round whose top-management group is below k, no figure of that group (nor of a whole round that
// would include it) appears, and the favicon is answered.
#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <string>

#include "support/server_process.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

int occurrences(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

class Overview : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(Overview, ShowsTheNextMeetingAndWhatIsOverdueWithLinks) {
  auto owner = world->browser(world->owner);
  const auto res = owner.get(world->org_path());
  ASSERT_EQ(res.status, 200);
  const std::string& page = res.body;
  EXPECT_TRUE(contains(page, "Næste møde"));
  EXPECT_TRUE(contains(page, "href=\"" + world->org_path("/meetings/")));
  // The demo's edited decision came up for review five days ago and has not been reviewed.
  EXPECT_TRUE(contains(page, "Beslutninger, der skal tages op igen"));
  EXPECT_TRUE(contains(page, "href=\"" + world->org_path("/decisions/")));
  // The demo's running step was due 40 days ago: its evaluation is missing, linked to the step.
  EXPECT_TRUE(contains(page, "Skridt, der mangler en evaluering"));
  EXPECT_TRUE(contains(page, "Hvis økonomi og HR leverer tre nøgletal hver måned"));
  EXPECT_TRUE(contains(page, "#step-"));
}

TEST_F(Overview, ShowsTheLatestClosedRoundPerQuestionWithTopManagementsPosition) {
  auto owner = world->browser(world->owner);
  const std::string page = owner.get(world->org_path()).body;
  EXPECT_TRUE(contains(page, "Seneste afsluttede måling"));
  EXPECT_TRUE(contains(page, "/results\""));
  EXPECT_TRUE(contains(page, "Topledelsen har taget klar stilling til"));
  EXPECT_TRUE(contains(page, "Uenighed i topledelsen"));
  EXPECT_EQ(occurrences(page, "<th scope=\"row\">"), 10);  // one line per question
  // The demo's previous round gives every shown score a trend in words.
  EXPECT_TRUE(contains(page, "op ") || contains(page, "ned ") || contains(page, "uændret"));
  EXPECT_TRUE(contains(page, "Seneste fravalg"));
  EXPECT_TRUE(contains(page, "Ingen hjemmelavede nøgletalsark"));
}

TEST_F(Overview, AViewerSeesTheOverviewWithoutOwnerOnlyLinks) {
  auto viewer = world->browser(world->viewer);
  const auto res = viewer.get(world->org_path());
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(contains(res.body, "Seneste afsluttede måling"));
  EXPECT_FALSE(contains(res.body, world->org_path("/audit")));
  auto owner = world->browser(world->owner);
  EXPECT_TRUE(contains(owner.get(world->org_path()).body, world->org_path("/audit")));
}

TEST_F(Overview, AnotherOrganisationsOverviewIsNotFound) {
  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(outsider.get(world->org_path()).status, 404);
  EXPECT_EQ(outsider.get("/orgs/999999").status, 404);
}

TEST_F(Overview, SpeaksEnglishWithEnglishDates) {
  auto person = world->browser(world->leader);
  ASSERT_EQ(person.submit("/language", {{"lang", "en"}, {"return", world->org_path()}}).status, 303);
  const std::string page = person.get(world->org_path()).body;
  EXPECT_TRUE(contains(page, "Latest decisions not to pursue"));
  EXPECT_TRUE(contains(page, "Top management has taken a clear position on"));
  EXPECT_FALSE(contains(page, "Seneste fravalg"));
  // "closed 9 November 2026": a day, an English month name, a year.
  EXPECT_TRUE(std::regex_search(
      page,
      std::regex(R"(closed \d{1,2} (January|February|March|April|May|June|July|August|September|October|)"
                 R"(November|December) \d{4})")));
}

TEST(OverviewFavicon, IsAnsweredWithTheIconAndTheUsualHeaders) {
  TestServer server;
  server.start();
  auto browser = server.browser();
  const auto res = browser.get("/favicon.ico");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.header("Content-Type"), "image/svg+xml");
  EXPECT_TRUE(contains(res.body, "<svg"));
  EXPECT_FALSE(res.header("Cache-Control").empty());
  EXPECT_EQ(res.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(browser.get("/static/favicon.svg").status, 200);
  EXPECT_TRUE(contains(browser.get("/login").body, "rel=\"icon\""));
}

// Two in direktion (below k = 3) and three managers: the managers alone are the whole round (direktion is
// left out of it), and nothing about direktion is shown.
TEST(OverviewAnonymity, ATopManagementGroupBelowKShowsNoFigures) {
  TestServer server;
  const auto org = server
                       .add_user("coord@test.dk", "Connie Koordinator", "correct horse battery",
                                 "Testkommune", "coordinator")
                       .org_id;
  const auto token = server.create_token("coord@test.dk");
  server.start();
  auto api = server.api(token);
  auto created = api.post_json(
      "/api/v1/orgs/" + std::to_string(org) + "/rounds",
      {{"title", "Lille måling"}, {"framework", "ti-spoergsmaal"}, {"groups", {"direktion", "chefer"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string round = "/api/v1/rounds/" + std::to_string(created.json().value("id", 0));
  ASSERT_EQ(api.post(round + "/open", "", "application/json").status, 200);
  ASSERT_EQ(
      api.request(
             "POST", round + "/responses",
             "group;q1.s1;q1.position\ndirektion;1;1\ndirektion;1;1\nchefer;5;5\nchefer;5;5\nchefer;5;5\n",
             "text/csv")
          .status,
      201);
  ASSERT_EQ(api.post(round + "/close", "", "application/json").status, 200);

  auto coordinator = server.signed_in("coord@test.dk", "correct horse battery");
  const auto res = coordinator.get("/orgs/" + std::to_string(org));
  ASSERT_EQ(res.status, 200);
  const std::string& page = res.body;
  EXPECT_TRUE(contains(page, "Lille måling"));
  EXPECT_TRUE(contains(page, "For få i Direktion har svaret"));
  EXPECT_FALSE(contains(page, "Topledelsen har taget klar stilling"));
  EXPECT_TRUE(contains(page, "5,00"));   // the managers' score: the whole round without direktion
  EXPECT_FALSE(contains(page, "1,00"));  // direktion's
  EXPECT_FALSE(contains(page, "3,40"));  // a whole round that included direktion
  EXPECT_FALSE(contains(page, ">Ja<"));  // no disagreement flag of a group that is not shown
}

}  // namespace
}  // namespace forkant::test
