// Paper forms typed into the same pages a respondent uses: a coordinator starts an entry for a group on
// an open round's page, fills in the question pages under the banner "Du indtaster et papirskema for
// gruppen …", submits, and is back on the round page with a confirmation. The response is stored as
// entered by hand by that coordinator (as a CSV import row), so the results count and name it; the
// round page counts it apart from link responses. The entry is bound to its coordinator: a viewer,
// another coordinator, another organisation and a respondent guessing get nothing, and a submitted
// entry takes nothing more.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/api_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class PaperEntry : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    const auto fw = world->api(world->owner).get("/api/v1/frameworks/ti-spoergsmaal").json();
    first_item = fw["dimensions"][0]["items"][0]["id"];
  }
  static void TearDownTestSuite() { world.reset(); }

  static std::string open_round(const std::string& title) {
    auto coordinator = world->browser(world->coordinator);
    const auto created =
        coordinator.submit(world->org_path("/rounds"),
                           {{"title", title}, {"groups", "direktion"}, {"groups", "chefer"}, {"k", "3"}});
    EXPECT_EQ(created.status, 303);
    const std::string round = created.header("Location");
    EXPECT_EQ(coordinator.submit(round + "/open", {}).status, 303);
    return round;
  }
  // Starts an entry and returns its base path ("/rounds/N/paper/E").
  static std::string start(Browser& who, const std::string& round, const std::string& group) {
    const auto started = who.submit(round + "/paper", {{"group", group}});
    EXPECT_EQ(started.status, 303) << started.body.substr(0, 2000);
    const std::string location = started.header("Location");
    EXPECT_EQ(location.rfind(round + "/paper/", 0), 0u) << location;
    EXPECT_EQ(location.substr(location.size() - 4), "/q/1");
    return location.substr(0, location.size() - 4);
  }
  // One paper form: a rating on question 1, then submit.
  static void enter(Browser& who, const std::string& entry, const std::string& value) {
    ASSERT_EQ(who.submit(entry + "/q/1", {{first_item, value}, {"nav", "next"}}).status, 303);
    const auto done = who.submit(entry + "/submit", {});
    ASSERT_EQ(done.status, 303) << done.body.substr(0, 2000);
  }
  static nlohmann::json counts(const std::string& round, const std::string& group) {
    const auto r = world->api(world->owner).get("/api/v1" + round).json();
    for (const auto& c : r["responses"]) {
      if (c["group"] == group) return c;
    }
    return nullptr;
  }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::string first_item;
};

TEST_F(PaperEntry, ACoordinatorTypesAPaperFormIntoTheRespondentPagesAndItIsStoredAsEnteredByHand) {
  const std::string round = open_round("Papirskemaer");
  auto coordinator = world->browser(world->coordinator);
  const auto page = coordinator.get(round);
  EXPECT_TRUE(contains(page.body, "action=\"" + round + "/paper\""));

  const std::string entry = start(coordinator, round, "chefer");
  const auto q1 = coordinator.get(entry + "/q/1");
  ASSERT_EQ(q1.status, 200);
  EXPECT_TRUE(contains(q1.body, "Du indtaster et papirskema for gruppen Chefer"));
  EXPECT_TRUE(contains(q1.body, "action=\"" + entry + "/q/1\""));
  EXPECT_TRUE(contains(q1.body, "name=\"csrf\""));
  ASSERT_EQ(coordinator.submit(entry + "/q/1", {{first_item, "2"}, {"nav", "next"}}).status, 303);
  const auto review = coordinator.get(entry + "/review");
  ASSERT_EQ(review.status, 200);
  EXPECT_TRUE(contains(review.body, "Du indtaster et papirskema for gruppen Chefer"));
  EXPECT_TRUE(contains(review.body, "action=\"" + entry + "/submit\""));

  const auto done = coordinator.submit(entry + "/submit", {});
  ASSERT_EQ(done.status, 303);
  EXPECT_EQ(done.header("Location"), round + "?entered=1#paper-entered");
  const auto back = coordinator.get(round + "?entered=1");
  EXPECT_TRUE(contains(back.body, "Papirskemaet er gemt som et indtastet svar"));
  EXPECT_TRUE(contains(back.body, "action=\"" + round + "/paper\""));  // ready for the next one

  // Counted as a response entered by hand, not as a link.
  const auto chefer = counts(round, "chefer");
  EXPECT_EQ(chefer["submitted"], 1) << chefer.dump();
  EXPECT_EQ(chefer["entered_by_hand"], 1);
  EXPECT_EQ(chefer["invited"], 0) << "a paper entry is no link";
  EXPECT_EQ(audit_count(world->api(world->owner), world->demo_org, "round.paper_form_entered"), 1);

  // A used entry takes nothing more.
  EXPECT_EQ(coordinator.submit(entry + "/submit", {}).status, 410);
  EXPECT_EQ(coordinator.submit(entry + "/q/1", {{first_item, "5"}, {"nav", "next"}}).status, 410);
  EXPECT_EQ(counts(round, "chefer")["submitted"], 1);

  // Two more forms and the round closes: the results name the typist of all three.
  for (const char* v : {"3", "4"}) enter(coordinator, start(coordinator, round, "chefer"), v);
  ASSERT_EQ(coordinator.submit(round + "/close", {}).status, 303);
  const auto results = world->api(world->owner).get("/api/v1" + round + "/results").json();
  nlohmann::json set;
  for (const auto& g : results["groups"]) {
    if (g["group"] == "chefer") set = g["results"];
  }
  ASSERT_TRUE(set.is_object()) << results.dump().substr(0, 2000);
  EXPECT_EQ(set["respondents"], 3) << set.dump().substr(0, 500);
  EXPECT_EQ(set["by_hand"], 3);
  EXPECT_EQ(set["entered_by"][0]["name"], world->coordinator.name);
  EXPECT_EQ(set["entered_by"][0]["count"], 3);
}

