// DecisionStore (services/decisions.hpp) on every backend: the register, goals and steps, meetings.
#include <stdexcept>

#include "storage/database_error.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

TEST_P(StorageTest, Decisions_ValidationContextIsPerOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  member(b, "bo@x.dk");
  const auto r = round(a, "r", RoundState::closed);
  round(b, "theirs", RoundState::closed);
  round(a, "open", RoundState::open);
  const auto g = goal(a);
  goal(b);
  EXPECT_EQ(decisions().member_ids(a), std::set<std::int64_t>{karen});
  EXPECT_EQ(decisions().goal_ids(a), std::set<std::int64_t>{g.id});
  EXPECT_EQ(decisions().round_ids(a).size(), 2u);
  EXPECT_TRUE(decisions().round_ids(a).contains(r.id));
  const auto closed = decisions().closed_rounds(a);
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].id, r.id);
  EXPECT_EQ(closed[0].title, "r");
  EXPECT_EQ(closed[0].closed_on, day("2026-03-10"));
}

TEST_P(StorageTest, Decisions_DecisionRoundTrip) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  const auto r = round(a);
  const auto g = goal(a);
  DecisionDraft content = draft(karen);
  content.kind = DecisionKind::postponed;
  content.alternatives = "At vente";
  content.purposes = {"efficiency", "quality"};
  content.review_on = day("2026-09-01");
  content.round_id = r.id;
  content.goal_id = g.id;
  const Decision d{0, a, content, 1, std::nullopt, std::nullopt, std::nullopt};
  const auto id = decisions().insert_decision(d, karen, kNow);
  const auto found = decisions().find_decision(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->org_id, a);
  EXPECT_EQ(found->version, 1);
  EXPECT_EQ(found->content, content);
  EXPECT_FALSE(found->supersedes_id);
  EXPECT_FALSE(found->superseded_by_id);
  EXPECT_FALSE(found->reviewed_on);
  EXPECT_FALSE(decisions().find_decision(4242));

  decisions().set_reviewed(a, id, day("2026-03-10"));
  EXPECT_EQ(decisions().find_decision(id)->reviewed_on, day("2026-03-10"));
  decisions().set_reviewed(org("B"), id, day("2026-04-01"));  // another organisation's id: no change
  EXPECT_EQ(decisions().find_decision(id)->reviewed_on, day("2026-03-10"));
}

TEST_P(StorageTest, Decisions_ListedNewestDecisionFirstPerOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto old = decision(a, karen, "old", "2025-01-01").id;
  const auto newest = decision(a, karen, "newest", "2026-02-01").id;
  const auto same_day = decision(a, karen, "same day", "2026-02-01").id;
  decision(b, karen, "theirs", "2026-03-01");
  const auto list = decisions().decisions(a);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].id, same_day);
  EXPECT_EQ(list[1].id, newest);
  EXPECT_EQ(list[2].id, old);
}

TEST_P(StorageTest, Decisions_UpdateIsACompareAndSetOnTheVersion) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  Decision d = decision(a, karen);
  d.version = 2;
  d.content.title = "Version to";
  EXPECT_TRUE(decisions().update_decision(d, 1));
  EXPECT_EQ(decisions().find_decision(d.id)->content.title, "Version to");
  EXPECT_EQ(decisions().find_decision(d.id)->version, 2);

  d.version = 3;
  d.content.title = "Stale";
  EXPECT_FALSE(decisions().update_decision(d, 1));  // someone else saved version 2 meanwhile
  EXPECT_EQ(decisions().find_decision(d.id)->content.title, "Version to");

  Decision foreign = d;
  foreign.org_id = org("B");
  EXPECT_FALSE(decisions().update_decision(foreign, 2));
}

TEST_P(StorageTest, Decisions_SupersessionLinksBothWaysOnce) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  const auto old = decision(a, karen, "old");
  const auto successor = decision(a, karen, "successor");
  decisions().set_supersession(a, old.id, successor.id);
  EXPECT_EQ(decisions().find_decision(old.id)->superseded_by_id, successor.id);
  EXPECT_EQ(decisions().find_decision(successor.id)->supersedes_id, old.id);

  Decision edited = *decisions().find_decision(old.id);
  edited.version = 2;
  EXPECT_FALSE(decisions().update_decision(edited, 1));  // a superseded decision is not edited

  const auto another = decision(a, karen, "another");
  EXPECT_THROW(decisions().set_supersession(a, old.id, another.id), DatabaseError);
  EXPECT_FALSE(decisions().find_decision(another.id)->supersedes_id);
}

