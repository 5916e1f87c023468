// DecisionService over the fakes: the register (versions, conflicts, supersession, notes, reviews), goals
// and steps, and the meeting whose agenda forkant drafts, each dated by the fixed clock's "today", each
// write audited in its transaction, and nothing reaching across organisations.

#include <gtest/gtest.h>

#include <algorithm>

#include "world.hpp"

namespace forkant::test {
namespace {

Date day(std::string_view iso) {
  return parse_iso_date(iso).value();
}

// Unix seconds at 09:00 UTC of a day, to move "today".
std::int64_t morning_of(std::string_view iso) {
  using namespace std::chrono;
  return sys_days{day(iso)}.time_since_epoch() / seconds{1} + 9 * 3600;
}

class DecisionServiceTest : public ::testing::Test {
 protected:
  World w;
  std::int64_t org = w.add_org("Aarhus Kommune");
  std::int64_t other_org = w.add_org("Odense Kommune");
  std::int64_t director = w.add_user("direktor@aarhus.dk", "Dorte Direktør");
  std::int64_t coordinator = w.add_user("koordinator@aarhus.dk", "Kim Koordinator");
  std::int64_t outsider = w.add_user("chef@odense.dk", "Ole Odense");

  void SetUp() override {
    w.add_member(org, director, Role::leader);
    w.add_member(org, coordinator, Role::coordinator);
    w.add_member(other_org, outsider, Role::owner);
    w.install_builtin_framework();  // the purposes a decision may name
  }

  DecisionDraft draft(std::string title = "Fælles sagssystem") {
    DecisionDraft d;
    d.kind = DecisionKind::decided;
    d.title = std::move(title);
    d.rationale = "Vi samler sagsbehandlingen for at frigøre tid til borgerne.";
    d.questions = {2, 9};
    d.purposes = {"p.efficiency"};
    d.owner_user_id = director;
    d.body = "direktionen";
    d.decided_on = day("2026-03-02");
    return d;
  }
  Decision create(const DecisionDraft& d) {
    const auto id = w.decisions.create_decision(org, coordinator, d);
    EXPECT_TRUE(id) << id.error().code;
    return *w.decisions.find_decision(id.ok() ? *id : 0);
  }
  Goal goal() {
    const auto id = w.decisions.create_goal(org, coordinator,
                                            Goal{0, 0, "Digital selvbetjening", "", {2}, day("2027-12-31")});
    EXPECT_TRUE(id) << id.error().code;
    return *w.decisions.find_goal(*id);
  }
  StepRow step(const Goal& g, std::string_view due = "2026-03-20",
               std::string criterion = "Halvdelen digitalt") {
    Step s;
    s.hypothesis = "Hvis vi tilbyder online booking, så falder telefontrykket";
    s.success_criterion = std::move(criterion);
    s.owner_user_id = director;
    s.due_on = day(due);
    const auto id = w.decisions.add_step(g, coordinator, s);
    EXPECT_TRUE(id) << id.error().code;
    return *w.decisions.find_step(*id);
  }
  StepRow running_step(const Goal& g) {
    const auto row = step(g);
    EXPECT_TRUE(w.decisions.start_step(row, director));
    return *w.decisions.find_step(row.step.id);
  }
  static Evaluation evaluation(Verdict verdict) {
    return {"40 % bookede online", "Ældre borgere ringer stadig", verdict, Date{}};
  }
  MeetingSeries monthly_series(std::string_view first = "2026-03-10") {
    const auto id = w.decisions.create_series(
        org, coordinator, MeetingSeries{0, 0, "Direktionsmøde", Cadence::monthly, 1, day(first)});
    EXPECT_TRUE(id) << id.error().code;
    return *w.decisions.find_series(*id);
  }
  static bool has_point(const AgendaDraft& d, AgendaSource source, std::int64_t linked_id) {
    return std::any_of(d.points.begin(), d.points.end(),
                       [&](const AgendaPoint& p) { return p.source == source && p.linked_id == linked_id; });
  }
};

// ---- The register ---------------------------------------------------------------------------------------

TEST_F(DecisionServiceTest, NewDecisionIsVersionOneAndAudited) {
  const auto d = create(draft());
  EXPECT_EQ(d.version, 1);
  EXPECT_EQ(d.org_id, org);
  const auto detail = w.decisions.detail(d);
  ASSERT_EQ(detail.versions.size(), 1u);
  EXPECT_EQ(detail.versions[0].edited_by, coordinator);
  EXPECT_EQ(detail.versions[0].edited_at, day("2026-03-02"));  // the clock's day
  const auto logged = w.audit.with_action("decision.created");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.object, "decision:" + std::to_string(d.id));
  EXPECT_EQ(logged[0].entry.detail, "decided: Fælles sagssystem");
  EXPECT_TRUE(logged[0].in_transaction);
}

TEST_F(DecisionServiceTest, DraftMayReferOnlyToTheOrganisationsOwnMembersRoundsAndGoals) {
  auto foreign_owner = draft();
  foreign_owner.owner_user_id = outsider;
  EXPECT_EQ(w.decisions.create_decision(org, coordinator, foreign_owner).error().code, "unknown_owner");

  const auto foreign_round = w.assessment.create_round(
      other_org, 3, outsider, NewRound{"Odenses runde", "ti-spoergsmaal", {"Direktion"}, 3});
  ASSERT_TRUE(foreign_round);
  auto with_round = draft();
  with_round.round_id = *foreign_round;
  EXPECT_EQ(w.decisions.create_decision(org, coordinator, with_round).error().code, "unknown_round");

  const auto foreign_goal =
      w.decisions.create_goal(other_org, outsider, Goal{0, 0, "Mål", "", {1}, day("2027-01-01")});
  ASSERT_TRUE(foreign_goal);
  auto with_goal = draft();
  with_goal.goal_id = *foreign_goal;
  EXPECT_EQ(w.decisions.create_decision(org, coordinator, with_goal).error().code, "unknown_goal");

  EXPECT_TRUE(w.decisions.all_decisions(org).empty());
}

TEST_F(DecisionServiceTest, EditMakesTheNextVersionAndAuditsWhatChanged) {
  const auto d = create(draft());
  auto content = d.content;
  content.title = "Fælles sags- og dokumentsystem";
  content.review_on = day("2026-09-01");
  w.clock.advance_days(1);
  const auto edited = w.decisions.edit_decision(d, director, 1, content);
  ASSERT_TRUE(edited) << edited.error().code;
  EXPECT_EQ(edited->version, 2);
  const auto detail = w.decisions.detail(*w.decisions.find_decision(d.id));
  ASSERT_EQ(detail.versions.size(), 2u);
  EXPECT_EQ(detail.versions[0].content.title, "Fælles sagssystem");  // the old version stays
  EXPECT_EQ(detail.versions[1].edited_at, day("2026-03-03"));
  const auto logged = w.audit.with_action("decision.edited");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.detail, "version 2: title,review_on");
  EXPECT_EQ(logged[0].entry.actor_id, director);
}

