// AssessmentService over the fakes: the round's life draft -> open -> closed, private links that save as
// the respondent goes and submit once, paper responses imported with who typed them, and results only
// for a closed round.

#include <gtest/gtest.h>

#include "world.hpp"

namespace forkant::test {
namespace {

class AssessmentServiceTest : public ::testing::Test {
 protected:
  World w;
  std::int64_t coordinator = w.add_user("koordinator@aarhus.dk", "Kim Koordinator");
  std::int64_t org = w.add_org("Aarhus Kommune");

  void SetUp() override {
    w.add_member(org, coordinator, Role::coordinator);
    w.install_builtin_framework();
  }

  RoundRow new_round(RoundState state = RoundState::draft, std::int64_t in_org = 0) {
    const auto id =
        w.assessment.create_round(in_org ? in_org : org, 3, coordinator,
                                  NewRound{"Forår 2026", "ti-spoergsmaal", {"Direktion", "Chefer"}, 3});
    EXPECT_TRUE(id) << id.error().code;
    auto row = *w.assessment.find_round(*id);
    if (state != RoundState::draft) {
      EXPECT_TRUE(w.assessment.open_round(row, coordinator));
    }
    if (state == RoundState::closed) {
      EXPECT_TRUE(w.assessment.close_round(*w.assessment.find_round(row.id), coordinator));
    }
    return *w.assessment.find_round(row.id);
  }
  std::string link(const RoundRow& r, const std::string& group = "Direktion") {
    auto tokens = w.assessment.create_invitations(r, group, 1, coordinator);
    EXPECT_TRUE(tokens) << tokens.error().code;
    return tokens.ok() ? tokens->front() : std::string{};
  }
  static AnswersPatch rated(int value = 4) {
    AnswersPatch p;
    p.values["q1.s1"] = value;
    return p;
  }
};

// ---- Round states ---------------------------------------------------------------------------------------

TEST_F(AssessmentServiceTest, RoundGoesFromDraftToOpenToClosedAtTheClocksTimes) {
  auto r = new_round();
  EXPECT_EQ(r.state, RoundState::draft);
  w.clock.advance(3600);
  ASSERT_TRUE(w.assessment.open_round(r, coordinator));
  const auto opened_at = w.clock.now();
  w.clock.advance(7 * 24 * 3600);
  ASSERT_TRUE(w.assessment.close_round(r, coordinator));
  r = *w.assessment.find_round(r.id);
  EXPECT_EQ(r.state, RoundState::closed);
  EXPECT_EQ(r.opened_at, opened_at);
  EXPECT_EQ(r.closed_at, w.clock.now());
  EXPECT_EQ(w.audit.count("round.created"), 1);
  EXPECT_EQ(w.audit.count("round.opened"), 1);
  const auto closed = w.audit.with_action("round.closed");
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].entry.org_id, org);
  EXPECT_EQ(closed[0].at, w.clock.now());
}

TEST_F(AssessmentServiceTest, WrongTransitionsAreRefusedAndNotAudited) {
  const auto draft = new_round();
  EXPECT_EQ(w.assessment.close_round(draft, coordinator).error().code, "round_not_open");
  const auto open = new_round(RoundState::open);
  EXPECT_EQ(w.assessment.open_round(open, coordinator).error().code, "round_not_draft");
  const auto closed = new_round(RoundState::closed);
  EXPECT_EQ(w.assessment.open_round(closed, coordinator).error().code, "round_not_draft");
  EXPECT_EQ(w.assessment.close_round(closed, coordinator).error().code, "round_not_open");
  EXPECT_EQ(w.assessment.find_round(closed.id)->state, RoundState::closed);  // a closed round stays closed
  EXPECT_EQ(w.audit.count("round.opened"), 2);
  EXPECT_EQ(w.audit.count("round.closed"), 1);
}

TEST_F(AssessmentServiceTest, TransitionUsesTheStoredStateNotTheCallersCopy) {
  const auto stale = new_round();
  ASSERT_TRUE(w.assessment.open_round(stale, coordinator));
  ASSERT_TRUE(w.assessment.close_round(stale, coordinator));
  // A page loaded while the round was a draft cannot reopen it.
  EXPECT_FALSE(w.assessment.open_round(stale, coordinator));
  EXPECT_EQ(w.assessment.find_round(stale.id)->state, RoundState::closed);
}

