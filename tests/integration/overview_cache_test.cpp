// The overview's content is rendered once per state of what it shows and kept (web/overview_state.hpp):
// every change shows on the next request all the same — a decision due for review, a respondent's
// anonymous submission (which writes no audit entry) — and the kept page of one organisation or one role
// is never what another gets. The overview lists the ten oldest decisions due for review and counts the
// rest, with a link to the register sorted by review date.
#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <string>

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

class OverviewCache : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;

  static void decide(const std::string& title, const std::string& review_on) {
    const auto res = world->api(world->leader)
                         .post_json(world->api_org_path("/decisions"), {{"kind", "decided"},
                                                                        {"title", title},
                                                                        {"rationale", "Fordi det virker."},
                                                                        {"questions", {4}},
                                                                        {"owner_id", world->leader.user_id},
                                                                        {"body", "Direktionen"},
                                                                        {"decided_on", "2018-01-01"},
                                                                        {"review_on", review_on}});
    ASSERT_EQ(res.status, 201) << res.body;
  }
};

TEST_F(OverviewCache, ADecisionDueForReviewShowsOnTheNextRequest) {
  auto owner = world->browser(world->owner);
  const auto before = owner.get(world->org_path());
  ASSERT_EQ(before.status, 200);
  EXPECT_EQ(owner.get(world->org_path()).body, before.body) << "the kept content, unchanged";
  EXPECT_FALSE(contains(before.body, "Ny skole-it, kept"));
  decide("Ny skole-it, kept", "2021-02-03");
  EXPECT_TRUE(contains(owner.get(world->org_path()).body, "Ny skole-it, kept"));
}

TEST_F(OverviewCache, ARespondentsSubmissionShowsInTheOpenRoundsCountsOnTheNextRequest) {
  auto api = world->api(world->coordinator);
  const auto created =
      api.post_json(world->api_org_path("/rounds"),
                    {{"title", "Kept count"}, {"framework", "ti-spoergsmaal"}, {"groups", {"chefer"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string round = "/api/v1/rounds/" + std::to_string(created.json().value("id", 0));
  ASSERT_EQ(api.post(round + "/open", "", "application/json").status, 200);
  const auto links = api.post_json(round + "/invitations", {{"group", "chefer"}, {"count", 2}});
  ASSERT_EQ(links.status, 201) << links.body;
  const std::string token = links.json()["links"][0]["token"].get<std::string>();

  auto viewer = world->browser(world->viewer);
  EXPECT_TRUE(contains(viewer.get(world->org_path()).body, "Kept count</a>: 0 svar, 2 links udleveret"))
      << "none submitted of two links";
  const auto put =
      world->server.browser().request("PUT", "/api/v1/responses/" + token,
                                      R"({"answers": {"q1.s1": 3}, "submit": true})", "application/json");
  ASSERT_EQ(put.status, 200) << put.body;
  const std::string after = viewer.get(world->org_path()).body;
  EXPECT_TRUE(contains(after, "Kept count</a>: 1 svar, 2 links udleveret")) << "the submission, at once";
  EXPECT_FALSE(contains(after, "0 svar, 2 links"));
}

TEST_F(OverviewCache, AnotherOrganisationOrRoleIsNeverServedTheKeptPage) {
  auto owner = world->browser(world->owner);
  auto viewer = world->browser(world->viewer);
  auto outsider = world->browser(world->outsider);
  const std::string audit_link = world->org_path("/audit");
  ASSERT_TRUE(contains(owner.get(world->org_path()).body, audit_link));
  EXPECT_FALSE(contains(viewer.get(world->org_path()).body, audit_link)) << "the owner's page, kept";
  EXPECT_TRUE(contains(owner.get(world->org_path()).body, audit_link));
  EXPECT_EQ(outsider.get(world->org_path()).status, 404) << "a kept page is no way in";
  const std::string other = "/orgs/" + std::to_string(world->other_org);
  const auto theirs = outsider.get(other);
  ASSERT_EQ(theirs.status, 200);
  EXPECT_TRUE(contains(theirs.body, "Anden Kommune"));
  EXPECT_FALSE(contains(theirs.body, "Ny skole-it")) << "nothing of Demo Kommune's register";
}

// Last: it adds a dozen decisions due for review.
TEST_F(OverviewCache, ListsTheTenOldestDecisionsDueForReviewAndCountsTheRest) {
  for (int i = 10; i < 24; ++i)
    decide("Revurdering nr. " + std::to_string(i), "2019-01-" + std::to_string(i));
  auto owner = world->browser(world->owner);
  const std::string page = owner.get(world->org_path()).body;
  EXPECT_TRUE(contains(page, "Revurdering nr. 10"));
  EXPECT_TRUE(contains(page, "Revurdering nr. 19"));
  EXPECT_FALSE(contains(page, "Revurdering nr. 20")) << "the eleventh oldest is counted, not listed";
  const int listed = occurrences(page, "skulle tages op");
  EXPECT_EQ(listed, 10);
  EXPECT_TRUE(contains(page, "href=\"" + world->org_path("/decisions?sort=review") + "\""));
  EXPECT_TRUE(std::regex_search(page, std::regex("Og [0-9]+ flere beslutninger, der skal tages op igen")));
}

}  // namespace
}  // namespace forkant::test
