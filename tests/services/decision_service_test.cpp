// DecisionService over the fakes: the register (versions, conflicts, supersession, notes, reviews), goals
// and steps, and the meeting whose agenda forkant drafts, each dated by the fixed clock's "today", each
// write audited in its transaction, and nothing reaching across organisations.

#include <gtest/gtest.h>

#include <algorithm>

#include "world.hpp"

namespace forkant::test {
namespace {

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

TEST_F(DecisionServiceTest, ASupersededDecisionTakesNoReviewOrNoteEvenFromAStalePage) {
  const auto old = create(draft());  // the page was loaded before the supersession
  ASSERT_TRUE(w.decisions.supersede_decision(old, coordinator, draft("Afløser")));
  const auto reviewed = w.decisions.mark_reviewed(old, director);
  ASSERT_FALSE(reviewed);
  EXPECT_EQ(reviewed.error().code, "already_superseded");
  EXPECT_EQ(reviewed.error().kind, ErrorKind::conflict);
  EXPECT_FALSE(w.decisions.find_decision(old.id)->reviewed_on);
  EXPECT_EQ(w.audit.count("decision.reviewed"), 0);
  const auto note = w.decisions.add_note(old, director, "Fulgt op");
  ASSERT_FALSE(note);
  EXPECT_EQ(note.error().code, "already_superseded");
  EXPECT_TRUE(w.decisions.detail(old).notes.empty());
  EXPECT_EQ(w.audit.count("decision.note_added"), 0);
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

// ---- Editing goals and steps ----------------------------------------------------------------------------

TEST_F(DecisionServiceTest, GoalEditMakesTheNextVersionKeepsTheFirstAndIsAudited) {
  const auto g = goal();
  EXPECT_EQ(g.version, 1);
  EXPECT_EQ(w.decision_store.goal_version_count(), 1) << "creating a goal records version 1";
  Goal content = g;
  content.title = "Digital selvbetjening for alle";
  content.horizon = day("2028-06-30");
  const auto edited = w.decisions.edit_goal(g, director, 1, content);
  ASSERT_TRUE(edited) << edited.error().code;
  const auto stored = *w.decisions.find_goal(g.id);
  EXPECT_EQ(stored.version, 2);
  EXPECT_EQ(stored.title, "Digital selvbetjening for alle");
  const auto detail = w.decisions.goal_detail(stored);
  ASSERT_EQ(detail.goal_history.size(), 2u);
  EXPECT_EQ(detail.goal_history[1].edited_by, director);
  EXPECT_EQ(detail.goal_history[1].changed, (std::vector<std::string_view>{"title", "horizon"}));
  const auto logged = w.audit.with_action("goal.edited");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.detail, "version 2: title,horizon");
  EXPECT_TRUE(logged[0].in_transaction);
}

TEST_F(DecisionServiceTest, GoalEditThatRacedAnotherLosesAndStoresNothing) {
  const auto g = goal();
  Goal first = g;
  first.title = "Den førstes titel";
  ASSERT_TRUE(w.decisions.edit_goal(g, director, 1, first));
  Goal second = g;
  second.description = "Den andens beskrivelse";
  const auto lost = w.decisions.edit_goal(g, coordinator, 1, second);  // from the page as it was loaded
  ASSERT_FALSE(lost);
  EXPECT_EQ(lost.error().code, "stale_version");
  EXPECT_EQ(lost.error().kind, ErrorKind::conflict);
  EXPECT_EQ(lost.error().params.at("current"), "2");
  EXPECT_EQ(w.decisions.find_goal(g.id)->description, "");
  EXPECT_EQ(w.decision_store.goal_version_count(), 2);
  EXPECT_EQ(w.audit.count("goal.edited"), 1);
}

TEST_F(DecisionServiceTest, AStepWithoutCriterionIsEditedAndThenStarts) {
  const auto g = goal();
  const auto vague = step(g, "2026-03-20", "");
  ASSERT_EQ(w.decisions.start_step(vague, director).error().code, "success_criterion_required");
  Step content = vague.step;
  content.success_criterion = "30 % booker online";
  content.owner_user_id = coordinator;
  content.due_on = day("2026-05-01");
  const auto edited = w.decisions.edit_step(vague, director, 1, content);
  ASSERT_TRUE(edited) << edited.error().code;
  EXPECT_EQ(edited->version, 2);
  const auto row = *w.decisions.find_step(vague.step.id);
  EXPECT_EQ(row.step.success_criterion, "30 % booker online");
  EXPECT_EQ(row.step.owner_user_id, coordinator);
  EXPECT_EQ(row.step.due_on, day("2026-05-01"));
  EXPECT_TRUE(w.decisions.start_step(row, director));
  const auto history = w.decisions.goal_detail(g).step_history;
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].changed, (std::vector<std::string_view>{"success_criterion", "owner", "due_on"}));
  EXPECT_EQ(w.audit.with_action("step.edited").at(0).entry.detail,
            "version 2: success_criterion,owner,due_on");
}

