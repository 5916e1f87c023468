// The respondent's pages as a phone user meets them: "Næste" on the question that asks for 100 points
// does not move on while the points do not add up to 100 (422, an error summary linked to the field,
// announced, what was typed kept and saved as the draft); "Forrige" comes before "Næste" and is absent
// on the first page, and Enter in a field still means "Næste"; a progress bar beside "Spørgsmål n af
// 10"; the review names the points rule before submit and links back to an unfinished allocation.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/api_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class RespondFlow : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    const auto fw = world->api(world->owner).get("/api/v1/frameworks/ti-spoergsmaal").json();
    int number = 0;
    for (const auto& d : fw["dimensions"]) {
      ++number;
      std::vector<std::string> ids;
      for (const auto& i : d["items"]) ids.push_back(i["id"]);
      items.push_back(ids);
      if (fw["purpose_dimension"] == d["id"]) purpose_page = number;
    }
    for (const auto& p : fw["purposes"]) purposes.push_back(p["id"]);
  }
  static void TearDownTestSuite() { world.reset(); }

  // An open round with one private link; the link's path ("/r/TOKEN").
  static std::string open_link(const std::string& title) {
    auto coordinator = world->browser(world->coordinator);
    const auto created =
        coordinator.submit(world->org_path("/rounds"),
                           {{"title", title}, {"groups", "direktion"}, {"groups", "chefer"}, {"k", "3"}});
    EXPECT_EQ(created.status, 303);
    const std::string round = created.header("Location");
    round_id = std::stoll(round.substr(8));
    EXPECT_EQ(coordinator.submit(round + "/open", {}).status, 303);
    const auto csv = coordinator.submit(round + "/links", {{"group", "direktion"}, {"count", "1"}});
    const auto at = csv.body.find("/r/");
    EXPECT_NE(at, std::string::npos) << csv.body;
    return csv.body.substr(at, csv.body.find("\r\n", at) - at);
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::vector<std::vector<std::string>> items;
  static inline std::vector<std::string> purposes;
  static inline int purpose_page = 0;
  static inline std::int64_t round_id = 0;
};

TEST_F(RespondFlow, NextWithPointsThatDoNotAddUpTo100StaysOnThePageAndLosesNothing) {
  ASSERT_GT(purpose_page, 0);
  ASSERT_GE(purposes.size(), 3u);
  const std::string base = open_link("Fordel point");
  const std::string path = base + "/q/" + std::to_string(purpose_page);
  auto phone = world->server.browser();
  const std::string first_rating = items[static_cast<std::size_t>(purpose_page - 1)][0];
  const Fields typed{{first_rating, "4"}, {purposes[0], "60"}, {purposes[1], "20"}, {"nav", "next"}};

  const auto stays = phone.post_form(path, typed);
  EXPECT_EQ(stays.status, 422) << "Næste with 80 points moved on";
  EXPECT_TRUE(contains(stays.body, "role=\"alert\""));
  EXPECT_TRUE(contains(stays.body, "id=\"error-summary\""));
  EXPECT_TRUE(contains(stays.body, "dine point giver nu 80"));
  // The summary links to the first points field, which is on the page.
  std::string first_field = "purpose-" + purposes[0];  // "p.citizens" -> "purpose-p-citizens"
  for (auto& c : first_field) c = c == '.' ? '-' : c;
  EXPECT_TRUE(contains(stays.body, "href=\"#" + first_field + "\"")) << stays.body.substr(0, 3000);
  EXPECT_TRUE(contains(stays.body, "id=\"" + first_field + "\""));
  EXPECT_TRUE(contains(stays.body, "<title>Fejl:"));
  // What was typed is on the page again and saved as the draft; nothing is submitted.
  EXPECT_TRUE(contains(stays.body, "value=\"60\""));
  EXPECT_TRUE(contains(stays.body, "value=\"20\""));
  EXPECT_TRUE(contains(stays.body, "value=\"4\" checked"));
  const auto draft = world->server.browser().get("/api/v1/responses/" + base.substr(3)).json();
  EXPECT_EQ(draft["purposes"][purposes[0]], 60) << draft.dump();
  EXPECT_EQ(draft["purposes"][purposes[1]], 20) << draft.dump();
  EXPECT_EQ(draft["answers"][first_rating], 4) << draft.dump();
  EXPECT_EQ(submitted_count(world->api(world->owner), round_id), 0);

  // "Forrige" and "Gem og fortsæt senere" may leave it half done; the empty allocation (optional) and
  // one of exactly 100 move on.
  Fields back = typed;
  back.back().second = "prev";
  EXPECT_EQ(phone.post_form(path, back).status, 303);
  Fields none{{first_rating, "4"}, {purposes[0], ""}, {purposes[1], ""}, {"nav", "next"}};
  const auto skipped = phone.post_form(path, none);
  EXPECT_EQ(skipped.status, 303);
  Fields hundred{{first_rating, "4"}, {purposes[0], "60"}, {purposes[1], "40"}, {"nav", "next"}};
  const auto moved = phone.post_form(path, hundred);
  ASSERT_EQ(moved.status, 303) << moved.body.substr(0, 2000);
  EXPECT_EQ(moved.header("Location"), base + "/q/" + std::to_string(purpose_page + 1));
  // Enter in a field sends the form without a button's value when no button is the default: that is
  // "Næste" too.
  Fields enter{{first_rating, "4"}, {purposes[0], "10"}};
  EXPECT_EQ(phone.post_form(path, enter).status, 422);
}