TEST_F(AssessmentServiceTest, ThresholdCannotGoBelowTheOrganisationsK) {
  const auto low =
      w.assessment.create_round(org, 5, coordinator, NewRound{"R", "ti-spoergsmaal", {"Direktion"}, 4});
  ASSERT_FALSE(low);
  EXPECT_EQ(low.error().code, "threshold_too_low");
  EXPECT_EQ(low.error().params.at("min"), "5");
  EXPECT_TRUE(
      w.assessment.create_round(org, 5, coordinator, NewRound{"R", "ti-spoergsmaal", {"Direktion"}, 5}));
  EXPECT_EQ(w.assessment.create_round(org, 3, coordinator, NewRound{"R", "ti-spoergsmaal", {"A", "A"}, 3})
                .error()
                .code,
            "duplicate_group");
  EXPECT_EQ(w.assessment.create_round(org, 3, coordinator, NewRound{"R", "nope", {"A"}, 3}).error().code,
            "unknown_framework");
  EXPECT_EQ(w.assessment.rounds(org).size(), 1u);
}

TEST_F(AssessmentServiceTest, RoundsAreListedPerOrganisationNewestFirst) {
  const auto other = w.add_org("Odense Kommune");
  const auto first = new_round();
  w.clock.advance(60);
  const auto second = new_round();
  new_round(RoundState::draft, other);
  const auto listed = w.assessment.rounds(org);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, second.id);
  EXPECT_EQ(listed[1].id, first.id);
}

// ---- Links and responses --------------------------------------------------------------------------------

TEST_F(AssessmentServiceTest, LinkSavesAsTheRespondentGoesThenSubmitsOnce) {
  const auto r = new_round(RoundState::open);
  const auto token = link(r);
  auto saved = w.assessment.save_answers(token, rated(4), false);
  ASSERT_TRUE(saved) << saved.error().code;
  EXPECT_EQ(saved->invitation.state, "started");
  EXPECT_EQ(w.assessment.open_link(token)->answers.values.at("q1.s1"), 4);  // back with the same link
  EXPECT_TRUE(w.assessment_store.stored_responses().empty());

  AnswersPatch more;
  more.values["q2.s1"] = 2;
  const auto submitted = w.assessment.save_answers(token, more, true);
  ASSERT_TRUE(submitted) << submitted.error().code;
  ASSERT_EQ(w.assessment_store.stored_responses().size(), 1u);
  const auto& stored = w.assessment_store.stored_responses()[0];
  EXPECT_EQ(stored.answers.values.size(), 2u);  // the draft and the last patch together
  EXPECT_EQ(stored.source, "link");
  EXPECT_FALSE(stored.entered_by);
  EXPECT_FALSE(w.assessment_store.draft(submitted->invitation.id));  // the draft does not outlive it

  const auto again = w.assessment.save_answers(token, rated(5), true);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "already_submitted");
  EXPECT_EQ(again.error().kind, ErrorKind::gone);
  EXPECT_EQ(w.assessment_store.stored_responses().size(), 1u);
}

TEST_F(AssessmentServiceTest, ResponseIsDatedToTheDayOnly) {
  const auto r = new_round(RoundState::open);
  const auto token = link(r);
  w.clock.set(kStartOfTests + 5 * 3600 + 17 * 60 + 3);  // 14:17:03 the same day
  ASSERT_TRUE(w.assessment.save_answers(token, rated(), true));
  EXPECT_EQ(w.assessment_store.stored_responses()[0].submitted_on, "2026-03-02");
}

TEST_F(AssessmentServiceTest, SubmissionWithoutARatedAnswerIsRefusedAndNothingIsStored) {
  const auto r = new_round(RoundState::open);
  const auto token = link(r);
  const auto blank = w.assessment.save_answers(token, AnswersPatch{}, true);
  ASSERT_FALSE(blank);
  EXPECT_EQ(blank.error().code, "no_rated_answer");
  const auto dont_know_only = w.assessment.save_answers(token, rated(kDontKnow), true);
  ASSERT_FALSE(dont_know_only);
  EXPECT_EQ(dont_know_only.error().code, "no_rated_answer");
  EXPECT_TRUE(w.assessment_store.stored_responses().empty());
  EXPECT_EQ(w.assessment.open_link(token)->invitation.state, "new");  // a refused submit saves no draft
}