TEST_P(StorageTest, Decisions_VersionsAndNotesInOrderPerOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto d = decision(a, karen);
  DecisionVersion v2{d.id, 2, draft(karen, "two"), karen, day("2026-03-05")};
  DecisionVersion v1{d.id, 1, draft(karen, "one"), karen, day("2026-03-04")};
  decisions().insert_version(a, v2);
  decisions().insert_version(a, v1);
  const auto versions = decisions().versions(a, d.id);
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].version, 1);
  EXPECT_EQ(versions[0].content, v1.content);
  EXPECT_EQ(versions[0].edited_by, karen);
  EXPECT_EQ(versions[0].edited_at, day("2026-03-04"));
  EXPECT_EQ(versions[1].version, 2);
  EXPECT_TRUE(decisions().versions(b, d.id).empty());

  const auto first = decisions().insert_note(a, FollowUpNote{d.id, "første", karen, day("2026-03-06")}, kNow);
  const auto second = decisions().insert_note(a, FollowUpNote{d.id, "anden", karen, day("2026-03-01")}, kNow);
  const auto notes = decisions().notes(a, d.id);
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].id, first);
  EXPECT_EQ(notes[0].decision_id, d.id);
  EXPECT_EQ(notes[0].text, "første");
  EXPECT_EQ(notes[0].author_user_id, karen);
  EXPECT_EQ(notes[0].written_on, day("2026-03-06"));
  EXPECT_EQ(notes[1].id, second);
  EXPECT_TRUE(decisions().notes(b, d.id).empty());
}

TEST_P(StorageTest, Goals_RoundTripAndHorizonOrder) {
  const auto a = org("A");
  const auto b = org("B");
  const auto later = goal(a, "later", "2028-01-01");
  const auto sooner = goal(a, "sooner", "2027-01-01");
  goal(b, "theirs", "2026-06-01");
  const auto found = decisions().find_goal(later.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->org_id, a);
  EXPECT_EQ(found->title, "later");
  EXPECT_EQ(found->description, "Beskrivelse");
  EXPECT_EQ(found->questions, (std::set<int>{3, 4}));
  EXPECT_EQ(found->horizon, day("2028-01-01"));
  EXPECT_FALSE(decisions().find_goal(4242));
  const auto list = decisions().goals(a);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, sooner.id);
  EXPECT_EQ(list[1].id, later.id);
}

TEST_P(StorageTest, Goals_StepRoundTripEvaluationAndDueOrder) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto g = goal(a);
  const auto late = decisions().insert_step(a, step(g.id, karen, "2026-09-01"), kNow);
  const auto early = decisions().insert_step(a, step(g.id, karen, "2026-04-01"), kNow);
  decisions().insert_step(b, step(goal(b).id, karen, "2026-01-01"), kNow);

  const auto row = decisions().find_step(late);
  ASSERT_TRUE(row);
  EXPECT_EQ(row->org_id, a);
  EXPECT_EQ(row->step.id, late);
  EXPECT_EQ(row->step.goal_id, g.id);
  EXPECT_EQ(row->step.hypothesis, "Hvis vi prøver, så lærer vi noget");
  EXPECT_EQ(row->step.success_criterion, "Halvdelen af sagerne digitalt");
  EXPECT_EQ(row->step.owner_user_id, karen);
  EXPECT_EQ(row->step.due_on, day("2026-09-01"));
  EXPECT_EQ(row->step.status, StepStatus::planned);
  EXPECT_FALSE(row->step.evaluation);
  EXPECT_FALSE(decisions().find_step(4242));

  Step done = row->step;
  done.status = StepStatus::done;
  done.evaluation = Evaluation{"Nået", "Lært", Verdict::adjust, day("2026-03-10")};
  decisions().update_step(a, done);
  const auto evaluated = decisions().find_step(late)->step;
  EXPECT_EQ(evaluated.status, StepStatus::done);
  ASSERT_TRUE(evaluated.evaluation);
  EXPECT_EQ(evaluated.evaluation->result, "Nået");
  EXPECT_EQ(evaluated.evaluation->learned, "Lært");
  EXPECT_EQ(evaluated.evaluation->verdict, Verdict::adjust);
  EXPECT_EQ(evaluated.evaluation->evaluated_on, day("2026-03-10"));

  Step dropped = decisions().find_step(early)->step;
  dropped.status = StepStatus::dropped;
  dropped.drop_reason = "Ikke længere relevant";
  decisions().update_step(b, dropped);  // another organisation: no change
  EXPECT_EQ(decisions().find_step(early)->step.status, StepStatus::planned);
  decisions().update_step(a, dropped);
  EXPECT_EQ(decisions().find_step(early)->step.drop_reason, "Ikke længere relevant");

  const auto list = decisions().steps(a);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, early);
  EXPECT_EQ(list[1].id, late);
}

