// PublicPageService over the fakes: the page is off until the owner turns it on at a well-formed address
// no other organisation has; publishing takes a snapshot with the coordinator's plain summary, which
// later edits of the decision do not change until it is published again; unpublishing takes it off the
// page and keeps the rows; every write is audited in its transaction and a failed write leaves nothing.

#include <gtest/gtest.h>

#include "world.hpp"

namespace forkant::test {
namespace {

class PublicPageServiceTest : public ::testing::Test {
 protected:
  World w;
  std::int64_t org = w.add_org("Aarhus Kommune");
  std::int64_t other_org = w.add_org("Odense Kommune");
  std::int64_t owner = w.add_user("ejer@aarhus.dk", "Olga Ejer");
  std::int64_t coordinator = w.add_user("koordinator@aarhus.dk", "Kim Koordinator");
  std::int64_t outsider = w.add_user("chef@odense.dk", "Ole Odense");

  void SetUp() override {
    w.add_member(org, owner, Role::owner);
    w.add_member(org, coordinator, Role::coordinator);
    w.add_member(other_org, outsider, Role::owner);
    w.install_builtin_framework();
  }

  Decision create(DecisionKind kind = DecisionKind::decided, std::string title = "Fælles sagssystem",
                  std::int64_t in_org = 0) {
    DecisionDraft d;
    d.kind = kind;
    d.title = std::move(title);
    d.rationale = "Intern begrundelse: budgettet for 2027 er presset.";
    d.questions = {2, 9};
    d.owner_user_id = in_org == other_org ? outsider : owner;
    d.body = "direktionen";
    d.decided_on = day("2026-03-02");
    d.review_on = day("2026-09-01");
    const auto id = w.decisions.create_decision(in_org == 0 ? org : in_org, coordinator, d);
    EXPECT_TRUE(id) << id.error().code;
    return *w.decisions.find_decision(id.ok() ? *id : 0);
  }
};

TEST_F(PublicPageServiceTest, ThePageIsOffUntilTheOwnerTurnsItOn) {
  EXPECT_FALSE(w.public_page.settings(org));
  EXPECT_FALSE(w.public_page.public_page("aarhus"));
  ASSERT_TRUE(w.public_page.set_public_page(org, owner, true, "aarhus"));
  const auto page = w.public_page.public_page("aarhus");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->settings.org_id, org);
  EXPECT_EQ(page->settings.feed_id.size(), 36u);  // a UUID
  EXPECT_EQ(w.audit.count("organisation.public_page_enabled"), 1);
  EXPECT_EQ(w.audit.with_action("organisation.public_page_enabled")[0].entry.detail, "aarhus");