TEST_F(AssessmentServiceTest, NothingIsAcceptedAfterTheRoundCloses) {
  const auto r = new_round(RoundState::open);
  const auto token = link(r);
  ASSERT_TRUE(w.assessment.open_link(token));  // the respondent has the page open
  ASSERT_TRUE(w.assessment.close_round(r, coordinator));
  const auto late = w.assessment.save_answers(token, rated(), true);
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code, "round_closed");
  EXPECT_EQ(late.error().kind, ErrorKind::gone);
  EXPECT_FALSE(w.assessment.save_answers(token, rated(), false));  // no draft either
  EXPECT_TRUE(w.assessment_store.stored_responses().empty());
}

TEST_F(AssessmentServiceTest, LinkOfADraftRoundDoesNotOpenYet) {
  const auto r = new_round();
  const auto token = link(r);  // links may be made before opening
  const auto early = w.assessment.open_link(token);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, "round_not_open");
  EXPECT_FALSE(w.assessment.save_answers(token, rated(), true));
  EXPECT_EQ(w.assessment.open_link("made-up-token").error().code, "unknown_token");
}

TEST_F(AssessmentServiceTest, InvitationsOnlyForTheRoundsGroupsAndNotOnceClosed) {
  auto r = new_round(RoundState::open);
  const auto tokens = w.assessment.create_invitations(r, "Chefer", 3, coordinator);
  ASSERT_TRUE(tokens);
  EXPECT_EQ(std::set<std::string>(tokens->begin(), tokens->end()).size(), 3u);  // distinct links
  EXPECT_EQ(w.assessment.create_invitations(r, "Borgere", 1, coordinator).error().code, "unknown_group");
  EXPECT_EQ(w.assessment.create_invitations(r, "Chefer", 0, coordinator).error().code, "invitation_count");
  EXPECT_EQ(
      w.assessment
          .create_invitations(r, "Chefer", AssessmentService::kMaxInvitationsPerRequest + 1, coordinator)
          .error()
          .code,
      "invitation_count");
  ASSERT_TRUE(w.assessment.close_round(r, coordinator));
  r = *w.assessment.find_round(r.id);
  EXPECT_EQ(w.assessment.create_invitations(r, "Chefer", 1, coordinator).error().code, "round_closed");
  EXPECT_EQ(w.assessment_store.invitation_count(r.id), 3);
  const auto logged = w.audit.with_action("round.invitations_created");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.detail, "Chefer: 3");
}

TEST_F(AssessmentServiceTest, GroupCountsFollowTheLinks) {
  const auto r = new_round(RoundState::open);
  const auto a = link(r, "Direktion");
  const auto b = link(r, "Direktion");
  link(r, "Chefer");
  ASSERT_TRUE(w.assessment.save_answers(a, rated(), false));
  ASSERT_TRUE(w.assessment.save_answers(b, rated(), true));
  const auto counts = w.assessment.group_counts(r.id);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].group, "Direktion");
  EXPECT_EQ(counts[0].invited, 2);
  EXPECT_EQ(counts[0].started, 1);
  EXPECT_EQ(counts[0].submitted, 1);
  EXPECT_EQ(counts[1].invited, 1);
  EXPECT_EQ(counts[1].submitted, 0);
}

// ---- Paper responses ------------------------------------------------------------------------------------

TEST_F(AssessmentServiceTest, ImportedResponsesRecordWhoEnteredThem) {
  const auto r = new_round(RoundState::open);
  const auto imported =
      w.assessment.import_csv(r, "group;q1.s1;q1.position\nDirektion;4;5\nChefer;dk;3\n", coordinator);
  ASSERT_TRUE(imported) << imported.error().code;
  EXPECT_EQ(*imported, 2);
  ASSERT_EQ(w.assessment_store.stored_responses().size(), 2u);
  for (const auto& stored : w.assessment_store.stored_responses()) {
    EXPECT_EQ(stored.source, "import");
    EXPECT_EQ(stored.entered_by, coordinator);
  }
  const auto seen = w.assessment_store.submitted_responses(r.id);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].entered_by, "Kim Koordinator");
  const auto logged = w.audit.with_action("round.responses_imported");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.actor_id, coordinator);
  EXPECT_EQ(logged[0].entry.detail, "2");
}

