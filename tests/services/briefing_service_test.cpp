// The political briefing over the fakes: the draft from the data until one is saved, saving as written,
// freezing numbered versions that later edits never change, each write audited in its transaction, and
// every organisation's briefing its own.

#include <gtest/gtest.h>

#include "world.hpp"

namespace forkant::test {
namespace {

std::string key_only(std::string_view key, const std::map<std::string, std::string>& params) {
  std::string out(key);
  for (const auto& [k, v] : params) out += " " + k + "=" + v;
  return out;
}

std::string iso(Date d) {
  return format_iso_date(d);
}

class BriefingServiceTest : public ::testing::Test {
 protected:
  World w;
  std::int64_t org = w.add_org("Aarhus Kommune");
  std::int64_t other_org = w.add_org("Odense Kommune");
  std::int64_t coordinator = w.add_user("koordinator@aarhus.dk", "Kim Koordinator");
  std::int64_t owner = w.add_user("ejer@aarhus.dk", "Eva Ejer");
  std::array<std::string, 10> titles{};

  void SetUp() override {
    w.add_member(org, coordinator, Role::coordinator);
    w.add_member(org, owner, Role::owner);
  }

  BriefingText text(const std::string& proposals) {
    BriefingText t;
    t[BriefingSection::proposals] = proposals;
    t[BriefingSection::asks] = "Godkend budgettet for den digitale indgang.";
    return t;
  }
  BriefingDraftRow draft(std::int64_t org_id) {
    return w.decisions.briefing_draft(org_id, "da", titles, key_only, iso);
  }
};

TEST_F(BriefingServiceTest, UntilSavedTheDraftComesFromTheRegister) {
  DecisionDraft d;
  d.title = "Fælles digital indgang";
  d.rationale = "Borgerne skal klare det hele ét sted. Det frigør tid.";
  d.questions = {4};
  d.owner_user_id = coordinator;
  d.body = "Direktionen";
  d.decided_on = w.decisions.today();
  ASSERT_TRUE(w.decisions.create_decision(org, coordinator, d));
  const auto row = draft(org);
  EXPECT_EQ(row.updated_at, 0) << "not saved yet";
  EXPECT_EQ(
      row.text[BriefingSection::proposals],
      "briefing.draft.proposals_intro\n- Fælles digital indgang. Borgerne skal klare det hele ét sted.");
  EXPECT_EQ(draft(other_org).text[BriefingSection::proposals], "briefing.draft.proposals_none");
}

TEST_F(BriefingServiceTest, ASavedDraftIsKeptAsWrittenWithWhoAndWhen) {
  ASSERT_TRUE(w.decisions.save_briefing(org, coordinator, "da", text("Vi foreslår – æøå.")));
  const auto row = draft(org);
  EXPECT_EQ(row.text, text("Vi foreslår – æøå."));
  EXPECT_EQ(row.updated_by, coordinator);
  EXPECT_EQ(row.updated_at, w.clock.now());
  const auto logged = w.audit.with_action("briefing.draft_saved");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_TRUE(logged[0].in_transaction);
  EXPECT_EQ(logged[0].entry.org_id, org);
  EXPECT_EQ(draft(other_org).updated_at, 0) << "another organisation's draft is its own";
}

TEST_F(BriefingServiceTest, FreezingNumbersVersionsAndLaterEditsNeverChangeThem) {
  const auto first = w.decisions.freeze_briefing(org, coordinator, "da", text("Første udgave"));
  ASSERT_TRUE(first) << first.error().code;
  EXPECT_EQ(first->version, 1);
  EXPECT_EQ(first->frozen_by, coordinator);
  EXPECT_EQ(w.decisions.briefing_version(org, 1)->frozen_by_name, "Kim Koordinator");
  EXPECT_EQ(first->frozen_at, w.clock.now());

  w.clock.advance(3600);
  ASSERT_TRUE(w.decisions.save_briefing(org, owner, "da", text("Rettet kladde")));
  EXPECT_EQ(w.decisions.briefing_version(org, 1)->text, text("Første udgave"));
  EXPECT_EQ(draft(org).text, text("Rettet kladde"));

  const auto second = w.decisions.freeze_briefing(org, owner, "en", text("Second edition"));
  ASSERT_TRUE(second);
  EXPECT_EQ(second->version, 2);
  EXPECT_EQ(second->lang, "en");
  EXPECT_EQ(w.decisions.latest_briefing(org)->version, 2);
  EXPECT_EQ(w.decisions.latest_briefing(org)->text, text("Second edition"));
  const auto versions = w.decisions.briefing_versions(org);
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].version, 2);
  EXPECT_EQ(versions[1].text, text("Første udgave"));
  EXPECT_EQ(draft(org).text, text("Second edition")) << "freezing saves the text as the draft too";

  const auto frozen = w.audit.with_action("briefing.frozen");
  ASSERT_EQ(frozen.size(), 2u);
  EXPECT_EQ(frozen[1].entry.object, "briefing:2");
  EXPECT_EQ(frozen[1].entry.detail, "2");
  EXPECT_TRUE(frozen[1].in_transaction);
}

TEST_F(BriefingServiceTest, EachOrganisationNumbersItsOwnVersions) {
  ASSERT_TRUE(w.decisions.freeze_briefing(org, coordinator, "da", text("A")));
  ASSERT_TRUE(w.decisions.freeze_briefing(org, coordinator, "da", text("B")));
  const auto theirs = w.decisions.freeze_briefing(other_org, coordinator, "da", text("C"));
  ASSERT_TRUE(theirs);
  EXPECT_EQ(theirs->version, 1);
  EXPECT_FALSE(w.decisions.briefing_version(other_org, 2));
  EXPECT_FALSE(w.decisions.latest_briefing(w.add_org("Tom Kommune")));
}

TEST_F(BriefingServiceTest, OversizeTextIsRefusedAndNothingIsStored) {
  ASSERT_TRUE(w.decisions.save_briefing(org, coordinator, "da", text("Gemt")));
  auto big = text(std::string(kMaxBriefingSectionChars + 1, 'x'));
  const auto saved = w.decisions.save_briefing(org, coordinator, "da", big);
  ASSERT_FALSE(saved);
  EXPECT_EQ(saved.error().code, "briefing_section_too_long");
  EXPECT_EQ(saved.error().params.at("section"), "proposals");
  const auto frozen = w.decisions.freeze_briefing(org, coordinator, "da", big);
  ASSERT_FALSE(frozen);
  EXPECT_EQ(frozen.error().code, "briefing_section_too_long");
  EXPECT_EQ(draft(org).text, text("Gemt"));
  EXPECT_TRUE(w.decisions.briefing_versions(org).empty());
  EXPECT_EQ(w.audit.count("briefing.frozen"), 0);
  EXPECT_EQ(w.decisions.save_briefing(org, coordinator, "de", text("x")).error().code, "unknown_language");
}

TEST_F(BriefingServiceTest, AFreezeWhoseAuditFailsLeavesNoVersionAndNoDraft) {
  w.audit.fail_on("briefing.frozen");
  EXPECT_THROW((void)w.decisions.freeze_briefing(org, coordinator, "da", text("A")), FakeStoreError);
  EXPECT_TRUE(w.decisions.briefing_versions(org).empty());
  EXPECT_EQ(draft(org).updated_at, 0);
}

}  // namespace
}  // namespace forkant::test