TEST_P(StorageTest, Goals_EditIsACompareAndSetAndVersionsAreKeptPerOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  Goal g = goal(a);
  EXPECT_EQ(g.version, 1);
  decisions().insert_goal_version(a, first_goal_version(g, karen, day("2026-03-01")));
  Goal edited = g;
  edited.title = "Nyt mål med æøå";
  edited.questions = {5};
  edited.version = 2;
  EXPECT_FALSE(decisions().update_goal(edited, 2)) << "not against a version that is not stored";
  Goal foreign = edited;
  foreign.org_id = b;
  EXPECT_FALSE(decisions().update_goal(foreign, 1)) << "not through another organisation";
  ASSERT_TRUE(decisions().update_goal(edited, 1));
  EXPECT_FALSE(decisions().update_goal(edited, 1)) << "the second edit from version 1 loses";
  const auto found = *decisions().find_goal(g.id);
  EXPECT_EQ(found.version, 2);
  EXPECT_EQ(found.title, "Nyt mål med æøå");
  EXPECT_EQ(found.questions, std::set<int>{5});
  GoalVersion v2 = first_goal_version(edited, 0, day("2026-03-02"));  // editor not known: stored as NULL
  v2.version = 2;
  decisions().insert_goal_version(a, v2);
  EXPECT_THROW(decisions().insert_goal_version(a, v2), DatabaseError) << "one row per (goal, version)";
  const auto versions = decisions().goal_versions(a, g.id);
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].title, "Mål");
  EXPECT_EQ(versions[0].edited_by, karen);
  EXPECT_EQ(versions[1].title, "Nyt mål med æøå");
  EXPECT_EQ(versions[1].edited_by, 0);
  EXPECT_EQ(versions[1].edited_at, day("2026-03-02"));
  EXPECT_TRUE(decisions().goal_versions(b, g.id).empty());
}

TEST_P(StorageTest, Goals_StepEditChangesThePlanOnlyAndVersionsAreListedPerGoal) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  const auto bo = member(a, "bo@x.dk");
  const auto g = goal(a);
  const auto other_goal = goal(a, "Andet");
  const auto id = decisions().insert_step(a, step(g.id, karen), kNow);
  const auto other = decisions().insert_step(a, step(other_goal.id, karen), kNow);
  Step running = decisions().find_step(id)->step;
  EXPECT_EQ(running.version, 1);
  running.status = StepStatus::running;
  decisions().update_step(a, running);
  decisions().insert_step_version(a, first_step_version(running, karen, day("2026-03-01")));
  decisions().insert_step_version(
      a, first_step_version(decisions().find_step(other)->step, karen, day("2026-03-01")));
  Step edited = running;
  edited.hypothesis = "Hvis vi prøver noget andet, så lærer vi mere";
  edited.owner_user_id = bo;
  edited.due_on = day("2026-12-01");
  edited.status = StepStatus::planned;  // ignored: an edit writes the plan, never the status
  edited.version = 2;
  EXPECT_FALSE(decisions().update_step_content(org("B"), edited, 1));
  ASSERT_TRUE(decisions().update_step_content(a, edited, 1));
  EXPECT_FALSE(decisions().update_step_content(a, edited, 1));
  const auto stored = decisions().find_step(id)->step;
  EXPECT_EQ(stored.version, 2);
  EXPECT_EQ(stored.owner_user_id, bo);
  EXPECT_EQ(stored.due_on, day("2026-12-01"));
  EXPECT_EQ(stored.status, StepStatus::running);
  StepVersion v2 = first_step_version(edited, bo, day("2026-03-05"));
  v2.version = 2;
  decisions().insert_step_version(a, v2);
  const auto versions = decisions().step_versions(a, g.id);
  ASSERT_EQ(versions.size(), 2u) << "only the versions of this goal's steps";
  EXPECT_EQ(versions[0].version, 1);
  EXPECT_EQ(versions[1].owner_user_id, bo);
  EXPECT_EQ(versions[1].edited_by, bo);
  EXPECT_EQ(decisions().step_versions(a, other_goal.id).size(), 1u);
  EXPECT_TRUE(decisions().step_versions(org("C"), g.id).empty());
}