TEST_F(DecisionServiceTest, StepEditIsCheckedAgainstTheStepAsStoredWhenTheWriteStarts) {
  const auto g = goal();
  const auto planned = step(g);                            // the editor loads the planned step ...
  ASSERT_TRUE(w.decisions.start_step(planned, director));  // ... someone starts it meanwhile
  Step content = planned.step;
  content.success_criterion = "Et lavere mål";
  const auto refused = w.decisions.edit_step(planned, coordinator, 1, content);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "step_field_locked");
  EXPECT_EQ(w.decisions.find_step(planned.step.id)->step.success_criterion, "Halvdelen digitalt");
  EXPECT_EQ(w.decision_store.step_version_count(), 1);
  EXPECT_EQ(w.audit.count("step.edited"), 0);
}

TEST_F(DecisionServiceTest, EvaluatedStepKeepsItsEvaluationWhenItsOwnerChanges) {
  const auto g = goal();
  const auto row = running_step(g);
  ASSERT_TRUE(w.decisions.complete_step(row, director, {evaluation(Verdict::continue_), std::nullopt}));
  const auto done = *w.decisions.find_step(row.step.id);
  Step content = done.step;
  content.owner_user_id = coordinator;
  ASSERT_TRUE(w.decisions.edit_step(done, director, 1, content));
  const auto after = w.decisions.find_step(row.step.id)->step;
  EXPECT_EQ(after.owner_user_id, coordinator);
  EXPECT_EQ(after.status, StepStatus::done);
  ASSERT_TRUE(after.evaluation);
  EXPECT_EQ(after.evaluation->verdict, Verdict::continue_);
  content = after;
  content.due_on = day("2027-01-01");
  EXPECT_EQ(w.decisions.edit_step(*w.decisions.find_step(row.step.id), director, 2, content).error().code,
            "step_field_locked");
}

TEST_F(DecisionServiceTest, GoalsAndStepsOfAnotherOrganisationCannotBeEdited) {
  const auto g = goal();
  const auto row = step(g);
  Goal forged_goal = g;
  forged_goal.org_id = other_org;
  Goal content = g;
  content.title = "Overtaget";
  EXPECT_EQ(w.decisions.edit_goal(forged_goal, outsider, 1, content).error().kind, ErrorKind::not_found);
  StepRow forged = row;
  forged.org_id = other_org;
  Step step_content = row.step;
  step_content.hypothesis = "Overtaget";
  EXPECT_EQ(w.decisions.edit_step(forged, outsider, 1, step_content).error().kind, ErrorKind::not_found);
  step_content.owner_user_id = outsider;  // a member of another organisation cannot own our step
  EXPECT_EQ(w.decisions.edit_step(row, director, 1, step_content).error().code, "unknown_owner");
  EXPECT_EQ(w.decisions.find_goal(g.id)->title, "Digital selvbetjening");
  EXPECT_EQ(w.decisions.find_step(row.step.id)->step.version, 1);
  EXPECT_EQ(w.audit.count("goal.edited") + w.audit.count("step.edited"), 0);
}

TEST_F(DecisionServiceTest, StepEditStoresNothingWhenItsAuditWriteFails) {
  const auto row = step(goal());
  Step content = row.step;
  content.hypothesis = "Hvis vi ringer borgerne op, så booker flere online";
  w.audit.fail_on("step.edited");
  EXPECT_THROW(w.decisions.edit_step(row, director, 1, content), FakeStoreError);
  EXPECT_EQ(w.decisions.find_step(row.step.id)->step.hypothesis, row.step.hypothesis);
  EXPECT_EQ(w.decision_store.step_version_count(), 1);
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
  minutes.follow_ups = {{"Tjek budgettet", director, day("2026-03-31")},
                        {"Spørg IT", coordinator, day("2026-04-05")}};
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

TEST_F(DecisionServiceTest, MinutesForAMeetingAlreadyRecordedAreRefusedNotMovedToTheNext) {
  const auto series = monthly_series("2026-03-10");
  w.clock.set(morning_of("2026-03-10"));
  Minutes minutes;
  minutes.meeting_date = day("2026-03-10");  // the form names the meeting it records
  minutes.text = "Første referat";
  minutes.decisions = {draft("Besluttet på mødet")};
  ASSERT_TRUE(w.decisions.record_minutes(series, coordinator, minutes));
  // The same form again (a second tab, a resubmission): the prepared meeting has moved on to April.
  minutes.text = "Andet referat";
  const auto again = w.decisions.record_minutes(series, coordinator, minutes);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "minutes_already_recorded");
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_EQ(w.decision_store.meeting_count(), 1) << "no minutes for the April meeting";
  EXPECT_EQ(w.decision_store.decision_count(), 1);
  EXPECT_EQ(w.audit.count("meeting.minutes_recorded"), 1);
  const auto held = w.decisions.held_meetings(series);
  ASSERT_EQ(held.size(), 1u);
  EXPECT_EQ(held[0].minutes, "Første referat");
  // A date that was never the prepared meeting is refused as moved.
  minutes.meeting_date = day("2026-02-10");
  EXPECT_EQ(w.decisions.record_minutes(series, coordinator, minutes).error().code, "meeting_moved");
}

