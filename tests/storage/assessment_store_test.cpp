// AssessmentStore (services/assessment.hpp) on every backend: frameworks, rounds, links, drafts,
// responses.
#include "storage_test.hpp"

namespace forkant::test {
namespace {

ResponseAnswers answers(int value) {
  ResponseAnswers a;
  a.values["q1.s1"] = value;
  a.values["q1.s2"] = 2;
  a.comments["q1.comment"] = "Vi er enige om retningen";
  a.purposes["efficiency"] = 100;
  return a;
}

TEST_P(StorageTest, Assessment_FrameworksByKeyThenVersion) {
  const auto later = assessment().insert_framework(kFramework, 99, "source 99", kNow);
  const auto first_key = assessment().insert_framework("a-framework", 1, "source a", kNow);
  const auto list = assessment().frameworks();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].id, first_key);
  EXPECT_EQ(list[1].key, kFramework);
  EXPECT_EQ(list[2].id, later);
  EXPECT_EQ(list[2].version, 99);
  const auto row = assessment().framework_by_id(first_key);
  ASSERT_TRUE(row);
  EXPECT_EQ(row->key, "a-framework");
  EXPECT_EQ(row->version, 1);
  EXPECT_EQ(row->source, "source a");
  EXPECT_FALSE(assessment().framework_by_id(4242));
}

TEST_P(StorageTest, Assessment_RoundRoundTrip) {
  const auto a = org("A");
  const auto fw = assessment().frameworks().at(0);
  const auto id = assessment().insert_round(a, "Forår", fw.id, 5, {"zeta", "alfa", "midt"}, "midt", kNow);
  const auto r = assessment().find_round(id);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->id, id);
  EXPECT_EQ(r->org_id, a);
  EXPECT_EQ(r->title, "Forår");
  EXPECT_EQ(r->framework_id, fw.id);
  EXPECT_EQ(r->framework_key, fw.key);
  EXPECT_EQ(r->framework_version, fw.version);
  EXPECT_EQ(r->state, RoundState::draft);
  EXPECT_EQ(r->k, 5);
  EXPECT_EQ(r->created_at, kNow);
  EXPECT_FALSE(r->opened_at);
  EXPECT_FALSE(r->closed_at);
  EXPECT_EQ(r->groups, (std::vector<std::string>{"zeta", "alfa", "midt"}));  // in the order given
  EXPECT_EQ(r->top_group, "midt");
  EXPECT_FALSE(assessment().find_round(4242));
}

TEST_P(StorageTest, Assessment_RoundsNewestFirstPerOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto first = round(a, "first").id;
  clock.advance(10);
  const auto second = round(a, "second").id;
  const auto same_time = round(a, "same time").id;
  round(b, "theirs");
  const auto list = assessment().rounds(a);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].id, same_time);
  EXPECT_EQ(list[1].id, second);
  EXPECT_EQ(list[2].id, first);
  EXPECT_EQ(assessment().rounds(b).size(), 1u);
}

TEST_P(StorageTest, Assessment_RoundStateMovesOnlyFromTheStateNamed) {
  const auto id = round(org("A")).id;
  EXPECT_FALSE(assessment().set_round_state(id, RoundState::open, RoundState::closed, kNow));
  EXPECT_TRUE(assessment().set_round_state(id, RoundState::draft, RoundState::open, kNow + 1));
  EXPECT_FALSE(assessment().set_round_state(id, RoundState::draft, RoundState::open, kNow + 2));
  auto r = *assessment().find_round(id);
  EXPECT_EQ(r.state, RoundState::open);
  EXPECT_EQ(r.opened_at, kNow + 1);
  EXPECT_TRUE(assessment().set_round_state(id, RoundState::open, RoundState::closed, kNow + 3));
  r = *assessment().find_round(id);
  EXPECT_EQ(r.state, RoundState::closed);
  EXPECT_EQ(r.opened_at, kNow + 1);
  EXPECT_EQ(r.closed_at, kNow + 3);
  EXPECT_FALSE(assessment().set_round_state(4242, RoundState::draft, RoundState::open, kNow));
}