TEST_P(StorageTest, Meetings_SeriesRoundTripInOrderOfCreation) {
  const auto a = org("A");
  const auto b = org("B");
  MeetingSeries every{0, a, "Hver anden uge", Cadence::every_n_weeks, 2, day("2026-03-12")};
  every.id = decisions().insert_series(every, kNow);
  const auto monthly = series(a);
  series(b);
  const auto found = decisions().find_series(every.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->org_id, a);
  EXPECT_EQ(found->title, "Hver anden uge");
  EXPECT_EQ(found->cadence, Cadence::every_n_weeks);
  EXPECT_EQ(found->interval_weeks, 2);
  EXPECT_EQ(found->first_meeting, day("2026-03-12"));
  EXPECT_FALSE(decisions().find_series(4242));
  const auto list = decisions().series(a);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, every.id);
  EXPECT_EQ(list[1].id, monthly.id);
}

TEST_P(StorageTest, Meetings_AgendaThenMinutesOnOneMeeting) {
  const auto a = org("A");
  const auto s = series(a);
  EXPECT_FALSE(decisions().meeting(a, s.id, day("2026-03-17")));
  EXPECT_FALSE(decisions().last_held(a, s.id));
  const auto id = decisions().save_agenda(a, s.id, day("2026-03-17"), "Dagsorden", kNow);
  EXPECT_EQ(decisions().save_agenda(a, s.id, day("2026-03-17"), "Ny dagsorden", kNow), id);
  auto m = decisions().meeting(a, s.id, day("2026-03-17"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->id, id);
  EXPECT_EQ(m->org_id, a);
  EXPECT_EQ(m->series_id, s.id);
  EXPECT_EQ(m->held_on, day("2026-03-17"));
  EXPECT_FALSE(m->held);
  EXPECT_EQ(m->agenda_text, "Ny dagsorden");
  EXPECT_FALSE(decisions().last_held(a, s.id));

  EXPECT_EQ(decisions().save_minutes(a, s.id, day("2026-03-17"), "Referat", kNow), id);
  EXPECT_EQ(decisions().save_minutes(a, s.id, day("2026-03-17"), "Tillæg", kNow), id);  // kept both
  m = decisions().meeting(a, s.id, day("2026-03-17"));
  EXPECT_TRUE(m->held);
  EXPECT_EQ(m->minutes, "Referat\n\nTillæg");
  EXPECT_EQ(m->agenda_text, "Ny dagsorden");
  EXPECT_FALSE(decisions().meeting(org("B"), s.id, day("2026-03-17")));
}

TEST_P(StorageTest, Meetings_LastHeldIsTheLatestWithMinutes) {
  const auto a = org("A");
  const auto s = series(a);
  const auto other = series(a, "Andet møde");
  decisions().save_minutes(a, s.id, day("2026-01-17"), "Januar", kNow);
  const auto feb = decisions().save_minutes(a, s.id, day("2026-02-17"), "Februar", kNow);
  decisions().save_agenda(a, s.id, day("2026-03-17"), "Marts, ikke holdt", kNow);
  decisions().save_minutes(a, other.id, day("2026-03-01"), "Andet", kNow);
  const auto last = decisions().last_held(a, s.id);
  ASSERT_TRUE(last);
  EXPECT_EQ(last->id, feb);
  EXPECT_EQ(last->minutes, "Februar");
}

TEST_P(StorageTest, Meetings_FollowUpsInOrderWithOwnerName) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  const auto s = series(a);
  const auto meeting = decisions().save_minutes(a, s.id, day("2026-03-17"), "Referat", kNow);
  const auto other = decisions().save_minutes(a, s.id, day("2026-04-17"), "Referat", kNow);
  decisions().insert_follow_up(a, meeting, "Karens opgave", karen, day("2026-04-01"), kNow);
  decisions().insert_follow_up(a, meeting, "Ingens opgave", std::nullopt, std::nullopt, kNow);
  decisions().insert_follow_up(a, other, "Næste gang", std::nullopt, std::nullopt, kNow);
  const auto list = decisions().follow_ups(a, meeting);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].text, "Karens opgave");
  EXPECT_EQ(list[0].owner, "Navn karen@x.dk");
  EXPECT_EQ(list[0].due_on, day("2026-04-01"));
  EXPECT_EQ(list[1].text, "Ingens opgave");
  EXPECT_FALSE(list[1].owner);
  EXPECT_FALSE(list[1].due_on);
  EXPECT_LT(list[0].id, list[1].id);
  EXPECT_TRUE(decisions().follow_ups(org("B"), meeting).empty());
}