TEST_F(DecisionServiceTest, EditMadeAgainstAnOlderVersionIsAConflict) {
  const auto d = create(draft());
  auto content = d.content;
  content.title = "Version to";
  ASSERT_TRUE(w.decisions.edit_decision(d, director, 1, content));
  const auto current = *w.decisions.find_decision(d.id);
  content.title = "Version tre";
  const auto stale = w.decisions.edit_decision(current, coordinator, 1, content);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, "stale_version");
  EXPECT_EQ(stale.error().kind, ErrorKind::conflict);
  EXPECT_EQ(w.decisions.find_decision(d.id)->content.title, "Version to");
}

TEST_F(DecisionServiceTest, EditThatRacedAnotherLosesAndStoresNothing) {
  const auto d = create(draft());
  // Two people opened version 1; the first saves, then the second, from the page as they loaded it.
  auto first = d.content;
  first.title = "Den førstes titel";
  ASSERT_TRUE(w.decisions.edit_decision(d, director, 1, first));
  auto second = d.content;
  second.rationale = "Den andens begrundelse, skrevet mens den første gemte.";
  const auto lost = w.decisions.edit_decision(d, coordinator, 1, second);
  ASSERT_FALSE(lost);
  EXPECT_EQ(lost.error().code, "stale_version");
  EXPECT_EQ(lost.error().params.at("current"), "2");
  const auto stored = *w.decisions.find_decision(d.id);
  EXPECT_EQ(stored.content.title, "Den førstes titel");
  EXPECT_EQ(stored.content.rationale, d.content.rationale);
  EXPECT_EQ(w.decision_store.version_count(), 2);
  EXPECT_EQ(w.audit.count("decision.edited"), 1);
}