TEST_F(AssessmentServiceTest, ImportWithOneBadRowStoresNone) {
  const auto r = new_round(RoundState::open);
  const auto bad = w.assessment.import_csv(r, "group;q1.s1\nDirektion;4\nDirektion;9\n", coordinator);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, "csv_bad_value");
  EXPECT_TRUE(w.assessment_store.stored_responses().empty());
  EXPECT_EQ(w.audit.count("round.responses_imported"), 0);
}

TEST_F(AssessmentServiceTest, ImportStoresNoneWhenTheAuditWriteFails) {
  const auto r = new_round(RoundState::open);
  w.audit.fail_on("round.responses_imported");
  EXPECT_THROW(w.assessment.import_csv(r, "group;q1.s1\nDirektion;4\nChefer;3\n", coordinator),
               FakeStoreError);
  EXPECT_TRUE(w.assessment_store.stored_responses().empty());
}

TEST_F(AssessmentServiceTest, ImportOnlyWhileTheRoundIsOpen) {
  const auto csv = "group;q1.s1\nDirektion;4\n";
  EXPECT_EQ(w.assessment.import_csv(new_round(), csv, coordinator).error().code, "round_not_open");
  EXPECT_EQ(w.assessment.import_csv(new_round(RoundState::closed), csv, coordinator).error().code,
            "round_closed");
  EXPECT_TRUE(w.assessment_store.stored_responses().empty());
}

// The round a request loaded may be closed by someone else before the write: the state that counts is
// the one in the write transaction (closed results are computed once and kept).
TEST_F(AssessmentServiceTest, AnImportOrNewLinksForARoundClosedSinceItWasLoadedAreRefused) {
  const auto loaded = new_round(RoundState::open);
  ASSERT_TRUE(w.assessment.close_round(loaded, coordinator));
  ASSERT_EQ(loaded.state, RoundState::open) << "the caller's copy still says open";
  const auto imported = w.assessment.import_csv(loaded, "group;q1.s1\nDirektion;4\n", coordinator);
  ASSERT_FALSE(imported);
  EXPECT_EQ(imported.error().code, "round_closed");
  EXPECT_TRUE(w.assessment_store.stored_responses().empty());
  EXPECT_EQ(w.audit.count("round.responses_imported"), 0);
  const auto links = w.assessment.create_invitations(loaded, "Direktion", 2, coordinator);
  ASSERT_FALSE(links);
  EXPECT_EQ(links.error().code, "round_closed");
  EXPECT_EQ(w.audit.count("round.invitations_created"), 0);
}

// ---- Results --------------------------------------------------------------------------------------------

TEST_F(AssessmentServiceTest, ResultsOnlyOnceClosedAndComparedWithTheRoundClosedBefore) {
  const auto earlier = new_round(RoundState::open);
  ASSERT_FALSE(w.assessment.results(earlier));
  EXPECT_EQ(w.assessment.results(earlier).error().code, "round_not_closed");
  w.clock.advance(24 * 3600);
  ASSERT_TRUE(w.assessment.close_round(earlier, coordinator));
  w.clock.advance(90 * 24 * 3600);
  const auto later = new_round(RoundState::open);
  ASSERT_TRUE(
      w.assessment.import_csv(later, "group;q1.s1\nDirektion;4\nDirektion;3\nDirektion;5\n", coordinator));
  w.clock.advance(24 * 3600);
  ASSERT_TRUE(w.assessment.close_round(later, coordinator));

  const auto results = w.assessment.results(*w.assessment.find_round(later.id));
  ASSERT_TRUE(results) << results.error().code;
  ASSERT_TRUE(results->previous);
  EXPECT_EQ(results->previous->id, earlier.id);
  EXPECT_EQ(results->results->whole.respondents, 3);
  // The earlier round has no round closed before it to compare with.
  EXPECT_FALSE(w.assessment.results(*w.assessment.find_round(earlier.id))->previous);
}

// ---- Paper entries, editing and deleting drafts -----------------------------------------------------------

