// A respondent's blank pages (intro, a question with nothing saved, the thank-you page) are rendered once
// per round and kept, with stand-ins for the link's token and the CSRF token (web/respond_blank_page.hpp).
// A kept page must be byte for byte what a full render gives for this link and this visitor, never show
// another respondent's link or CSRF token, and never stand in for a page that has answers on it.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class RespondBlankPage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    const auto fw = world->api(world->owner).get("/api/v1/frameworks/ti-spoergsmaal").json();
    for (const auto& i : fw["dimensions"][0]["items"]) {
      if (i["kind"] != "comment") first_page_ratings.push_back(i["id"]);
    }
  }
  static void TearDownTestSuite() { world.reset(); }

  // An open round with `count` private links of one group; their paths ("/r/TOKEN").
  static std::vector<std::string> links(const std::string& title, int count) {
    auto coordinator = world->browser(world->coordinator);
    const auto created =
        coordinator.submit(world->org_path("/rounds"),
                           {{"title", title}, {"groups", "direktion"}, {"groups", "chefer"}, {"k", "3"}});
    EXPECT_EQ(created.status, 303);
    const std::string round = created.header("Location");
    EXPECT_EQ(coordinator.submit(round + "/open", {}).status, 303);
    const auto csv =
        coordinator.submit(round + "/links", {{"group", "direktion"}, {"count", std::to_string(count)}});
    std::vector<std::string> out;
    for (auto at = csv.body.find("/r/"); at != std::string::npos; at = csv.body.find("/r/", at + 1))
      out.push_back(csv.body.substr(at, csv.body.find("\r\n", at) - at));
    EXPECT_EQ(out.size(), static_cast<std::size_t>(count)) << csv.body;
    return out;
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::vector<std::string> first_page_ratings;
};

TEST_F(RespondBlankPage, AKeptPageIsWhatAFullRenderGivesForThisLinkAndVisitor) {
  const auto paths = links("Gemte sider", 2);
  ASSERT_EQ(paths.size(), 2u);
  auto first = world->server.browser();
  auto second = world->server.browser();
  for (const std::string page : {"", "/q/1", "/q/4"}) {
    const auto a = first.get(paths[0] + page);
    const auto b = second.get(paths[1] + page);  // the kept page, filled for the second link
    ASSERT_EQ(a.status, 200) << page;
    ASSERT_EQ(b.status, 200) << page;
    // A query string is never served from the kept pages: this is the full render.
    const auto full = second.get(paths[1] + page + "?full=1");
    ASSERT_EQ(full.status, 200) << page;
    EXPECT_EQ(b.body, full.body) << page;
    const std::string token_a = paths[0].substr(3), token_b = paths[1].substr(3);
    const std::string csrf_a = first.cookie("forkant_csrf").value_or("?");
    const std::string csrf_b = second.cookie("forkant_csrf").value_or("?");
    ASSERT_NE(csrf_a, csrf_b);
    EXPECT_TRUE(contains(b.body, "value=\"" + csrf_b + "\"")) << page;
    EXPECT_FALSE(contains(b.body, token_a)) << page << ": the other respondent's link";
    EXPECT_FALSE(contains(b.body, csrf_a)) << page << ": the other visitor's CSRF token";
    // Its own link where the page leads (the start button; the form's action).
    const std::string own = page.empty() ? "/q/1" : page;
    EXPECT_TRUE(contains(a.body, "\"" + paths[0] + own + "\"")) << page;
    EXPECT_TRUE(contains(b.body, "\"" + paths[1] + own + "\"")) << page;
  }
  // In the other language, the other language's page.
  auto english = world->server.browser();
  english.set_default_header("Accept-Language", "en");
  const auto en = english.get(paths[1] + "/q/1");
  EXPECT_TRUE(contains(en.body, "<html lang=\"en\">"));
  EXPECT_EQ(en.body, english.get(paths[1] + "/q/1?full=1").body);
}

TEST_F(RespondBlankPage, APageWithAnAnswerSavedOnItShowsTheAnswer) {
  ASSERT_FALSE(first_page_ratings.empty());
  const auto paths = links("Gemte svar", 2);
  ASSERT_EQ(paths.size(), 2u);
  auto phone = world->server.browser();
  ASSERT_EQ(phone.get(paths[0] + "/q/1").status, 200);  // kept blank
  const auto saved = phone.post_form(paths[0] + "/q/1", {{first_page_ratings[0], "4"}, {"nav", "next"}});
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
  const auto again = phone.get(paths[0] + "/q/1");
  ASSERT_EQ(again.status, 200);
  EXPECT_TRUE(contains(again.body, "value=\"4\" checked")) << "the saved answer is not on the page";
  // The intro of a started link offers to continue; the other link's pages stay blank.
  EXPECT_TRUE(contains(phone.get(paths[0]).body, paths[0] + "/q/2"));
  EXPECT_FALSE(contains(world->server.browser().get(paths[1] + "/q/1").body, " checked"));
}

TEST_F(RespondBlankPage, TheThankYouPageOfASubmittedLinkIsItsOwn) {
  ASSERT_FALSE(first_page_ratings.empty());
  const auto paths = links("Tak", 2);
  ASSERT_EQ(paths.size(), 2u);
  for (const auto& path : paths) {
    auto phone = world->server.browser();
    Fields answers;
    for (const auto& id : first_page_ratings) answers.emplace_back(id, "3");
    answers.emplace_back("nav", "next");
    ASSERT_EQ(phone.post_form(path + "/q/1", answers).status, 303);
    ASSERT_EQ(phone.post_form(path + "/submit", {}).status, 303);
    const auto thanks = phone.get(path);
    ASSERT_EQ(thanks.status, 200);
    EXPECT_TRUE(contains(thanks.body, "class=\"alert success\""));
    EXPECT_TRUE(contains(thanks.body, "name=\"return\" value=\"" + path + "\"")) << "the language switch";
    EXPECT_EQ(thanks.body, phone.get(path + "?full=1").body);
  }
}

}  // namespace
}  // namespace forkant::test