TEST_F(DecisionServiceTest, SupersedingLinksBothDecisionsAndTheOldOneIsNoLongerEditable) {
  const auto old = create(draft());
  const auto successor = w.decisions.supersede_decision(old, coordinator, draft("Nyt fælles sagssystem"));
  ASSERT_TRUE(successor) << successor.error().code;
  EXPECT_EQ(w.decisions.find_decision(old.id)->superseded_by_id, *successor);
  EXPECT_EQ(w.decisions.find_decision(*successor)->supersedes_id, old.id);
  const auto logged = w.audit.with_action("decision.superseded");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.detail, "by decision:" + std::to_string(*successor));

  auto content = old.content;
  content.title = "Ændret efter erstatning";
  const auto edit = w.decisions.edit_decision(*w.decisions.find_decision(old.id), director, 1, content);
  ASSERT_FALSE(edit);
  EXPECT_EQ(edit.error().code, "already_superseded");
}

TEST_F(DecisionServiceTest, DecisionIsSupersededOnceEvenFromAStalePage) {
  const auto old = create(draft());
  ASSERT_TRUE(w.decisions.supersede_decision(old, coordinator, draft("Første afløser")));
  const int decisions_before = w.decision_store.decision_count();
  const auto again = w.decisions.supersede_decision(old, coordinator, draft("Anden afløser"));  // old copy
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "already_superseded");
  EXPECT_EQ(w.decision_store.decision_count(), decisions_before);  // no orphan successor
  EXPECT_EQ(w.audit.count("decision.superseded"), 1);
}

TEST_F(DecisionServiceTest, SupersessionStoresNothingWhenItsAuditWriteFails) {
  const auto old = create(draft());
  w.audit.fail_on("decision.superseded");
  EXPECT_THROW(w.decisions.supersede_decision(old, coordinator, draft("Afløser")), FakeStoreError);
  EXPECT_EQ(w.decision_store.decision_count(), 1);
  EXPECT_FALSE(w.decisions.find_decision(old.id)->superseded_by_id);
}

TEST_F(DecisionServiceTest, FollowUpNoteIsDatedTodayAndMayNotBeBlank) {
  const auto d = create(draft());
  w.clock.set(morning_of("2026-04-15"));
  const auto note = w.decisions.add_note(d, director, "Systemet er udbudt.");
  ASSERT_TRUE(note) << note.error().code;
  EXPECT_EQ(w.decisions.add_note(d, director, "   ").error().code, "note_required");
  const auto notes = w.decisions.detail(d).notes;
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].written_on, day("2026-04-15"));
  EXPECT_EQ(notes[0].author_user_id, director);
  EXPECT_EQ(w.audit.with_action("decision.note_added").at(0).entry.detail, "note:" + std::to_string(*note));
}

TEST_F(DecisionServiceTest, ReviewIsOnTheAgendaOnceDueUntilMarkedReviewed) {
  auto content = draft();
  content.review_on = day("2026-04-01");
  const auto d = create(content);
  const auto series = monthly_series("2026-03-10");
  // The March meeting comes before the review date, the April one after it.
  EXPECT_FALSE(has_point(w.decisions.next_meeting(series).draft, AgendaSource::review_due, d.id));
  w.clock.set(morning_of("2026-03-20"));
  const auto april = w.decisions.next_meeting(series);
  EXPECT_EQ(april.date, day("2026-04-10"));
  EXPECT_TRUE(has_point(april.draft, AgendaSource::review_due, d.id));

  ASSERT_TRUE(w.decisions.mark_reviewed(d, director));
  EXPECT_EQ(w.decisions.find_decision(d.id)->reviewed_on, day("2026-03-20"));
  EXPECT_FALSE(has_point(w.decisions.next_meeting(series).draft, AgendaSource::review_due, d.id));
  EXPECT_EQ(w.audit.with_action("decision.reviewed").at(0).entry.detail, "2026-03-20");
}

// ---- Goals and steps ------------------------------------------------------------------------------------