TEST_F(AssessmentServiceTest, APaperEntryOpensOnlyForItsTypistAndIsStoredAsEnteredByHand) {
  const auto r = new_round(RoundState::open);
  const auto other_user = w.add_user("anden@aarhus.dk", "Anne Anden");
  w.add_member(org, other_user, Role::coordinator);
  EXPECT_EQ(w.assessment.create_paper_entry(new_round(), "Chefer", coordinator).error().code,
            "paper_entry_not_open");
  EXPECT_EQ(w.assessment.create_paper_entry(r, "Ukendt", coordinator).error().code, "unknown_group");
  const auto entry = w.assessment.create_paper_entry(r, "Chefer", coordinator);
  ASSERT_TRUE(entry) << entry.error().code;
  EXPECT_EQ(w.audit.count("round.paper_entry_started"), 1);
  EXPECT_EQ(w.assessment.open_paper_entry(r, *entry, other_user).error().code, "unknown_token");
  EXPECT_EQ(w.assessment.save_paper_entry(r, *entry, other_user, rated(2), true).error().code,
            "unknown_token");
  const auto other_round = new_round(RoundState::open);
  EXPECT_EQ(w.assessment.open_paper_entry(other_round, *entry, coordinator).error().code, "unknown_token");
  EXPECT_TRUE(w.assessment_store.stored_responses().empty());

  ASSERT_TRUE(w.assessment.save_paper_entry(r, *entry, coordinator, rated(2), false));
  ASSERT_TRUE(w.assessment.save_paper_entry(r, *entry, coordinator, {}, true));
  ASSERT_EQ(w.assessment_store.stored_responses().size(), 1u);
  const auto& stored = w.assessment_store.stored_responses()[0];
  EXPECT_EQ(stored.source, "import");
  EXPECT_EQ(stored.entered_by, coordinator);
  EXPECT_EQ(stored.group, "Chefer");
  EXPECT_EQ(w.audit.count("round.paper_form_entered"), 1);
  EXPECT_EQ(w.assessment.open_paper_entry(r, *entry, coordinator).error().code, "already_submitted");
  const auto counts = w.assessment.group_counts(r.id);
  EXPECT_EQ(counts[1].invited, 0);
  EXPECT_EQ(counts[1].by_hand, 1);
}

TEST_F(AssessmentServiceTest, OnlyADraftIsEditedOrDeletedAndKNeverGoesBelowTheOrganisations) {
  const auto r = new_round();
  EXPECT_EQ(w.assessment.update_round(r, 5, coordinator, RoundEdit{"Nyt", {"Direktion"}, 4}).error().code,
            "threshold_too_low");
  ASSERT_TRUE(w.assessment.update_round(r, 5, coordinator, RoundEdit{"Nyt", {"Direktion", "Borgere"}, 5}));
  EXPECT_EQ(w.assessment.find_round(r.id)->title, "Nyt");
  EXPECT_EQ(w.assessment.find_round(r.id)->k, 5);
  EXPECT_EQ(w.audit.count("round.edited"), 1);
  link(*w.assessment.find_round(r.id), "Borgere");
  EXPECT_EQ(w.assessment.update_round(r, 3, coordinator, RoundEdit{"Nyt", {"Direktion"}, 5}).error().code,
            "group_has_links");

  const auto open = new_round(RoundState::open);
  EXPECT_EQ(w.assessment.update_round(open, 3, coordinator, RoundEdit{"X", {"Direktion"}, 3}).error().code,
            "round_not_draft_edit");
  EXPECT_EQ(w.assessment.delete_round(open, coordinator).error().code, "round_not_draft_delete");
  // A page loaded while the round was a draft cannot edit or delete it once it is open.
  const auto stale = new_round();
  ASSERT_TRUE(w.assessment.open_round(stale, coordinator));
  EXPECT_EQ(w.assessment.update_round(stale, 3, coordinator, RoundEdit{"X", {"Direktion"}, 3}).error().code,
            "round_not_draft_edit");
  EXPECT_EQ(w.assessment.delete_round(stale, coordinator).error().code, "round_not_draft_delete");
  EXPECT_EQ(w.audit.count("round.deleted"), 0);

  ASSERT_TRUE(w.assessment.delete_round(r, coordinator));
  EXPECT_FALSE(w.assessment.find_round(r.id));
  EXPECT_EQ(w.audit.count("round.deleted"), 1);
}

}  // namespace
}  // namespace forkant::test
