// Every service operation that writes more than one row, with its 1st, 2nd, ... statement failing in
// turn (storage/fault_injector.hpp): each failure must be reported and leave the database exactly as it
// was, so that no path can store half a change (StorageTest::expect_all_or_nothing).
#include "storage_test.hpp"

namespace forkant::test {
namespace {

template <typename T>
T ok(Result<T> r) {
  if (!r) {
    ADD_FAILURE() << "the operation was refused: " << r.error().code;
    return T{};
  }
  return std::move(*r);
}

// ---- Accounts -------------------------------------------------------------------------------------------

TEST_P(StorageTest, AllOrNothing_CreateUser) {
  expect_all_or_nothing(
      [&] { ok(account_service->create_user("ny@x.dk", "Ny Person", kPassword, "da", std::nullopt)); });
}

TEST_P(StorageTest, AllOrNothing_SignInReplacingASession) {
  ok(account_service->create_user("karen@x.dk", "Karen", kPassword, "da", std::nullopt));
  const auto old = ok(account_service->sign_in("karen@x.dk", kPassword, "127.0.0.1"));
  expect_all_or_nothing(
      [&] { ok(account_service->sign_in("karen@x.dk", kPassword, "127.0.0.1", old.token)); });
}

TEST_P(StorageTest, AllOrNothing_CreateApiTokenAuditedInEveryOrganisation) {
  const auto a = org("A");
  const auto user = member(a, "karen@x.dk");
  orgs().upsert_membership(org("B"), user, Role::viewer, kNow);
  expect_all_or_nothing([&] { ok(account_service->create_api_token(user, "ci", 30)); });
}

TEST_P(StorageTest, AllOrNothing_RevokeApiToken) {
  const auto a = org("A");
  const auto user = member(a, "karen@x.dk");
  orgs().upsert_membership(org("B"), user, Role::viewer, kNow);
  const auto token = ok(account_service->create_api_token(user, "ci", 30));
  expect_all_or_nothing([&] { ok(account_service->revoke_api_token(user, token.id, user)); });
}

TEST_P(StorageTest, AllOrNothing_ChangePassword) {
  const auto user = ok(account_service->create_user("karen@x.dk", "Karen", kPassword, "da", std::nullopt));
  const auto here = ok(account_service->sign_in("karen@x.dk", kPassword, "127.0.0.1"));
  ok(account_service->sign_in("karen@x.dk", kPassword, "10.0.0.1"));
  ok(account_service->create_api_token(user.id, "ci", 30));
  expect_all_or_nothing([&] {
    ok(account_service->change_password(user.id, here.token, kPassword, "an even longer new password",
                                        "127.0.0.1"));
  });
}

// ---- Organisations ----------------------------------------------------------------------------------------

TEST_P(StorageTest, AllOrNothing_CreateOrganisation) {
  expect_all_or_nothing([&] {
    ok(org_service->create_org(Organisation{0, "Ny Kommune", OrgKind::municipality, 100, 3}, std::nullopt));
  });
}

TEST_P(StorageTest, AllOrNothing_AddMember) {
  const auto a = org("A");
  const auto user = accounts().insert_user(User{0, "u@x.dk", "U", "da"}, "h", kNow);
  expect_all_or_nothing([&] { ok(org_service->add_member(a, user, Role::coordinator, std::nullopt)); });
}

TEST_P(StorageTest, AllOrNothing_Invite) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  expect_all_or_nothing([&] { ok(org_service->invite(a, owner, "ny@x.dk", Role::leader)); });
}

TEST_P(StorageTest, AllOrNothing_AcceptInvitationWithANewAccount) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto invitation = ok(org_service->invite(a, owner, "ny@x.dk", Role::leader));
  expect_all_or_nothing(
      [&] { ok(org_service->accept_invitation(invitation.token, "Ny Person", kPassword, "127.0.0.1")); });
}

TEST_P(StorageTest, AllOrNothing_AcceptInvitationWithAnExistingAccount) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  ok(account_service->create_user("bo@x.dk", "Bo", kPassword, "da", std::nullopt));
  const auto invitation = ok(org_service->invite(a, owner, "bo@x.dk", Role::viewer));
  expect_all_or_nothing(
      [&] { ok(org_service->accept_invitation(invitation.token, "Bo", kPassword, "127.0.0.1")); });
}

