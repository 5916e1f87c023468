// ContributionStore (services/peer_benchmark.hpp) on every backend: a contribution with its scores read
// back whole (REAL columns exactly enough), one current contribution per round and network (the schema's
// unique index), withdrawing from then on, the network's current contributions from its current members only,
// and every contribution's snapshot by id.
#include "storage/database_error.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

ContributionRecord record(std::int64_t network, const RoundRow& round, double score) {
  ContributionRecord r;
  r.network_id = network;
  r.org_id = round.org_id;
  r.round_id = round.id;
  r.framework_id = round.framework_id;
  r.snapshot.respondents = 12;
  r.snapshot.top_management_respondents = 4;
  r.snapshot.position_share = 0.3;
  r.snapshot.scores = {{"q1", 1, score, 12, 4.25}, {"q2", 2, 2.0 / 3.0 + 2, 11, std::nullopt}};
  r.org_kind = OrgKind::region;
  r.band = SizeBand::from_40k_to_60k;
  r.contributed_at = kNow;
  return r;
}

TEST_P(StorageTest, Contributions_RoundTripWithdrawAndOnlyCurrentMembers) {
  auto& store = *backend().contributions;
  const auto a = org("A Kommune");
  const auto b = org("B Kommune");
  const auto c = org("C Kommune");
  const auto owner = member(a, "ejer@a.dk");
  const auto net = networks().insert_network(Network{0, "Netværk", "", a, owner, kNow});
  networks().insert_membership(net, a, owner, kNow);
  networks().insert_membership(net, b, std::nullopt, kNow);
  EXPECT_TRUE(store.is_current_member(net, a));
  EXPECT_FALSE(store.is_current_member(net, c));

  const RoundRow ra = round(a, "A's måling", RoundState::closed);
  const RoundRow rb = round(b, "B's måling", RoundState::closed);
  const RoundRow rc = round(c, "C's måling", RoundState::closed);
  const auto id = store.insert_contribution(record(net, ra, 3.125));
  store.insert_contribution(record(net, rb, 4.0));
  store.insert_contribution(record(net, rc, 1.5));  // C is no member: never read for the network
  // One current contribution per round and network.
  EXPECT_THROW(store.insert_contribution(record(net, ra, 3.0)), DatabaseError);

  const auto mine = store.round_contributions(a, ra.id);
  ASSERT_EQ(mine.size(), 1U);
  EXPECT_EQ(mine[0].id, id);
  EXPECT_EQ(mine[0].snapshot.respondents, 12);
  EXPECT_EQ(mine[0].snapshot.position_share, 0.3);
  EXPECT_TRUE(store.round_contributions(b, ra.id).empty());  // another organisation's round: nothing

  auto heads = store.current_contributions(net);
  ASSERT_EQ(heads.size(), 2U);  // C is no member
  EXPECT_EQ(heads[0].id, id);
  EXPECT_EQ(heads[0].org_id, a);
  EXPECT_EQ(heads[0].framework_id, ra.framework_id);
  EXPECT_EQ(heads[0].kind, OrgKind::region);  // as recorded when contributed, not the profile now
  EXPECT_EQ(heads[0].band, SizeBand::from_40k_to_60k);
  EXPECT_GT(heads[0].round_closed_at, 0);
  EXPECT_EQ(heads[1].org_id, b);

  auto snapshots = store.contribution_snapshots(net, ra.framework_id);
  ASSERT_EQ(snapshots.size(), 3U);  // by id, every one of the version (C's too: heads say which count)
  ASSERT_EQ(snapshots[0].first, id);
  const ContributionSnapshot& s = snapshots[0].second;
  ASSERT_EQ(s.scores.size(), 2U);
  EXPECT_EQ(s.scores[0].dimension, "q1");
  EXPECT_DOUBLE_EQ(s.scores[0].score, 3.125);
  EXPECT_EQ(s.scores[0].top_position, 4.25);
  EXPECT_NEAR(s.scores[1].score, 2.0 / 3.0 + 2, 1e-12);
  EXPECT_EQ(s.scores[1].top_position, std::nullopt);
  EXPECT_EQ(s.scores[1].respondents, 11);
  EXPECT_EQ(s.top_management_respondents, 4);
  EXPECT_TRUE(store.contribution_snapshots(net, ra.framework_id + 1000).empty());

  const ContributionMark before = store.contribution_mark(net);
  EXPECT_EQ(before, (ContributionMark{3, 3, 2, 2}));
  EXPECT_TRUE(store.withdraw_contribution(net, a, ra.id, owner, kNow + 5));
  EXPECT_EQ(store.contribution_mark(net), (ContributionMark{3, 2, 2, 2}));
  EXPECT_FALSE(store.withdraw_contribution(net, a, ra.id, owner, kNow + 6));
  EXPECT_FALSE(store.withdraw_contribution(net, a, rb.id, owner, kNow + 6));  // not A's round
  EXPECT_TRUE(store.round_contributions(a, ra.id).empty());
  heads = store.current_contributions(net);
  ASSERT_EQ(heads.size(), 1U);
  EXPECT_EQ(heads[0].org_id, b);
  EXPECT_EQ(store.contribution_snapshots(net, ra.framework_id).size(),
            3U);  // withdrawn: still readable by id
  // Withdrawn, it may be contributed again.
  EXPECT_GT(store.insert_contribution(record(net, ra, 3.5)), id);
  // B leaves: its contribution no longer counts, even before anything withdraws it.
  const ContributionMark readded = store.contribution_mark(net);
  EXPECT_EQ(readded, (ContributionMark{4, 3, 2, 2}));
  networks().end_membership(net, b, owner, kNow + 10);
  EXPECT_EQ(store.contribution_mark(net), (ContributionMark{4, 3, 2, 1}));
  heads = store.current_contributions(net);
  ASSERT_EQ(heads.size(), 1U);
  EXPECT_EQ(heads[0].org_id, a);
}

}  // namespace
}  // namespace forkant::test