TEST_P(StorageTest, Meetings_HistoryKeepsTheAgendaSentAndTheDecisionsTakenPerOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto s = series(a);
  decisions().save_agenda(a, s.id, day("2026-05-17"), "Planlagt, ikke holdt", kNow);
  const auto march = decisions().save_minutes(a, s.id, day("2026-03-17"), "Marts", kNow);
  const auto april = decisions().save_minutes(a, s.id, day("2026-04-17"), "April", kNow);
  decisions().set_agenda_sent(a, april, "1. Digital indgang");
  decisions().set_agenda_sent(b, march, "Overskrevet af en anden");  // another organisation: no change
  const auto d = decisions().insert_decision(
      Decision{0, a, draft(karen), 1, std::nullopt, std::nullopt, std::nullopt}, karen, kNow);
  decisions().link_meeting_decision(a, april, d);
  EXPECT_THROW(decisions().link_meeting_decision(a, april, d), DatabaseError) << "once per meeting";
  EXPECT_THROW(decisions().link_meeting_decision(b, april, d), DatabaseError) << "not across organisations";
  const auto held = decisions().held_meetings(a, s.id);
  ASSERT_EQ(held.size(), 2u) << "only held meetings";
  EXPECT_EQ(held[0].id, april);
  EXPECT_EQ(held[0].agenda_sent, "1. Digital indgang");
  EXPECT_EQ(held[1].id, march);
  EXPECT_EQ(held[1].agenda_sent, "");
  EXPECT_TRUE(decisions().held_meetings(b, s.id).empty());
  EXPECT_EQ(decisions().meeting_decisions(a, april), std::vector<std::int64_t>{d});
  EXPECT_TRUE(decisions().meeting_decisions(b, april).empty());
  EXPECT_TRUE(decisions().meeting_decisions(a, march).empty());
  const auto found = decisions().find_meeting(april);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->org_id, a);
  EXPECT_EQ(found->minutes, "April");
  EXPECT_FALSE(decisions().find_meeting(4242));
}

TEST_P(StorageTest, Meetings_AttendeesAreKeptInOrderPerOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto s = series(a);
  const auto held = decisions().save_minutes(a, s.id, day("2026-04-17"), "April", kNow);
  EXPECT_TRUE(decisions().find_meeting(held)->attendees.empty()) << "none recorded";
  decisions().set_attendees(a, held, {"Åse Ærø", "Øjvind Ås (gæst)"});
  decisions().set_attendees(b, held, {"En anden organisation"});  // not its meeting: no change
  const std::vector<std::string> expected{"Åse Ærø", "Øjvind Ås (gæst)"};
  EXPECT_EQ(decisions().find_meeting(held)->attendees, expected);
  EXPECT_EQ(decisions().held_meetings(a, s.id).at(0).attendees, expected);
}