// ---- Assessment -------------------------------------------------------------------------------------------

TEST_P(StorageTest, AllOrNothing_CreateRoundWithItsGroups) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  expect_all_or_nothing([&] {
    ok(assessment_service->create_round(a, 3, owner,
                                        NewRound{"Forår", kFramework, {"direktion", "chefer", "alle"}, 3}));
  });
}

TEST_P(StorageTest, AllOrNothing_OpenAndCloseRound) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto r = round(a);
  expect_all_or_nothing([&] { ok(assessment_service->open_round(r, owner)); });
  const auto open = *assessment().find_round(r.id);
  expect_all_or_nothing([&] { ok(assessment_service->close_round(open, owner)); });
}

TEST_P(StorageTest, AllOrNothing_HandOutLinks) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto r = round(a, "r", RoundState::open);
  expect_all_or_nothing([&] { ok(assessment_service->create_invitations(r, "chefer", 3, owner)); });
}

AnswersPatch patch(int value) {
  AnswersPatch p;
  p.values["q1.s1"] = value;
  p.comments["q1.comment"] = std::string("Vi er på vej");
  return p;
}

TEST_P(StorageTest, AllOrNothing_SaveAnswers) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto r = round(a, "r", RoundState::open);
  const auto token = ok(assessment_service->create_invitations(r, "chefer", 1, owner)).at(0);
  expect_all_or_nothing([&] { ok(assessment_service->save_answers(token, patch(4), false)); });
}

TEST_P(StorageTest, AllOrNothing_SubmitResponseDeletingTheDraft) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto r = round(a, "r", RoundState::open);
  const auto token = ok(assessment_service->create_invitations(r, "chefer", 1, owner)).at(0);
  ok(assessment_service->save_answers(token, patch(4), false));
  expect_all_or_nothing([&] { ok(assessment_service->save_answers(token, patch(5), true)); });
}

TEST_P(StorageTest, AllOrNothing_ImportResponses) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto r = round(a, "r", RoundState::open);
  expect_all_or_nothing([&] {
    ok(assessment_service->import_csv(r, "group,q1.s1,q1.s2\ndirektion,4,5\nchefer,2,1\nchefer,3,3\n",
                                      owner));
  });
}

// ---- Decisions
// ---------------------------------------------------------------------------------------------

TEST_P(StorageTest, AllOrNothing_CreateDecisionWithItsFirstVersion) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  expect_all_or_nothing([&] { ok(decision_service->create_decision(a, owner, draft(owner))); });
}

TEST_P(StorageTest, AllOrNothing_EditDecision) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto id = ok(decision_service->create_decision(a, owner, draft(owner)));
  const auto current = *decision_service->find_decision(id);
  auto content = current.content;
  content.title = "Et bedre navn";
  expect_all_or_nothing(
      [&] { ok(decision_service->edit_decision(current, owner, current.version, content)); });
}

TEST_P(StorageTest, AllOrNothing_SupersedeDecision) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto id = ok(decision_service->create_decision(a, owner, draft(owner)));
  const auto old = *decision_service->find_decision(id);
  expect_all_or_nothing(
      [&] { ok(decision_service->supersede_decision(old, owner, draft(owner, "Afløseren", "2026-03-09"))); });
}

TEST_P(StorageTest, AllOrNothing_AddNoteAndMarkReviewed) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto d =
      *decision_service->find_decision(ok(decision_service->create_decision(a, owner, draft(owner))));
  expect_all_or_nothing([&] { ok(decision_service->add_note(d, owner, "Status: på sporet")); });
  expect_all_or_nothing([&] { ok(decision_service->mark_reviewed(d, owner)); });
}

TEST_P(StorageTest, AllOrNothing_CreateGoalAndStep) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  Goal g{0, a, "Digital indgang", "", {3}, day("2027-12-31")};
  expect_all_or_nothing([&] { ok(decision_service->create_goal(a, owner, g)); });
  const auto created = decision_service->goals(a).at(0);
  expect_all_or_nothing([&] { ok(decision_service->add_step(created, owner, step(created.id, owner))); });
}