  // Off again: the address is kept, the page answers as an unknown one, and so does a bad address.
  ASSERT_TRUE(w.public_page.set_public_page(org, owner, false, ""));
  EXPECT_FALSE(w.public_page.public_page("aarhus"));
  EXPECT_EQ(w.public_page.settings(org)->address, "aarhus");
  EXPECT_EQ(w.audit.count("organisation.public_page_disabled"), 1);
  EXPECT_FALSE(w.public_page.public_page("../aarhus"));
  // On again without typing the address: the one it had; the feed keeps its identity.
  const auto feed_id = w.public_page.settings(org)->feed_id;
  ASSERT_TRUE(w.public_page.set_public_page(org, owner, true, ""));
  EXPECT_EQ(w.public_page.public_page("aarhus")->settings.feed_id, feed_id);
}

TEST_F(PublicPageServiceTest, TheAddressIsCheckedAndBelongsToOneOrganisation) {
  for (const char* bad : {"", "ab", "Aarhus", "aar hus", "-aarhus", "aarhus-", "aar--hus", "århus", "a/b"}) {
    const auto s = w.public_page.set_public_page(org, owner, true, bad);
    ASSERT_FALSE(s) << bad;
    EXPECT_TRUE(s.error().code == "public_address_invalid" || s.error().code == "public_address_required")
        << bad << ": " << s.error().code;
  }
  EXPECT_FALSE(w.public_page.settings(org));
  EXPECT_EQ(w.audit.count("organisation.public_page_enabled"), 0);

  ASSERT_TRUE(w.public_page.set_public_page(org, owner, true, "  aarhus-kommune "));  // trimmed
  EXPECT_EQ(w.public_page.settings(org)->address, "aarhus-kommune");
  const auto taken = w.public_page.set_public_page(other_org, outsider, true, "aarhus-kommune");
  ASSERT_FALSE(taken);
  EXPECT_EQ(taken.error().code, "public_address_taken");
  EXPECT_EQ(taken.error().kind, ErrorKind::conflict);
  EXPECT_FALSE(w.public_page.settings(other_org));
  // Turning it off without an address when it was never set up stores nothing.
  EXPECT_TRUE(w.public_page.set_public_page(other_org, outsider, false, ""));
  EXPECT_FALSE(w.public_page.settings(other_org));
}

TEST_F(PublicPageServiceTest, PublishingTakesASnapshotThatEditsDoNotChange) {
  ASSERT_TRUE(w.public_page.set_public_page(org, owner, true, "aarhus"));
  const auto decision = create();
  const auto published = w.public_page.publish(decision, coordinator, "  Vi samler sagerne ét sted.  ");
  ASSERT_TRUE(published) << published.error().code;
  EXPECT_EQ(published->summary, "Vi samler sagerne ét sted.");
  EXPECT_EQ(published->title, "Fælles sagssystem");
  EXPECT_EQ(published->questions, (std::set<int>{2, 9}));
  EXPECT_EQ(published->review_on, day("2026-09-01"));
  EXPECT_FALSE(published->is_update());
  EXPECT_EQ(w.audit.count("decision.published"), 1);

  // The decision is edited: the page still shows the snapshot.
  auto content = decision.content;
  content.title = "Fælles sagssystem for hele kommunen";
  ASSERT_TRUE(w.decisions.edit_decision(decision, coordinator, 1, content));
  auto page = w.public_page.public_page("aarhus");
  ASSERT_EQ(page->snapshots.size(), 1u);
  EXPECT_EQ(page->snapshots[0].title, "Fælles sagssystem");

  // Published again a day later: the new snapshot replaces it and says it is an update.
  w.clock.advance_days(1);
  const auto again =
      w.public_page.publish(*w.decisions.find_decision(decision.id), coordinator, "Nu for hele kommunen.");
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->is_update());
  EXPECT_EQ(again->replaces_id, published->id);
  EXPECT_EQ(again->first_published_at, published->published_at);
  EXPECT_EQ(again->decision_version, 2);
  EXPECT_NE(again->public_id, published->public_id);
  page = w.public_page.public_page("aarhus");
  ASSERT_EQ(page->snapshots.size(), 1u);
  EXPECT_EQ(page->snapshots[0].title, "Fælles sagssystem for hele kommunen");
  EXPECT_EQ(page->snapshots[0].summary, "Nu for hele kommunen.");
  EXPECT_EQ(page->updated, again->published_at);
  EXPECT_EQ(w.audit.count("decision.republished"), 1);
  EXPECT_EQ(w.public_page_store.all_snapshots().size(), 2u);  // the history is kept
}

TEST_F(PublicPageServiceTest, TheSummaryIsRequiredAndLimited) {
  const auto decision = create();
  for (const std::string& bad :
       {std::string(""), std::string(" \n\t "), std::string(2001, 'x'), std::string("\xff\xfe")}) {
    const auto refused = w.public_page.publish(decision, coordinator, bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::invalid) << refused.error().code;
  }
  EXPECT_EQ(w.public_page.publish(decision, coordinator, "").error().code, "summary_required");
  EXPECT_EQ(w.public_page.publish(decision, coordinator, std::string(2001, 'x')).error().code,
            "summary_too_long");
  EXPECT_TRUE(w.public_page.publish(decision, coordinator, std::string(2000, 'x')));  // the limit itself
  EXPECT_EQ(w.audit.count("decision.published"), 1);
}

TEST_F(PublicPageServiceTest, OnlyChoicesAndNonChoicesInForceArePublished) {
  const auto postponed = create(DecisionKind::postponed, "Udskudt");
  const auto refused = w.public_page.publish(postponed, coordinator, "Vi venter.");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "publish_postponed");

  const auto deselected = create(DecisionKind::deselected, "Ingen chatbot");
  EXPECT_TRUE(w.public_page.publish(deselected, coordinator, "Vi bruger ikke en chatbot."));

  const auto old = create(DecisionKind::decided, "Gammel");
  DecisionDraft successor = old.content;
  successor.title = "Ny";
  ASSERT_TRUE(w.decisions.supersede_decision(old, coordinator, successor));
  // The page had loaded the decision before it was superseded: the service reads it again.
  const auto stale = w.public_page.publish(old, coordinator, "Gammel tekst.");
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, "publish_superseded");
  EXPECT_EQ(w.public_page_store.all_snapshots().size(), 1u);
}