TEST_F(RespondFlow, ButtonsAreInReadingOrderAndEveryQuestionShowsAProgressBar) {
  const std::string base = open_link("Knapper og fremskridt");
  auto phone = world->server.browser();
  const auto first = phone.get(base + "/q/1");
  ASSERT_EQ(first.status, 200);
  EXPECT_FALSE(contains(first.body, "value=\"prev\"")) << "Forrige on the first page";
  EXPECT_TRUE(
      contains(first.body, "<progress id=\"progress-bar\" class=\"progress-bar\" max=\"10\" value=\"1\""));
  EXPECT_TRUE(contains(first.body, "aria-label=\"Fremskridt: spørgsmål 1 af 10\""));

  const auto third = phone.get(base + "/q/3");
  ASSERT_EQ(third.status, 200);
  EXPECT_TRUE(contains(third.body, "max=\"10\" value=\"3\""));
  EXPECT_TRUE(contains(third.body, "Spørgsmål 3 af 10"));
  // In the visible row of buttons "Forrige" comes before "Næste" (the hidden first button, out of the tab
  // order and hidden from assistive technology, only makes Enter mean "Næste").
  const auto actions = third.body.find("<div class=\"actions\">");
  ASSERT_NE(actions, std::string::npos);
  const auto prev = third.body.find("value=\"prev\"", actions);
  const auto next = third.body.find("value=\"next\" class=\"button primary\"", actions);
  ASSERT_NE(prev, std::string::npos);
  ASSERT_NE(next, std::string::npos);
  EXPECT_LT(prev, next);
  const auto form = third.body.find("<form");
  const auto default_button =
      third.body.find("class=\"default-submit\" tabindex=\"-1\" aria-hidden=\"true\"");
  ASSERT_NE(default_button, std::string::npos);
  EXPECT_LT(form, default_button);
  EXPECT_LT(default_button, actions);
  EXPECT_EQ(third.body.find("value=\"prev\""), prev) << "a \"prev\" button before the default one";
}

TEST_F(RespondFlow, TheReviewNamesThePointsRuleAndLinksBackToAnUnfinishedAllocation) {
  const std::string base = open_link("Gennemse point");
  const std::string n = std::to_string(purpose_page);
  auto phone = world->server.browser();
  const auto clean = phone.get(base + "/review");
  ASSERT_EQ(clean.status, 200);
  EXPECT_TRUE(contains(clean.body, "id=\"review-rules\""));
  EXPECT_TRUE(contains(clean.body, "fordele 100 point"));
  EXPECT_FALSE(contains(clean.body, "id=\"allocation-problem\""));

  const std::string first_rating = items[static_cast<std::size_t>(purpose_page - 1)][0];
  ASSERT_EQ(
      phone.post_form(base + "/q/" + n, {{first_rating, "3"}, {purposes[0], "50"}, {"nav", "save"}}).status,
      303);
  const auto review = phone.get(base + "/review");
  ASSERT_EQ(review.status, 200);
  EXPECT_TRUE(contains(review.body, "id=\"allocation-problem\""));
  EXPECT_TRUE(contains(review.body, "pointene giver 50, ikke 100"));
  EXPECT_TRUE(contains(review.body, "href=\"" + base + "/q/" + n + "#allocation\""));
  // The rule comes before the submit button.
  EXPECT_LT(review.body.find("id=\"review-rules\""), review.body.find("action=\"" + base + "/submit\""));
}

}  // namespace
}  // namespace forkant::test