TEST_P(StorageTest, AllOrNothing_StartDropAndCompleteStepWithItsFollowUpDecision) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto g = *decision_service->find_goal(
      ok(decision_service->create_goal(a, owner, Goal{0, a, "Mål", "", {3}, day("2027-12-31")})));
  const auto running = ok(decision_service->add_step(g, owner, step(g.id, owner)));
  const auto dropped = ok(decision_service->add_step(g, owner, step(g.id, owner, "2026-07-01")));

  expect_all_or_nothing(
      [&] { ok(decision_service->start_step(*decision_service->find_step(running), owner)); });
  expect_all_or_nothing([&] {
    ok(decision_service->drop_step(*decision_service->find_step(dropped), owner, "Ikke relevant"));
  });
  const StepCompletion completion{Evaluation{"Halvvejs", "Borgerne vil have hjælp", Verdict::adjust, Date{}},
                                  draft(owner, "Vi justerer kursen")};
  expect_all_or_nothing(
      [&] { ok(decision_service->complete_step(*decision_service->find_step(running), owner, completion)); });
  EXPECT_EQ(decision_service->all_decisions(a).size(), 1u);
}

TEST_P(StorageTest, AllOrNothing_EditGoalAndStep) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto g = *decision_service->find_goal(
      ok(decision_service->create_goal(a, owner, Goal{0, a, "Mål", "", {3}, day("2027-12-31")})));
  Goal content = g;
  content.title = "Mål, omformuleret";
  expect_all_or_nothing([&] { ok(decision_service->edit_goal(g, owner, 1, content)); });
  const auto row = *decision_service->find_step(ok(decision_service->add_step(g, owner, step(g.id, owner))));
  Step changed = row.step;
  changed.success_criterion = "Et andet kriterium";
  changed.due_on = day("2026-09-01");
  expect_all_or_nothing([&] { ok(decision_service->edit_step(row, owner, 1, changed)); });
}

TEST_P(StorageTest, AllOrNothing_CreateSeriesAndSaveAgenda) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const MeetingSeries s{0, a, "Direktionsmøde", Cadence::monthly, 1, day("2026-03-17")};
  expect_all_or_nothing([&] { ok(decision_service->create_series(a, owner, s)); });
  const auto created = decision_service->series(a).at(0);
  expect_all_or_nothing(
      [&] { ok(decision_service->save_agenda(created, owner, "1. Den digitale indgang")); });
}

TEST_P(StorageTest, AllOrNothing_RecordMinutesWithDecisionsStepsFollowUpsAndReviews) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto s = *decision_service->find_series(ok(decision_service->create_series(
      a, owner, MeetingSeries{0, a, "Møde", Cadence::monthly, 1, day("2026-03-17")})));
  const auto g = *decision_service->find_goal(
      ok(decision_service->create_goal(a, owner, Goal{0, a, "Mål", "", {3}, day("2027-12-31")})));
  const auto reviewed = ok(decision_service->create_decision(a, owner, draft(owner, "Til opfølgning")));
  Minutes minutes;
  minutes.text = "Referat af mødet";
  minutes.decisions = {draft(owner, "Truffet på mødet"), draft(owner, "Fravalgt på mødet")};
  minutes.steps = {step(g.id, owner)};
  minutes.follow_ups = {{"Karen undersøger prisen", owner, day("2026-04-01")},
                        {"Ring til leverandøren", owner, day("2026-04-10")}};
  minutes.agenda_draft = "1. Den digitale indgang";  // kept as the agenda sent
  minutes.reviewed_decisions = {reviewed};
  expect_all_or_nothing([&] { ok(decision_service->record_minutes(s, owner, minutes)); });
}

// ---- The briefing -----------------------------------------------------------------------------------------

TEST_P(StorageTest, AllOrNothing_SaveAndFreezeTheBriefing) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  BriefingText text;
  text[BriefingSection::proposals] = "Vi foreslår en fælles indgang for borgerne.";
  expect_all_or_nothing([&] { ok(decision_service->save_briefing(a, owner, "da", text)); });
  ok(decision_service->freeze_briefing(a, owner, "da", text));
  text[BriefingSection::asks] = "Godkend budgettet.";
  expect_all_or_nothing([&] { ok(decision_service->freeze_briefing(a, owner, "da", text)); });
}

}  // namespace
}  // namespace forkant::test