TEST_P(StorageTest, Assessment_PreviousClosedRoundIsTheLatestOfTheOrganisationBeforeTheDate) {
  const auto a = org("A");
  const auto b = org("B");
  const auto older = round(a, "older", RoundState::closed).id;
  clock.advance(100);
  const auto newer = round(a, "newer", RoundState::closed).id;
  clock.advance(100);
  round(b, "theirs", RoundState::closed);
  round(a, "still open", RoundState::open);
  const auto fw = assessment().frameworks().at(0);
  EXPECT_EQ(assessment().previous_closed_round(a, fw.key, kNow + 1000)->id, newer);
  EXPECT_EQ(assessment().previous_closed_round(a, fw.key, kNow + 100)->id, older);
  EXPECT_FALSE(assessment().previous_closed_round(a, fw.key, kNow));
  EXPECT_FALSE(assessment().previous_closed_round(a, "other-key", kNow + 1000));
}

TEST_P(StorageTest, Assessment_PreviousClosedRoundIsFoundWhateverItsFrameworkVersion) {
  const auto a = org("A");
  const auto fw = assessment().frameworks().at(0);
  const auto v1 = round(a, "version 1", RoundState::closed).id;
  clock.advance(100);
  const auto v2_framework = assessment().insert_framework(fw.key, fw.version + 1, "source v2", kNow);
  const auto v2 =
      assessment().insert_round(a, "version 2", v2_framework, 3, {"direktion"}, "direktion", kNow);
  // The results, not the lookup, decide that another version gives no trend; the page says so.
  const auto previous = assessment().previous_closed_round(a, fw.key, kNow + 1000);
  ASSERT_TRUE(previous);
  EXPECT_EQ(previous->id, v1);
  EXPECT_EQ(previous->framework_version, fw.version);
  EXPECT_EQ(assessment().find_round(v2)->framework_version, fw.version + 1);
}

TEST_P(StorageTest, Assessment_LinkDraftAndSubmission) {
  const auto r = round(org("A"), "r", RoundState::open);
  assessment().insert_invitation(r.id, "chefer", "tok", kNow);
  auto inv = assessment().find_invitation("tok");
  ASSERT_TRUE(inv);
  EXPECT_EQ(inv->round_id, r.id);
  EXPECT_EQ(inv->group, "chefer");
  EXPECT_EQ(inv->state, "new");
  EXPECT_FALSE(assessment().draft(inv->id));
  EXPECT_FALSE(assessment().find_invitation("unknown"));

  assessment().save_draft(inv->id, answers(3));
  EXPECT_EQ(assessment().draft(inv->id), answers(3));
  EXPECT_EQ(assessment().find_invitation("tok")->state, "started");
  assessment().save_draft(inv->id, answers(4));  // replaces
  EXPECT_EQ(assessment().draft(inv->id), answers(4));

  assessment().submit_response(inv->id, r.id, "chefer", answers(5), "2026-03-10", std::nullopt);
  EXPECT_FALSE(assessment().draft(inv->id));
  EXPECT_EQ(assessment().find_invitation("tok")->state, "submitted");
  const auto responses = assessment().submitted_responses(r.id);
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].group, "chefer");
  EXPECT_EQ(responses[0].answers, answers(5));
  EXPECT_FALSE(responses[0].entered_by);
}

TEST_P(StorageTest, Assessment_HandEnteredResponsesNameWhoTypedThem) {
  const auto a = org("A");
  const auto typist = member(a, "typist@x.dk");
  const auto r = round(a, "r", RoundState::open);
  const auto other = round(a, "other", RoundState::open);
  assessment().insert_response(r.id, "direktion", answers(1), "2026-03-10", typist);
  assessment().insert_response(r.id, "direktion", answers(2), "2026-03-10", std::nullopt);
  const auto responses = assessment().submitted_responses(r.id);
  ASSERT_EQ(responses.size(), 2u);
  int by_hand = 0;
  for (const auto& response : responses) {
    if (!response.entered_by) continue;
    ++by_hand;
    EXPECT_EQ(*response.entered_by, "Navn typist@x.dk");
    EXPECT_EQ(response.answers, answers(1));
  }
  EXPECT_EQ(by_hand, 1);
  EXPECT_TRUE(assessment().submitted_responses(other.id).empty());
}