TEST_F(PublicPageServiceTest, UnpublishingTakesItOffAndKeepsTheRows) {
  ASSERT_TRUE(w.public_page.set_public_page(org, owner, true, "aarhus"));
  const auto decision = create();
  const auto other = create(DecisionKind::deselected, "Ingen apps");
  ASSERT_TRUE(w.public_page.publish(decision, coordinator, "Første."));
  ASSERT_TRUE(w.public_page.publish(decision, coordinator, "Anden."));
  ASSERT_TRUE(w.public_page.publish(other, coordinator, "Vi laver ikke egne apps."));
  ASSERT_EQ(w.public_page.public_page("aarhus")->snapshots.size(), 2u);

  w.clock.advance(3600);
  ASSERT_TRUE(w.public_page.unpublish(decision, coordinator));
  const auto page = w.public_page.public_page("aarhus");
  ASSERT_EQ(page->snapshots.size(), 1u);
  EXPECT_EQ(page->snapshots[0].title, "Ingen apps");
  EXPECT_FALSE(w.public_page.published(decision));
  for (const auto& [id, s] : w.public_page_store.all_snapshots()) {
    if (s.decision_id != decision.id) continue;
    EXPECT_EQ(s.unpublished_at, w.clock.now());
    EXPECT_EQ(s.unpublished_by, coordinator);
  }
  EXPECT_EQ(w.public_page_store.all_snapshots().size(), 3u);
  EXPECT_EQ(w.audit.count("decision.unpublished"), 1);

  // Again: nothing to take off.
  const auto twice = w.public_page.unpublish(decision, coordinator);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, "not_published");
  EXPECT_EQ(w.audit.count("decision.unpublished"), 1);

  // Published once more after that: a first publication again, not an update of the removed one.
  const auto back = w.public_page.publish(decision, coordinator, "Tilbage.");
  ASSERT_TRUE(back);
  EXPECT_FALSE(back->is_update());
  EXPECT_EQ(w.audit.count("decision.published"), 3);
}

TEST_F(PublicPageServiceTest, APageShowsItsOwnOrganisationOnlyNewestDecisionFirst) {
  ASSERT_TRUE(w.public_page.set_public_page(org, owner, true, "aarhus"));
  ASSERT_TRUE(w.public_page.set_public_page(other_org, outsider, true, "odense"));
  auto older = create(DecisionKind::decided, "Ældre");
  auto content = older.content;
  content.decided_on = day("2026-01-05");
  content.review_on.reset();
  older = *w.decisions.edit_decision(older, coordinator, 1, content);
  const auto newer = create(DecisionKind::deselected, "Nyere");
  const auto theirs = create(DecisionKind::decided, "Odenses", other_org);
  ASSERT_TRUE(w.public_page.publish(newer, coordinator, "N."));
  ASSERT_TRUE(w.public_page.publish(older, coordinator, "Æ."));
  ASSERT_TRUE(w.public_page.publish(theirs, outsider, "O."));
  const auto page = w.public_page.public_page("aarhus");
  ASSERT_EQ(page->snapshots.size(), 2u);
  EXPECT_EQ(page->snapshots[0].title, "Nyere");  // decided 2026-03-02
  EXPECT_EQ(page->snapshots[1].title, "Ældre");  // decided 2026-01-05, published later
  EXPECT_FALSE(page->snapshots[1].review_on);
  ASSERT_EQ(w.public_page.public_page("odense")->snapshots.size(), 1u);
}

TEST_F(PublicPageServiceTest, EveryWriteIsAuditedInItsTransactionOrNotAtAll) {
  const auto decision = create();
  w.audit.fail_on("decision.published");
  EXPECT_THROW((void)w.public_page.publish(decision, coordinator, "Tekst."), FakeStoreError);
  EXPECT_TRUE(w.public_page_store.all_snapshots().empty());
  w.audit.fail_on("organisation.public_page_enabled");
  EXPECT_THROW((void)w.public_page.set_public_page(org, owner, true, "aarhus"), FakeStoreError);
  EXPECT_FALSE(w.public_page.settings(org));

  ASSERT_TRUE(w.public_page.publish(decision, coordinator, "Tekst."));
  for (const auto& e : w.audit.entries()) {
    if (e.entry.action.starts_with("decision.published")) {
      EXPECT_TRUE(e.in_transaction);
      EXPECT_EQ(e.entry.object, "decision:" + std::to_string(decision.id));
      EXPECT_EQ(e.entry.actor_id, coordinator);
    }
  }
}

}  // namespace
}  // namespace forkant::test
