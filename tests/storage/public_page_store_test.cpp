// PublicPageStore (services/public_page.hpp) on every backend: the page's settings with a unique
// address, snapshots appended and read back whole, the live ones (the latest of each decision unless
// unpublished), unpublishing that keeps the rows, the snapshot's content fixed by the schema, and the
// service's writes all or nothing.
#include "storage/database_error.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

PublishedSnapshot snapshot_at(const Decision& d, const std::string& summary, std::int64_t at,
                              const std::string& public_id) {
  PublishedSnapshot s = snapshot_of(d, summary);
  s.public_id = public_id;
  s.published_at = at;
  s.first_published_at = at;
  return s;
}

TEST_P(StorageTest, PublicPage_SettingsRoundTripAndTheAddressIsUnique) {
  auto& store = *backend().public_page;
  const auto a = org("A");
  const auto b = org("B");
  const auto owner = member(a, "owner@a.dk");
  EXPECT_FALSE(store.public_page(a));
  store.save_public_page({a, "a-kommune", true, "feed-a"}, owner, kNow);
  auto found = store.public_page_at("a-kommune");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->org_id, a);
  EXPECT_TRUE(found->enabled);
  EXPECT_EQ(found->feed_id, "feed-a");
  store.save_public_page({a, "a-kommune", false, "feed-a"}, owner, kNow);  // replaces, adds no row
  EXPECT_FALSE(store.public_page(a)->enabled);
  EXPECT_THROW(store.save_public_page({b, "a-kommune", true, "feed-b"}, owner, kNow), DatabaseError);
  EXPECT_THROW(store.save_public_page({b, "B Kommune", true, "feed-b"}, owner, kNow), DatabaseError);
  EXPECT_FALSE(store.public_page(b));
}

TEST_P(StorageTest, PublicPage_SnapshotsLiveAndUnpublished) {
  auto& store = *backend().public_page;
  const auto a = org("A");
  const auto b = org("B");
  const auto owner = member(a, "owner@a.dk");
  const auto outsider = member(b, "owner@b.dk");
  auto first = decision(a, owner, "Første", "2026-03-03");
  first.content.review_on = day("2026-09-01");
  const auto second = decision(a, owner, "Anden", "2026-03-04");
  const auto theirs = decision(b, outsider, "Deres", "2026-03-04");

  const auto s1 = store.insert_snapshot(snapshot_at(first, "Tekst 1", kNow, "u1"));
  auto again = snapshot_at(first, "Tekst 1b", kNow + 10, "u1b");
  again.replaces_id = s1;
  again.first_published_at = kNow;
  again.published_by = owner;
  const auto s1b = store.insert_snapshot(again);
  store.insert_snapshot(snapshot_at(second, "Tekst 2", kNow + 5, "u2"));
  store.insert_snapshot(snapshot_at(theirs, "Deres tekst", kNow, "u3"));

  const auto latest = store.latest_snapshot(a, first.id);
  ASSERT_TRUE(latest);
  EXPECT_EQ(latest->id, s1b);
  EXPECT_EQ(latest->summary, "Tekst 1b");
  EXPECT_EQ(latest->replaces_id, s1);
  EXPECT_EQ(latest->first_published_at, kNow);
  EXPECT_EQ(latest->published_by, owner);
  EXPECT_EQ(latest->public_id, "u1b");
  EXPECT_EQ(latest->questions, first.content.questions);
  EXPECT_EQ(latest->decided_on, day("2026-03-03"));
  EXPECT_FALSE(store.latest_snapshot(b, first.id));  // another organisation's decision: nothing

  auto live = store.live_snapshots(a);
  ASSERT_EQ(live.size(), 2u);  // the latest of each decision, newest published first
  EXPECT_EQ(live[0].summary, "Tekst 1b");
  EXPECT_EQ(live[1].summary, "Tekst 2");

  EXPECT_EQ(store.mark_unpublished(a, first.id, owner, kNow + 20), 2);
  EXPECT_EQ(store.mark_unpublished(a, first.id, owner, kNow + 30), 0);
  EXPECT_EQ(store.mark_unpublished(b, second.id, outsider, kNow + 30), 0);  // not theirs
  live = store.live_snapshots(a);
  ASSERT_EQ(live.size(), 1u);
  EXPECT_EQ(live[0].summary, "Tekst 2");
  const auto gone = store.latest_snapshot(a, first.id);
  ASSERT_TRUE(gone);  // kept, marked
  EXPECT_EQ(gone->unpublished_at, kNow + 20);
  EXPECT_EQ(gone->unpublished_by, owner);
  ASSERT_EQ(store.live_snapshots(b).size(), 1u);

  // A snapshot from another organisation's decision is refused by the composite foreign key.
  auto crossed = snapshot_at(theirs, "Blandet", kNow, "u4");
  crossed.org_id = a;
  EXPECT_THROW(store.insert_snapshot(crossed), DatabaseError);
}

TEST_P(StorageTest, AllOrNothing_PublishAndPageSettings) {
  const auto a = org("A");
  const auto owner = member(a, "owner@a.dk");
  const auto d = decision(a, owner);
  PublicPageService service(*backend().public_page, decisions(), audit(), transactor(), clock);
  expect_all_or_nothing([&] { ASSERT_TRUE(service.set_public_page(a, owner, true, "a-kommune")); });
  expect_all_or_nothing([&] { ASSERT_TRUE(service.publish(d, owner, "En kort tekst.")); });
  expect_all_or_nothing([&] { ASSERT_TRUE(service.unpublish(d, owner)); });
}

}  // namespace
}  // namespace forkant::test