TEST_F(DecisionServiceTest, StepIsPlannedAndStartsOnlyWithASuccessCriterion) {
  const auto g = goal();
  const auto vague = step(g, "2026-03-20", "");
  EXPECT_EQ(vague.step.status, StepStatus::planned);
  EXPECT_EQ(w.decisions.start_step(vague, director).error().code, "success_criterion_required");
  EXPECT_EQ(w.decisions.find_step(vague.step.id)->step.status, StepStatus::planned);
  const auto started = w.decisions.start_step(step(g), director);
  ASSERT_TRUE(started) << started.error().code;
  EXPECT_EQ(started->status, StepStatus::running);
  EXPECT_EQ(w.audit.count("step.started"), 1);
}

TEST_F(DecisionServiceTest, StepOwnerMustBeAMemberAndItsGoalTheOrganisations) {
  const auto g = goal();
  Step s;
  s.hypothesis = "Hvis vi prøver, så lærer vi";
  s.owner_user_id = outsider;
  s.due_on = day("2026-04-01");
  EXPECT_EQ(w.decisions.add_step(g, coordinator, s).error().code, "unknown_owner");
  // A goal object carrying another organisation's id: its own organisation's goals do not include it.
  Goal forged = g;
  forged.org_id = other_org;
  s.owner_user_id = outsider;
  EXPECT_EQ(w.decisions.add_step(forged, outsider, s).error().code, "unknown_goal");
  EXPECT_EQ(w.decision_store.step_count(), 0);
}

TEST_F(DecisionServiceTest, ContinueCompletesTheStepWithoutADecision) {
  const auto row = running_step(goal());
  w.clock.set(morning_of("2026-03-21"));
  const auto done = w.decisions.complete_step(row, director, {evaluation(Verdict::continue_), draft()});
  ASSERT_TRUE(done) << done.error().code;
  EXPECT_EQ(done->step.status, StepStatus::done);
  EXPECT_FALSE(done->decision_id);  // a follow-up sent along with "continue" is not recorded
  EXPECT_EQ(w.decisions.find_step(row.step.id)->step.evaluation->evaluated_on, day("2026-03-21"));
  EXPECT_EQ(w.decision_store.decision_count(), 0);
  EXPECT_EQ(w.audit.with_action("step.completed").at(0).entry.detail, "continue");
}

TEST_F(DecisionServiceTest, AdjustOrStopWithoutTheFollowingDecisionIsRefusedAndStoresNothing) {
  const auto row = running_step(goal());
  for (const auto verdict : {Verdict::adjust, Verdict::stop}) {
    const auto refused = w.decisions.complete_step(row, director, {evaluation(verdict), std::nullopt});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, "follow_up_decision_required");
  }
  EXPECT_EQ(w.decisions.find_step(row.step.id)->step.status, StepStatus::running);
  EXPECT_EQ(w.audit.count("step.completed"), 0);
}

TEST_F(DecisionServiceTest, AdjustRecordsTheFollowingDecisionOnTheStepsGoal) {
  const auto g = goal();
  const auto row = running_step(g);
  auto next = draft("Vi tilbyder også telefonbooking");
  const auto done = w.decisions.complete_step(row, director, {evaluation(Verdict::adjust), next});
  ASSERT_TRUE(done) << done.error().code;
  ASSERT_TRUE(done->decision_id);
  const auto decision = *w.decisions.find_decision(*done->decision_id);
  EXPECT_EQ(decision.content.goal_id, g.id);
  EXPECT_EQ(decision.content.title, "Vi tilbyder også telefonbooking");
  EXPECT_EQ(w.audit.count("decision.created"), 1);
}

TEST_F(DecisionServiceTest, InvalidFollowingDecisionLeavesTheStepRunning) {
  const auto row = running_step(goal());
  auto next = draft();
  next.owner_user_id = outsider;
  const auto refused = w.decisions.complete_step(row, director, {evaluation(Verdict::stop), next});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "unknown_owner");
  EXPECT_EQ(w.decisions.find_step(row.step.id)->step.status, StepStatus::running);
}

TEST_F(DecisionServiceTest, FinishedStepsCannotBeDroppedOrRestarted) {
  const auto g = goal();
  const auto planned = step(g);
  const auto dropped = w.decisions.drop_step(planned, director, "Udbuddet blev aflyst");
  ASSERT_TRUE(dropped) << dropped.error().code;
  EXPECT_EQ(dropped->drop_reason, "Udbuddet blev aflyst");
  EXPECT_EQ(w.decisions.start_step(planned, director).error().code, "invalid_transition");

  const auto row = running_step(g);
  ASSERT_TRUE(w.decisions.complete_step(row, director, {evaluation(Verdict::continue_), std::nullopt}));
  // The page still shows the step as running; the service reads what is stored.
  const auto late_drop = w.decisions.drop_step(row, director, "For sent");
  ASSERT_FALSE(late_drop);
  EXPECT_EQ(late_drop.error().code, "invalid_transition");
  EXPECT_EQ(w.decisions.find_step(row.step.id)->step.status, StepStatus::done);
  EXPECT_EQ(w.decisions.drop_step(step(g), director, "").error().code, "drop_reason_required");
}