TEST_F(PaperEntry, NobodyButTheCoordinatorWhoStartedItCanUseAnEntry) {
  const std::string round = open_round("Papirskemaer, adgang");
  auto coordinator = world->browser(world->coordinator);
  const std::string entry = start(coordinator, round, "direktion");

  // A viewer can neither start nor use one (403, as for every coordinator action).
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(viewer.submit(round + "/paper", {{"group", "direktion"}}).status, 403);
  EXPECT_EQ(viewer.get(entry + "/q/1").status, 403);
  EXPECT_EQ(viewer.submit(entry + "/q/1", {{first_item, "1"}, {"nav", "next"}}).status, 403);
  EXPECT_EQ(viewer.submit(entry + "/submit", {}).status, 403);
  // Another member allowed to enter paper forms (the owner) cannot use this coordinator's entry.
  auto owner = world->browser(world->owner);
  EXPECT_EQ(owner.get(entry + "/q/1").status, 404);
  EXPECT_EQ(owner.submit(entry + "/q/1", {{first_item, "1"}, {"nav", "next"}}).status, 404);
  EXPECT_EQ(owner.submit(entry + "/submit", {}).status, 404);
  // Another organisation finds nothing; neither does someone signed out, nor a guessed link.
  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(outsider.submit(round + "/paper", {{"group", "direktion"}}).status, 404);
  EXPECT_EQ(outsider.get(entry + "/q/1").status, 404);
  EXPECT_EQ(outsider.submit(entry + "/submit", {}).status, 404);
  auto anonymous = world->server.browser();
  EXPECT_NE(anonymous.get(entry + "/q/1").status, 200);
  // The entry of another round with the same id is not this one.
  const std::string other = open_round("Papirskemaer, en anden");
  const std::string id = entry.substr(entry.rfind('/') + 1);
  EXPECT_EQ(coordinator.get(other + "/paper/" + id + "/q/1").status, 404);
  EXPECT_EQ(counts(round, "direktion")["submitted"], 0);

  // The coordinator's own entry works; a closed round takes no new entries.
  ASSERT_EQ(coordinator.get(entry + "/q/1").status, 200);
  ASSERT_EQ(coordinator.submit(round + "/close", {}).status, 303);
  EXPECT_EQ(coordinator.submit(round + "/paper", {{"group", "direktion"}}).status, 409);
  EXPECT_EQ(coordinator.submit(entry + "/submit", {}).status, 410);
  // Unknown group.
  const std::string third = open_round("Papirskemaer, gruppe");
  EXPECT_EQ(coordinator.submit(third + "/paper", {{"group", "ukendt"}}).status, 422);
}

}  // namespace
}  // namespace forkant::test
