// ShareStore (services/network_sharing.hpp) on every backend: a share written with its question rows and
// read back whole, an anonymous share that keeps no name whatever the caller puts in, the current shares
// of one source, the organisation's own shares in a network, withdrawing from then on (the row stays),
// membership as the service asks it, and the service's writes all or nothing.
#include "services/network_sharing.hpp"
#include "services/networks.hpp"
#include "storage/database_error.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

Share share_of(std::int64_t org_id, std::int64_t network_id, ShareSource source, std::int64_t source_id,
               const std::string& public_id, std::int64_t at) {
  Share s;
  s.public_id = public_id;
  s.network_id = network_id;
  s.org_id = org_id;
  s.source = source;
  s.source_id = source_id;
  s.title = "Robotter i lønbehandlingen";
  s.body = "Kommunerne kan spare tid på digitaliseringen af lønnen.";
  s.questions = {4, 9};
  s.shown_as = ShownAs::name;
  s.org_name = "A Kommune";
  s.org_kind = OrgKind::municipality;
  s.size_band = SizeBand::from_40k_to_60k;
  s.contact_name = "Mette";
  s.contact_email = "mette@a.dk";
  s.shared_at = at;
  return s;
}

TEST_P(StorageTest, Shares_WrittenWithQuestionsAndReadBackWhole) {
  auto& store = *backend().shares;
  const auto a = org("A");
  const auto b = org("B");
  const auto owner = member(a, "owner@a.dk");
  const auto net = networks().insert_network(Network{0, "Netværket", "", a, owner, kNow});
  networks().insert_membership(net, a, owner, kNow);

  auto lesson = share_of(a, net, ShareSource::lesson, 5, "u-1", kNow);
  lesson.verdict = Verdict::adjust;
  lesson.shared_by = owner;
  const auto id = store.insert_share(lesson);
  const auto found = store.find_share(a, id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->public_id, "u-1");
  EXPECT_EQ(found->source, ShareSource::lesson);
  EXPECT_EQ(found->source_id, 5);
  EXPECT_EQ(found->questions, (std::set<int>{4, 9}));
  EXPECT_EQ(found->verdict, Verdict::adjust);
  EXPECT_EQ(found->shown_as, ShownAs::name);
  EXPECT_EQ(found->org_name, "A Kommune");
  EXPECT_EQ(found->size_band, SizeBand::from_40k_to_60k);
  EXPECT_EQ(found->contact_email, "mette@a.dk");
  EXPECT_EQ(found->shared_by, owner);
  EXPECT_TRUE(found->is_current());
  EXPECT_FALSE(store.find_share(b, id));  // another organisation's: nothing
  // One row per question, for the library's filter.
  const auto rows = snapshot().at("network_share_questions");
  EXPECT_EQ(rows.size(), 2u);

  // Anonymous: no name is stored, whatever the caller put in.
  auto anonymous = share_of(a, net, ShareSource::deselection, 6, "u-2", kNow + 1);
  anonymous.shown_as = ShownAs::anonymous;
  const auto anon_id = store.insert_share(anonymous);
  EXPECT_EQ(store.find_share(a, anon_id)->org_name, "");
  // The public id is unique over all shares.
  EXPECT_THROW(store.insert_share(share_of(a, net, ShareSource::decision, 7, "u-1", kNow)), DatabaseError);
}

TEST_P(StorageTest, Shares_CurrentOfASourceOwnInANetworkAndWithdrawn) {
  auto& store = *backend().shares;
  const auto a = org("A");
  const auto b = org("B");
  const auto owner = member(a, "owner@a.dk");
  const auto other = member(b, "owner@b.dk");
  const auto n1 = networks().insert_network(Network{0, "Første", "", a, owner, kNow});
  const auto n2 = networks().insert_network(Network{0, "Andet", "", a, owner, kNow});
  networks().insert_membership(n1, a, owner, kNow);
  networks().insert_membership(n2, a, owner, kNow);
  networks().insert_membership(n1, b, other, kNow);

  const auto s1 = store.insert_share(share_of(a, n1, ShareSource::decision, 10, "u-1", kNow));
  const auto s2 = store.insert_share(share_of(a, n2, ShareSource::decision, 10, "u-2", kNow + 5));
  store.insert_share(share_of(a, n1, ShareSource::initiative, 10, "u-3", kNow + 6));  // same id, other kind
  store.insert_share(share_of(b, n1, ShareSource::decision, 10, "u-4", kNow + 7));    // same id, other org

  auto current = store.current_shares(a, ShareSource::decision, 10);
  ASSERT_EQ(current.size(), 2u);  // oldest first
  EXPECT_EQ(current[0].id, s1);
  EXPECT_EQ(current[1].id, s2);
  auto own = store.own_shares(a, n1);
  ASSERT_EQ(own.size(), 2u);  // newest first, only A's
  EXPECT_EQ(own[0].public_id, "u-3");
  EXPECT_EQ(own[1].public_id, "u-1");

  EXPECT_EQ(store.withdraw_share(b, s1, other, kNow + 10), 0);  // not theirs
  EXPECT_EQ(store.withdraw_share(a, s1, owner, kNow + 10), 1);
  EXPECT_EQ(store.withdraw_share(a, s1, owner, kNow + 20), 0);  // once
  current = store.current_shares(a, ShareSource::decision, 10);
  ASSERT_EQ(current.size(), 1u);
  EXPECT_EQ(current[0].id, s2);
  const auto gone = store.find_share(a, s1);
  ASSERT_TRUE(gone);  // kept, marked
  EXPECT_EQ(gone->withdrawn_at, kNow + 10);
  EXPECT_EQ(gone->withdrawn_by, owner);
  EXPECT_EQ(store.own_shares(a, n1).size(), 2u);  // the history keeps it

  // Membership as the service asks it: current members only; the name is there after leaving.
  EXPECT_EQ(store.member_network_name(n1, b), "Første");
  networks().end_membership(n1, b, other, kNow + 30);
  EXPECT_FALSE(store.member_network_name(n1, b));
  EXPECT_FALSE(store.member_network_name(n2, b));
  EXPECT_FALSE(store.member_network_name(9999, a));
  EXPECT_EQ(store.network_name(n1), "Første");
}

TEST_P(StorageTest, AllOrNothing_ShareAndUnshare) {
  const auto a = org("A");
  const auto owner = member(a, "owner@a.dk");
  const auto d = decision(a, owner);
  const auto net = networks().insert_network(Network{0, "Netværket", "", a, owner, kNow});
  networks().insert_membership(net, a, owner, kNow);
  NetworkSharingService service(*backend().shares, decisions(), initiatives(), orgs(), audit(), transactor(),
                                clock);
  const ShareRequest request{net, ShareText{"Titel", "Tekst", ShownAs::anonymous, "", ""}};
  std::int64_t id = 0;
  expect_all_or_nothing([&] {
    auto shared = service.share_decision(a, owner, d.id, request);
    ASSERT_TRUE(shared);
    id = shared->id;
  });
  expect_all_or_nothing([&] { ASSERT_TRUE(service.unshare(a, owner, id)); });
}

}  // namespace
}  // namespace forkant::test
