// The peer benchmark's rules on hand-made networks: five organisations, not four; dominance at exactly
// 25 % and just above; the viewer always outside the set; differencing by filters refused.
#include "domain/networks/peer_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "peer_builders.hpp"

namespace forkant {
namespace {

using testing::peer;
using testing::peers;

bool offered(const std::vector<PeerView>& views, const PeerFilter& f) {
  return std::any_of(views.begin(), views.end(), [&](const PeerView& v) { return v.filter == f; });
}

TEST(PeerRules, FiveOrganisationsAreShownFourAreNotAndSayHowManyMore) {
  const std::vector<int> five{10, 10, 10, 10, 10};
  const std::vector<int> four{10, 10, 10, 10};
  EXPECT_TRUE(judge_peers(five).shown());
  const PeerVerdict v = judge_peers(four);
  EXPECT_FALSE(v.shown());
  EXPECT_EQ(v.refusal, PeerRefusal::too_few);
  EXPECT_EQ(v.needed, 1);
  EXPECT_EQ(v.organisations, 4);
  EXPECT_EQ(judge_peers(std::vector<int>{}).needed, 5);
}

TEST(PeerRules, AnOrganisationWithExactlyAQuarterOfTheRespondentsPassesJustAboveDoesNot) {
  const std::vector<int> quarter{25, 25, 25, 15, 10};  // 25 of 100
  const std::vector<int> above{26, 25, 25, 14, 10};    // 26 of 100
  EXPECT_TRUE(judge_peers(quarter).shown());
  const PeerVerdict v = judge_peers(above);
  EXPECT_EQ(v.refusal, PeerRefusal::dominated);
  EXPECT_EQ(v.needed, 0);
  // Not a matter of rounding: 1 of 4 passes, 1,000,001 of 4,000,000 does not.
  EXPECT_TRUE(judge_peers(std::vector<int>{1, 1, 1, 1, 0}).shown());
  EXPECT_FALSE(judge_peers(std::vector<int>{1'000'001, 1'000'000, 1'000'000, 999'999, 0}).shown());
}

TEST(PeerRules, TheViewerIsOutsideTheSetWhetherItContributesOrNot) {
  std::vector<PeerContribution> all = peers(5);  // organisations 1..5
  // Organisation 1 contributes: it is compared with 2..5 only, four, and sees nothing, so it cannot
  // subtract its own score from a statistic over five to learn about four others.
  const auto seen_by_1 = peer_set(all, 1, 1);
  ASSERT_EQ(seen_by_1.size(), 4U);
  EXPECT_TRUE(std::none_of(seen_by_1.begin(), seen_by_1.end(), [](const auto& c) { return c.org_id == 1; }));
  const auto views = plan_peer_views(seen_by_1, 1, peer_filter_candidates(seen_by_1));
  ASSERT_EQ(views.size(), 1U);
  EXPECT_FALSE(views[0].shows(0));
  EXPECT_EQ(views[0].organisations.needed, 1);
  // A member that has not contributed (organisation 6) sees all five.
  const auto seen_by_6 = peer_set(all, 1, 6);
  EXPECT_EQ(seen_by_6.size(), 5U);
  EXPECT_TRUE(plan_peer_views(seen_by_6, 1, {})[0].shows(0));
  // Withdrawn or not, organisation 1 sees the same set: there is nothing to gain by toggling.
  all.erase(all.begin());
  EXPECT_EQ(peer_set(all, 1, 1).size(), seen_by_1.size());
}

TEST(PeerRules, OnlyTheSameFrameworkVersionAndEachOrganisationsLatestRoundCount) {
  std::vector<PeerContribution> all = peers(5);
  PeerContribution older = peer(3, 400, {1.0});  // an earlier round of organisation 3, contributed later
  older.contribution_id = 99;
  older.round_closed_at = 500;
  all.push_back(older);
  PeerContribution other_version = peer(7, 10, {2.0});
  other_version.framework_id = 2;
  all.push_back(other_version);
  const auto set = peer_set(all, 1, 100);
  ASSERT_EQ(set.size(), 5U);
  for (const PeerContribution& c : set) {
    EXPECT_NE(c.org_id, 7);
    if (c.org_id == 3) {
      EXPECT_EQ(c.contribution_id, 3);
    }
  }
  // On the same round date, the one contributed last.
  older.round_closed_at = 1000;
  all.push_back(older);
  for (const PeerContribution& c : peer_set(all, 1, 100)) {
    if (c.org_id == 3) {
      EXPECT_EQ(c.contribution_id, 99);
    }
  }
}

TEST(PeerRules, AStatisticIsJudgedOnTheOrganisationsWithAFigureAndTheirRespondents) {
  std::vector<PeerContribution> set = peers(5);
  set[4].figures[0].reset();  // the fifth has no score on this question
  auto views = plan_peer_views(set, 1, {});
  EXPECT_TRUE(views[0].organisations.shown());
  EXPECT_FALSE(views[0].shows(0));
  EXPECT_EQ(views[0].statistics[0].needed, 1);
  // Dominance by the respondents behind the statistic, not the round's.
  set = peers(5);
  set[0].figures[0]->respondents = 41;  // 41 of 81
  views = plan_peer_views(set, 1, {});
  EXPECT_TRUE(views[0].organisations.shown());
  EXPECT_EQ(views[0].statistics[0].refusal, PeerRefusal::dominated);
  EXPECT_FALSE(views[0].shows(0));
}

TEST(PeerRules, AFilterThatLeavesOutOneToFourOrganisationsIsNotOffered) {
  // 10 municipalities and 2 regions: "municipalities" differs from everyone by the two regions, and
  // the regions alone are two. Neither is offered.
  std::vector<PeerContribution> set = peers(10, 1);
  for (const auto& r : peers(2, 100, OrgKind::region)) set.push_back(r);
  auto views = plan_peer_views(set, 1, peer_filter_candidates(set));
  EXPECT_EQ(views.size(), 1U);
  EXPECT_FALSE(offered(views, {OrgKind::municipality, std::nullopt}));
  // With 5 regions both differ by at least five: both are offered.
  for (const auto& r : peers(3, 200, OrgKind::region)) set.push_back(r);
  views = plan_peer_views(set, 1, peer_filter_candidates(set));
  EXPECT_TRUE(offered(views, {OrgKind::municipality, std::nullopt}));
  EXPECT_TRUE(offered(views, {OrgKind::region, std::nullopt}));
  EXPECT_TRUE(views[0].filter.everyone());
}

TEST(PeerRules, TwoFiltersThatDifferByOneToFourAreNotBothOffered) {
  // 10 municipalities of 20-40k; 7 regions, 2 of them of 20-40k, 5 above 100k. "20-40k" (12) is tried
  // first and kept (everyone minus it: the 5 large regions). "Municipalities" (10) differs from it by the
  // two regions of 20-40k, and "above 100k" (5) from "regions" (7) by the same two: the smaller of each
  // pair is not offered.
  std::vector<PeerContribution> set = peers(10, 1);
  for (const auto& r : peers(5, 100, OrgKind::region, SizeBand::from_100k)) set.push_back(r);
  for (const auto& r : peers(2, 200, OrgKind::region, SizeBand::from_20k_to_40k)) set.push_back(r);
  const auto views = plan_peer_views(set, 1, peer_filter_candidates(set));
  EXPECT_TRUE(offered(views, {std::nullopt, SizeBand::from_20k_to_40k}));
  EXPECT_TRUE(offered(views, {OrgKind::region, std::nullopt}));
  EXPECT_FALSE(offered(views, {OrgKind::municipality, std::nullopt}));
  EXPECT_FALSE(offered(views, {std::nullopt, SizeBand::from_100k}));
  EXPECT_EQ(views.size(), 3U);
}

TEST(PeerRules, AFilterWhoseQuestionSetsWouldDifferByOneToFourIsNotOfferedThoughItsOrganisationsDo) {
  // Everyone: 20 organisations; municipalities: 10. The organisations differ by 10, but on the second
  // question only 13 have a score, 10 of them municipalities: that statistic's sets differ by 3.
  std::vector<PeerContribution> set;
  for (int i = 0; i < 10; ++i) set.push_back(peer(i + 1, 10, {3.0, 2.0}));
  for (int i = 0; i < 10; ++i) {
    set.push_back(peer(i + 100, 10, {3.0, i < 3 ? std::optional(2.0) : std::nullopt}, OrgKind::region,
                       SizeBand::from_100k));
  }
  auto views = plan_peer_views(set, 2, peer_filter_candidates(set));
  EXPECT_FALSE(offered(views, {OrgKind::municipality, std::nullopt}));
  // With no region scoring the second question, its sets are the same ten: nothing to difference.
  for (auto& c : set) {
    if (c.kind == OrgKind::region) c.figures[1].reset();
  }
  views = plan_peer_views(set, 2, peer_filter_candidates(set));
  EXPECT_TRUE(offered(views, {OrgKind::municipality, std::nullopt}));
}

TEST(PeerRules, FilterKeysRoundTrip) {
  for (const PeerFilter& f : {PeerFilter{}, PeerFilter{OrgKind::region, std::nullopt},
                              PeerFilter{std::nullopt, SizeBand::from_40k_to_60k}}) {
    EXPECT_EQ(parse_peer_filter(peer_filter_key(f)), f);
  }
  EXPECT_EQ(parse_peer_filter("kind-town"), std::nullopt);
  EXPECT_EQ(parse_peer_filter("band-unknown"), std::nullopt);
  EXPECT_EQ(parse_peer_filter("everyone"), std::nullopt);
}

}  // namespace
}  // namespace forkant