TEST_F(DecisionServiceTest, StepAddressedThroughAnotherOrganisationIsNotFound) {
  const auto row = step(goal());
  StepRow forged = row;
  forged.org_id = other_org;
  EXPECT_EQ(w.decisions.start_step(forged, outsider).error().kind, ErrorKind::not_found);
  EXPECT_EQ(w.decisions.drop_step(forged, outsider, "Ikke jeres").error().kind, ErrorKind::not_found);
  EXPECT_EQ(w.decisions.find_step(row.step.id)->step.status, StepStatus::planned);
  EXPECT_EQ(w.audit.count("step.started") + w.audit.count("step.dropped"), 0);
}

TEST_F(DecisionServiceTest, StepIsOverdueFromTheDayAfterItsDueDateUntilFinished) {
  const auto g = goal();
  const auto row = step(g, "2026-03-20");
  w.clock.set(morning_of("2026-03-20"));
  EXPECT_TRUE(w.decisions.goal_detail(g).overdue.empty());
  w.clock.set(morning_of("2026-03-21"));
  const auto overdue = w.decisions.goal_detail(g).overdue;
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].id, row.step.id);
  ASSERT_TRUE(w.decisions.drop_step(row, director, "Opgivet"));
  EXPECT_TRUE(w.decisions.goal_detail(g).overdue.empty());
}

// ---- Meetings -------------------------------------------------------------------------------------------

TEST_F(DecisionServiceTest, MeetingIsPreparedUntilItsMinutesOrThreeDaysAfter) {
  const auto series = monthly_series("2026-03-10");
  EXPECT_EQ(w.decisions.next_meeting(series).date, day("2026-03-10"));
  w.clock.set(morning_of("2026-03-13"));  // minutes still missing: the meeting stays being prepared
  EXPECT_EQ(w.decisions.next_meeting(series).date, day("2026-03-10"));
  w.clock.set(morning_of("2026-03-14"));
  EXPECT_EQ(w.decisions.next_meeting(series).date, day("2026-04-10"));
}

TEST_F(DecisionServiceTest, RecordedMinutesMoveOnToTheNextMeetingAndBringItsFollowUps) {
  const auto series = monthly_series("2026-03-10");
  w.clock.set(morning_of("2026-03-10"));
  Minutes minutes;
  minutes.text = "Drøftet selvbetjening.";
  minutes.follow_ups = {{"Tjek budgettet", director}, {"Spørg IT", std::nullopt}};
  const auto recorded = w.decisions.record_minutes(series, coordinator, minutes);
  ASSERT_TRUE(recorded) << recorded.error().code;
  const auto next = w.decisions.next_meeting(series);
  EXPECT_EQ(next.date, day("2026-04-10"));  // the same day, once the minutes are in
  EXPECT_EQ(next.previous, day("2026-03-10"));
  const auto follow_ups = std::count_if(next.draft.points.begin(), next.draft.points.end(),
                                        [](const auto& p) { return p.source == AgendaSource::follow_up; });
  EXPECT_EQ(follow_ups, 2);
  EXPECT_EQ(w.audit.with_action("meeting.minutes_recorded").at(0).entry.detail, "2026-03-10");
}