TEST_F(DecisionServiceTest, FollowUpsNeedAnOwnerAndADate) {
  const auto series = monthly_series("2026-03-10");
  Minutes no_owner;
  no_owner.follow_ups = {{"Tjek budgettet", std::nullopt, day("2026-04-01")}};
  EXPECT_EQ(w.decisions.record_minutes(series, coordinator, no_owner).error().code,
            "follow_up_owner_required");
  Minutes no_date;
  no_date.follow_ups = {{"Tjek budgettet", director, std::nullopt}};
  EXPECT_EQ(w.decisions.record_minutes(series, coordinator, no_date).error().code, "follow_up_due_required");
  EXPECT_EQ(w.decision_store.meeting_count(), 0);
}

TEST_F(DecisionServiceTest, HeldMeetingKeepsItsAgendaDecisionsFollowUpsAndWhatHappenedSince) {
  const auto series = monthly_series("2026-03-10");
  w.clock.set(morning_of("2026-03-10"));
  Minutes march;
  march.agenda_draft = "1. Selvbetjening";
  march.text = "Marts";
  ASSERT_TRUE(w.decisions.record_minutes(series, coordinator, march));
  // Between the meetings: a decision, a decision not to pursue, an evaluated step.
  w.clock.set(morning_of("2026-03-20"));
  auto decided = draft("Fælles indgang");
  decided.decided_on = day("2026-03-20");
  const auto d1 = create(decided);
  auto deselected = draft("Ingen chatbot");
  deselected.kind = DecisionKind::deselected;
  deselected.decided_on = day("2026-03-21");
  const auto d2 = create(deselected);
  const auto row = running_step(goal());
  ASSERT_TRUE(w.decisions.complete_step(row, director, {evaluation(Verdict::continue_), std::nullopt}));
  ASSERT_TRUE(w.decisions.save_agenda(series, coordinator, "1. Indgangen\n2. Chatbotten"));
  w.clock.set(morning_of("2026-04-10"));
  Minutes april;
  april.meeting_date = day("2026-04-10");
  april.agenda_draft = "ikke brugt: den gemte tekst var sendt";
  april.text = "April";
  april.decisions = {draft("Besluttet i april")};
  april.follow_ups = {{"Tjek budgettet", director, day("2026-05-01")}};
  april.reviewed_decisions = {d1.id};
  const auto recorded = w.decisions.record_minutes(series, coordinator, april);
  ASSERT_TRUE(recorded) << recorded.error().code;
  const auto held = w.decisions.held_meetings(series);
  ASSERT_EQ(held.size(), 2u);
  EXPECT_EQ(held[0].held_on, day("2026-04-10"));
  EXPECT_EQ(held[1].agenda_sent, "1. Selvbetjening");
  const auto meeting = w.decisions.held_meeting(series, recorded->meeting_id);
  ASSERT_TRUE(meeting);
  EXPECT_EQ(meeting->row.agenda_sent, "1. Indgangen\n2. Chatbotten");
  EXPECT_EQ(meeting->previous, day("2026-03-10"));
  ASSERT_EQ(meeting->decisions.size(), 1u);
  EXPECT_EQ(meeting->decisions[0].content.title, "Besluttet i april");
  ASSERT_EQ(meeting->follow_ups.size(), 1u);
  EXPECT_EQ(meeting->follow_ups[0].owner, "Dorte Direktør");
  EXPECT_EQ(meeting->follow_ups[0].due_on, day("2026-05-01"));
  ASSERT_EQ(meeting->since.deselected.size(), 1u);
  EXPECT_EQ(meeting->since.deselected[0].id, d2.id);
  ASSERT_EQ(meeting->since.evaluated.size(), 1u);
  EXPECT_EQ(meeting->since.evaluated[0].id, row.step.id);
  ASSERT_EQ(meeting->since.reviewed.size(), 1u) << "reviewed at this meeting";
  EXPECT_EQ(meeting->since.reviewed[0].id, d1.id);
  // A meeting of another series or organisation is not this series' meeting.
  const auto other = *w.decisions.find_series(*w.decisions.create_series(
      other_org, outsider, MeetingSeries{0, 0, "Odense", Cadence::monthly, 1, day("2026-03-10")}));
  EXPECT_FALSE(w.decisions.held_meeting(other, recorded->meeting_id));
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
  promise.follow_ups = {{"Ring til Odense", outsider, day("2026-04-01")}};
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
  Minutes minutes;
  minutes.text = "Referat";
  minutes.reviewed_decisions = {d.id};
  ASSERT_TRUE(w.decisions.record_minutes(series, coordinator, minutes));
  ASSERT_GE(w.audit.entries().size(), 11u);
  for (const auto& e : w.audit.entries()) {
    EXPECT_TRUE(e.in_transaction) << e.entry.action;
    EXPECT_EQ(e.entry.org_id, org) << e.entry.action;
  }
}

}  // namespace
}  // namespace forkant::test