TEST_P(StorageTest, Search_FindsDanishWordsPrefixesAndNotesWithinTheOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto bo = member(b, "bo@x.dk");
  DecisionDraft first = draft(karen);
  first.title = "Fælles indgang for ældre borgere";
  first.rationale = "Økonomien kræver det.";
  first.alternatives = "Åben rådgivning på biblioteket";
  const auto one = decisions().insert_decision(
      Decision{0, a, first, 1, std::nullopt, std::nullopt, std::nullopt}, karen, kNow);
  DecisionDraft second = draft(karen);
  second.title = "Robotter i løn";
  const auto two = decisions().insert_decision(
      Decision{0, a, second, 1, std::nullopt, std::nullopt, std::nullopt}, karen, kNow);
  DecisionDraft theirs = draft(bo);
  theirs.title = "Fælles indgang hos naboen";
  decisions().insert_decision(Decision{0, b, theirs, 1, std::nullopt, std::nullopt, std::nullopt}, bo, kNow);
  const auto search = [&](std::string_view words) {
    return decisions().search_decisions(a, fts_match_expression(words).value());
  };
  EXPECT_EQ(search("ældre"), std::vector<std::int64_t>{one});
  EXPECT_EQ(search("ÆLDRE"), std::vector<std::int64_t>{one}) << "case folded for æ too";
  EXPECT_TRUE(search("aeldre").empty()) << "æ is a letter of its own";
  EXPECT_EQ(search("økon"), std::vector<std::int64_t>{one}) << "prefix, in the rationale";
  EXPECT_EQ(search("åben"), std::vector<std::int64_t>{one}) << "in the alternatives";
  EXPECT_EQ(search("fælles indgang"), std::vector<std::int64_t>{one}) << "not the other organisation's";
  EXPECT_TRUE(search("fælles robotter").empty()) << "every word must occur";
  EXPECT_TRUE(search("chatbot").empty());
  decisions().insert_note(a, FollowUpNote{two, "Evalueret: sparede tre årsværk", karen, day("2026-04-01")},
                          kNow);
  EXPECT_EQ(search("årsværk"), std::vector<std::int64_t>{two}) << "notes are searched once appended";
  Decision edited = *decisions().find_decision(one);
  edited.content.title = "Digital indgang";
  edited.content.rationale = "Færre opkald";
  edited.version = 2;
  ASSERT_TRUE(decisions().update_decision(edited, 1));
  EXPECT_TRUE(search("ældre").empty()) << "the index follows an edit";
  EXPECT_EQ(search("opkald"), std::vector<std::int64_t>{one});
  EXPECT_EQ(search("\"NEAR(\" OR* indgang"), std::vector<std::int64_t>{}) << "operators are words";
  EXPECT_EQ(search("indgang\")"), std::vector<std::int64_t>{one}) << "a stray quote is a character";
}

TEST_P(StorageTest, Search_IndexIsRolledBackWithItsTransaction) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  DecisionDraft content = draft(karen);
  content.title = "Selvbetjening først";
  const auto id = decisions().insert_decision(
      Decision{0, a, content, 1, std::nullopt, std::nullopt, std::nullopt}, karen, kNow);
  EXPECT_THROW(transactor().transaction([&] {
    Decision edited = *decisions().find_decision(id);
    edited.content.title = "Papirblanketter";
    edited.version = 2;
    decisions().update_decision(edited, 1);
    decisions().insert_note(a, FollowUpNote{id, "Kladdenote", karen, day("2026-04-01")}, kNow);
    throw std::runtime_error("afbrudt");
  }),
               std::runtime_error);
  const auto match = [](std::string_view w) { return fts_match_expression(w).value(); };
  EXPECT_EQ(decisions().search_decisions(a, match("selvbetjening")), std::vector<std::int64_t>{id});
  EXPECT_TRUE(decisions().search_decisions(a, match("papirblanketter")).empty());
  EXPECT_TRUE(decisions().search_decisions(a, match("kladdenote")).empty());
}

// FTS5's unicode61 rules on every backend (PostgreSQL rebuilds them, migration 008): a word with
// punctuation inside is a phrase of its tokens, within one column (the notes are one column, a line
// apart); a word without a token is left out; é and İ are letters of their own.
TEST_P(StorageTest, Search_SplitsWordsAsUnicode61Does) {
  const auto a = org("A");
  const auto karen = member(a, "karen@x.dk");
  DecisionDraft content = draft(karen);
  content.title = "Samarbejde med KL-konsulent om 2026-budgettet";
  content.rationale = "Skriv til karen@x.dk (İlhan hjælper)";
  content.alternatives = "Snake_case_navne";
  const auto id = decisions().insert_decision(
      Decision{0, a, content, 1, std::nullopt, std::nullopt, std::nullopt}, karen, kNow);
  decisions().insert_note(a, FollowUpNote{id, "Note ét", karen, day("2026-04-01")}, kNow);
  decisions().insert_note(a, FollowUpNote{id, "Note to", karen, day("2026-04-02")}, kNow);
  const auto search = [&](std::string_view words) {
    return decisions().search_decisions(a, fts_match_expression(words).value());
  };
  const std::vector<std::int64_t> found{id};
  for (const char* words : {"kl-konsulent", "2026-budget", "karen@x.dk", "@x", "😀 karen", "İlhan",
                            "case_navne", "budgettet skriv", "ét-note", "konsulent,om"}) {
    EXPECT_EQ(search(words), found) << words;
  }
  for (const char* words : {"ilhan", "et", "budgettet-skriv", "konsulent-budget", "navne-note"}) {
    EXPECT_TRUE(search(words).empty()) << words;
  }
}