TEST_F(DecisionServiceTest, MinutesWithDecisionsAndStepsAreStoredAllOrNothing) {
  const auto series = monthly_series("2026-03-10");
  const auto g = goal();
  Minutes minutes;
  minutes.text = "Besluttet og planlagt.";
  minutes.decisions = {draft("Beslutning på mødet")};
  Step s;
  s.goal_id = g.id;
  s.hypothesis = "Hvis vi måler, så ved vi";
  s.owner_user_id = director;
  s.due_on = day("2026-05-01");
  minutes.steps = {s};
  w.audit.fail_on("step.created");  // after the meeting and the decision are written
  EXPECT_THROW(w.decisions.record_minutes(series, coordinator, minutes), FakeStoreError);
  EXPECT_EQ(w.decision_store.meeting_count(), 0);
  EXPECT_EQ(w.decision_store.decision_count(), 0);
  EXPECT_EQ(w.decision_store.step_count(), 0);

  const auto recorded = w.decisions.record_minutes(series, coordinator, minutes);
  ASSERT_TRUE(recorded) << recorded.error().code;
  EXPECT_EQ(recorded->decision_ids.size(), 1u);
  EXPECT_EQ(recorded->step_ids.size(), 1u);
  EXPECT_EQ(w.decisions.find_step(recorded->step_ids[0])->step.status, StepStatus::planned);
}

TEST_F(DecisionServiceTest, MinutesMayNotSettleAnotherOrganisationsReviewOrPromiseForAnOutsider) {
  const auto series = monthly_series();
  auto theirs = draft();
  theirs.owner_user_id = outsider;
  theirs.purposes.clear();
  const auto foreign = w.decisions.create_decision(other_org, outsider, theirs);
  ASSERT_TRUE(foreign) << foreign.error().code;
  Minutes review;
  review.reviewed_decisions = {*foreign};
  EXPECT_EQ(w.decisions.record_minutes(series, coordinator, review).error().code, "unknown_decision");
  EXPECT_FALSE(w.decisions.find_decision(*foreign)->reviewed_on);
  Minutes promise;
  promise.follow_ups = {{"Ring til Odense", outsider}};
  EXPECT_EQ(w.decisions.record_minutes(series, coordinator, promise).error().code, "unknown_owner");
  EXPECT_EQ(w.decision_store.meeting_count(), 0);
}

TEST_F(DecisionServiceTest, SavedAgendaBelongsToTheMeetingBeingPrepared) {
  const auto series = monthly_series("2026-03-10");
  ASSERT_TRUE(w.decisions.save_agenda(series, coordinator, "1. Selvbetjening\n2. Budget"));
  const auto next = w.decisions.next_meeting(series);
  ASSERT_TRUE(next.row);
  EXPECT_EQ(next.row->held_on, day("2026-03-10"));
  EXPECT_EQ(next.row->agenda_text, "1. Selvbetjening\n2. Budget");
  EXPECT_FALSE(next.row->held);
  // After the grace days the April meeting is prepared, and the March agenda is not its agenda.
  w.clock.set(morning_of("2026-03-14"));
  EXPECT_FALSE(w.decisions.next_meeting(series).row);
}

TEST_F(DecisionServiceTest, ClosedRoundComesOnTheAgendaOfTheMeetingAfterIt) {
  const auto series = monthly_series("2026-03-10");
  const auto id =
      w.assessment.create_round(org, 3, coordinator, NewRound{"Forår", "ti-spoergsmaal", {"Direktion"}, 3});
  ASSERT_TRUE(id);
  ASSERT_TRUE(w.assessment.open_round(*w.assessment.find_round(*id), coordinator));
  w.clock.set(morning_of("2026-03-05"));
  ASSERT_TRUE(w.assessment.close_round(*w.assessment.find_round(*id), coordinator));
  EXPECT_TRUE(has_point(w.decisions.next_meeting(series).draft, AgendaSource::round_closed, *id));
}

TEST_F(DecisionServiceTest, EveryWriteOfAFlowIsAuditedInsideItsTransaction) {
  const auto d = create(draft());
  ASSERT_TRUE(w.decisions.add_note(d, director, "Note"));
  ASSERT_TRUE(w.decisions.mark_reviewed(d, director));
  const auto row = running_step(goal());
  ASSERT_TRUE(w.decisions.complete_step(row, director, {evaluation(Verdict::stop), draft("Stop")}));
  const auto series = monthly_series();
  ASSERT_TRUE(w.decisions.save_agenda(series, coordinator, "Dagsorden"));
  ASSERT_TRUE(w.decisions.record_minutes(series, coordinator, Minutes{"Referat", {}, {}, {}, {d.id}}));
  ASSERT_GE(w.audit.entries().size(), 11u);
  for (const auto& e : w.audit.entries()) {
    EXPECT_TRUE(e.in_transaction) << e.entry.action;
    EXPECT_EQ(e.entry.org_id, org) << e.entry.action;
  }
}

}  // namespace
}  // namespace forkant::test