TEST_P(StorageTest, Assessment_GroupCountsInGroupOrder) {
  const auto r = round(org("A"), "r", RoundState::open);  // groups direktion, chefer
  for (const char* t : {"t1", "t2", "t3"}) assessment().insert_invitation(r.id, "chefer", t, kNow);
  assessment().insert_invitation(r.id, "direktion", "t4", kNow);
  assessment().save_draft(assessment().find_invitation("t1")->id, answers(3));
  const auto t2 = *assessment().find_invitation("t2");
  assessment().submit_response(t2.id, r.id, "chefer", answers(3), "2026-03-10", std::nullopt);
  assessment().insert_response(r.id, "direktion", answers(3), "2026-03-10", std::nullopt);
  const auto counts = assessment().group_counts(r.id);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].group, "direktion");
  EXPECT_EQ(counts[0].invited, 1);
  EXPECT_EQ(counts[0].started, 0);
  EXPECT_EQ(counts[0].submitted, 1);
  EXPECT_EQ(counts[1].group, "chefer");
  EXPECT_EQ(counts[1].invited, 3);
  EXPECT_EQ(counts[1].started, 1);
  EXPECT_EQ(counts[1].submitted, 1);
}

TEST_P(StorageTest, Assessment_APaperEntryIsBoundToItsTypistAndItsResponseIsEnteredByHand) {
  const auto a = org("A");
  const auto typist = member(a, "typist@x.dk");
  const auto r = round(a, "r", RoundState::open);  // groups direktion, chefer
  assessment().insert_invitation(r.id, "chefer", "link", kNow);
  const auto id = assessment().insert_paper_entry(r.id, "chefer", "paper", typist, kNow);
  const auto entry = assessment().find_invitation_by_id(id);
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->round_id, r.id);
  EXPECT_EQ(entry->group, "chefer");
  EXPECT_EQ(entry->entered_by, typist);
  EXPECT_FALSE(assessment().find_invitation("link")->entered_by);
  EXPECT_FALSE(assessment().find_invitation_by_id(4242));
  assessment().submit_response(id, r.id, "chefer", answers(4), "2026-03-10", typist);
  EXPECT_EQ(assessment().find_invitation_by_id(id)->state, "submitted");
  const auto responses = assessment().submitted_responses(r.id);
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].entered_by, "Navn typist@x.dk");
  const auto counts = assessment().group_counts(r.id);
  EXPECT_EQ(counts[1].invited, 1) << "a paper entry is no link";
  EXPECT_EQ(counts[1].submitted, 1);
  EXPECT_EQ(counts[1].by_hand, 1);
}

TEST_P(StorageTest, Assessment_OnlyADraftRoundIsEditedOrDeleted) {
  const auto a = org("A");
  const auto r = round(a, "r");  // a draft with groups direktion, chefer
  assessment().insert_invitation(r.id, "direktion", "t1", kNow);
  assessment().save_draft(assessment().find_invitation("t1")->id, answers(3));
  EXPECT_TRUE(assessment().update_draft_round(r.id, "Nyt", 6, {"borgere", "direktion"}, "borgere"));
  const auto changed = assessment().find_round(r.id);
  EXPECT_EQ(changed->title, "Nyt");
  EXPECT_EQ(changed->k, 6);
  EXPECT_EQ(changed->groups, (std::vector<std::string>{"borgere", "direktion"}));
  EXPECT_EQ(changed->top_group, "borgere");
  EXPECT_EQ(assessment().delete_draft_round(r.id), RoundDeletion::deleted);
  EXPECT_FALSE(assessment().find_round(r.id));
  EXPECT_FALSE(assessment().find_invitation("t1"));

  const auto open = round(a, "open", RoundState::open);
  EXPECT_FALSE(assessment().update_draft_round(open.id, "Nej", 6, {"direktion"}, "direktion"));
  EXPECT_EQ(assessment().find_round(open.id)->title, "open");
  EXPECT_EQ(assessment().delete_draft_round(open.id), RoundDeletion::not_draft);
  EXPECT_TRUE(assessment().find_round(open.id));
}

}  // namespace
}  // namespace forkant::test