TEST_P(StorageTest, Decisions_LoadedByIdsAndBodiesStayInTheirOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto bo = member(b, "bo@y.dk");
  const auto insert = [&](std::int64_t org_id, std::int64_t owner, std::string title, std::string body,
                          std::string_view on) {
    DecisionDraft content = draft(owner);
    content.title = std::move(title);
    content.body = std::move(body);
    content.decided_on = day(on);
    return decisions().insert_decision(
        Decision{0, org_id, content, 1, std::nullopt, std::nullopt, std::nullopt}, owner, kNow);
  };
  const auto older = insert(a, karen, "Ældre", "direktionen", "2026-01-01");
  const auto newer = insert(a, karen, "Nyere", "byrådet", "2026-02-01");
  insert(a, karen, "Tredje", "direktionen", "2026-03-01");
  const auto theirs = insert(b, bo, "Naboens", "naboens udvalg", "2026-04-01");
  const auto loaded = decisions().decisions_with_ids(a, {older, theirs, newer, 999999});
  ASSERT_EQ(loaded.size(), 2u) << "another organisation's and unknown ids are left out";
  EXPECT_EQ(loaded[0].id, newer) << "newest first, as decisions()";
  EXPECT_EQ(loaded[1].id, older);
  EXPECT_TRUE(decisions().decisions_with_ids(a, {}).empty());
  EXPECT_EQ(decisions().decision_bodies(a), (std::vector<std::string>{"byrådet", "direktionen"}));
  EXPECT_EQ(decisions().decision_bodies(b), (std::vector<std::string>{"naboens udvalg"}));
}

TEST_P(StorageTest, Briefing_DraftIsOnePerOrganisationAndReplacedOnSave) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  EXPECT_FALSE(decisions().briefing_draft(a));
  BriefingText text;
  text[BriefingSection::proposals] = "Fælles indgang – æøå";
  text[BriefingSection::benefits] = "Halvdelen digitalt";
  decisions().save_briefing_draft(a, "da", text, karen, kNow);
  text[BriefingSection::asks] = "Godkend";
  decisions().save_briefing_draft(a, "en", text, karen, kNow + 5);
  const auto draft = decisions().briefing_draft(a);
  ASSERT_TRUE(draft);
  EXPECT_EQ(draft->org_id, a);
  EXPECT_EQ(draft->lang, "en");
  EXPECT_EQ(draft->text, text);
  EXPECT_EQ(draft->updated_by, karen);
  EXPECT_FALSE(draft->updated_by_name.empty());
  EXPECT_EQ(draft->updated_at, kNow + 5);
  EXPECT_FALSE(decisions().briefing_draft(b));
}

TEST_P(StorageTest, Briefing_VersionsAreNumberedPerOrganisationNewestFirstAndUnique) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  BriefingText first;
  first[BriefingSection::not_doing] = "Ingen chatbot";
  BriefingText second = first;
  second[BriefingSection::not_doing] = "Ingen apps";
  decisions().insert_briefing_version({a, 1, "da", first, karen, "", kNow});
  decisions().insert_briefing_version({a, 2, "da", second, karen, "", kNow + 60});
  decisions().insert_briefing_version({b, 1, "da", second, std::nullopt, "", kNow});
  const auto list = decisions().briefing_versions(a);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].version, 2);
  EXPECT_EQ(list[0].text, second);
  EXPECT_EQ(list[0].frozen_at, kNow + 60);
  EXPECT_EQ(list[1].text, first);
  EXPECT_FALSE(list[1].frozen_by_name.empty());
  EXPECT_EQ(decisions().briefing_version(a, 1)->text, first);
  EXPECT_FALSE(decisions().briefing_version(a, 3));
  EXPECT_FALSE(decisions().briefing_version(b, 2));
  EXPECT_ANY_THROW(decisions().insert_briefing_version({a, 2, "da", first, karen, "", kNow + 90}));
  EXPECT_EQ(decisions().briefing_version(a, 2)->text, second);
}

}  // namespace
}  // namespace forkant::test
