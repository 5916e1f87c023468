// OrgStore (services/organisations.hpp) and AuditStore (services/audit.hpp) on every backend.
#include "storage_test.hpp"

namespace forkant::test {
namespace {

TEST_P(StorageTest, Orgs_OrganisationRoundTrip) {
  const auto id = orgs().insert_org(Organisation{0, "Aarhus Kommune", OrgKind::region, 4200, 5}, kNow);
  const auto found = orgs().find_org(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->name, "Aarhus Kommune");
  EXPECT_EQ(found->kind, OrgKind::region);
  EXPECT_EQ(found->size, 4200);
  EXPECT_EQ(found->min_respondents, 5);
  EXPECT_EQ(orgs().find_org_by_name("Aarhus Kommune")->id, id);

  const auto no_size =
      orgs().insert_org(Organisation{0, "Styrelsen", OrgKind::state_agency, std::nullopt, 3}, kNow);
  EXPECT_EQ(orgs().find_org(no_size)->size, std::nullopt);
}

TEST_P(StorageTest, Orgs_UnknownIsNullopt) {
  EXPECT_FALSE(orgs().find_org(4242));
  EXPECT_FALSE(orgs().find_org_by_name("Nowhere"));
  EXPECT_FALSE(orgs().role_of(4242, 1));
  EXPECT_FALSE(orgs().find_member_invitation("unknown"));
}

TEST_P(StorageTest, Orgs_MembershipUpsertAndTenantFiltering) {
  const auto a = org("A");
  const auto b = org("B");
  const auto zoe = member(a, "zoe@x.dk", Role::viewer);
  const auto adam = member(a, "adam@x.dk", Role::owner);
  const auto bea = member(b, "bea@x.dk", Role::coordinator);
  orgs().upsert_membership(a, zoe, Role::leader, kNow);  // changes the role, adds no second row
  EXPECT_EQ(orgs().role_of(a, zoe), Role::leader);
  EXPECT_EQ(orgs().role_of(b, zoe), std::nullopt);
  EXPECT_EQ(orgs().role_of(b, bea), Role::coordinator);

  const auto list = orgs().members(a);  // by name
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].user_id, adam);
  EXPECT_EQ(list[0].name, "Navn adam@x.dk");
  EXPECT_EQ(list[0].email, "adam@x.dk");
  EXPECT_EQ(list[0].role, Role::owner);
  EXPECT_EQ(list[1].user_id, zoe);
  EXPECT_EQ(list[1].role, Role::leader);
  ASSERT_EQ(orgs().members(b).size(), 1u);
  EXPECT_EQ(orgs().members(b)[0].user_id, bea);
}

TEST_P(StorageTest, Orgs_InvitationRoundTrip) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto id =
      orgs().insert_member_invitation(a, "new@x.dk", Role::coordinator, "tok", owner, kNow, kNow + 60);
  const auto row = orgs().find_member_invitation("tok");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->id, id);
  EXPECT_EQ(row->org_id, a);
  EXPECT_EQ(row->org_name, "A");
  EXPECT_EQ(row->email, "new@x.dk");
  EXPECT_EQ(row->role, Role::coordinator);
  EXPECT_EQ(row->expires_at, kNow + 60);
  EXPECT_FALSE(row->accepted);
}

TEST_P(StorageTest, Orgs_InvitationIsAcceptedOnce) {
  const auto a = org("A");
  const auto owner = member(a, "owner@x.dk");
  const auto id = orgs().insert_member_invitation(a, "new@x.dk", Role::viewer, "tok", owner, kNow, kNow + 60);
  EXPECT_TRUE(orgs().mark_invitation_accepted(id, kNow + 1));
  EXPECT_FALSE(orgs().mark_invitation_accepted(id, kNow + 2));
  EXPECT_TRUE(orgs().find_member_invitation("tok")->accepted);
  EXPECT_FALSE(orgs().mark_invitation_accepted(4242, kNow));
}

TEST_P(StorageTest, Orgs_PendingInvitationsInOrderOfIssueWithoutAcceptedExpiredOrForeign) {
  const auto a = org("A");
  const auto b = org("B");
  const auto owner = member(a, "owner@x.dk");
  const auto first = orgs().insert_member_invitation(a, "1@x.dk", Role::viewer, "t1", owner, kNow, kNow + 60);
  const auto accepted =
      orgs().insert_member_invitation(a, "2@x.dk", Role::viewer, "t2", owner, kNow, kNow + 60);
  orgs().insert_member_invitation(a, "3@x.dk", Role::viewer, "t3", owner, kNow, kNow + 10);  // expires
  const auto last = orgs().insert_member_invitation(a, "4@x.dk", Role::leader, "t4", owner, kNow, kNow + 60);
  orgs().insert_member_invitation(b, "5@x.dk", Role::viewer, "t5", owner, kNow, kNow + 60);
  orgs().mark_invitation_accepted(accepted, kNow);

  const auto list = orgs().pending_invitations(a, kNow + 10);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, first);
  EXPECT_EQ(list[0].email, "1@x.dk");
  EXPECT_EQ(list[0].expires_at, kNow + 60);
  EXPECT_EQ(list[1].id, last);
  EXPECT_EQ(list[1].role, Role::leader);
  EXPECT_EQ(orgs().pending_invitations(b, kNow).size(), 1u);
}

TEST_P(StorageTest, Audit_NewestFirstPagedAndPerOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto actor = member(a, "karen@x.dk");
  audit().append_audit({a, actor, "one", "o:1", "d1"}, kNow);
  audit().append_audit({a, std::nullopt, "two", "o:2", ""}, kNow + 1);
  audit().append_audit({b, actor, "theirs", "o:3", ""}, kNow + 2);
  audit().append_audit({std::nullopt, actor, "nobody's", "o:4", ""}, kNow + 3);
  audit().append_audit({a, actor, "three", "o:5", ""}, kNow + 4);

  const auto all = audit().audit_records(a, 10, std::nullopt);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].action, "three");
  EXPECT_EQ(all[1].action, "two");
  EXPECT_EQ(all[1].actor_name, "");
  EXPECT_EQ(all[2].action, "one");
  EXPECT_EQ(all[2].actor_name, "Navn karen@x.dk");
  EXPECT_EQ(all[2].object, "o:1");
  EXPECT_EQ(all[2].detail, "d1");
  EXPECT_EQ(all[2].at, kNow);

  const auto page = audit().audit_records(a, 1, all[0].id);
  ASSERT_EQ(page.size(), 1u);
  EXPECT_EQ(page[0].id, all[1].id);
  EXPECT_TRUE(audit().audit_records(a, 10, all[2].id).empty());
  ASSERT_EQ(audit().audit_records(b, 10, std::nullopt).size(), 1u);
}

// The overview's cache key: a new entry of the organisation always changes the mark, another's never.
TEST_P(StorageTest, Audit_MarkChangesWithEveryEntryOfTheOrganisation) {
  const auto a = org("A");
  const auto b = org("B");
  const auto empty = audit().audit_mark(a);
  EXPECT_EQ(empty.newest_id, 0);
  audit().append_audit({a, std::nullopt, "one", "o:1", ""}, kNow);
  const auto one = audit().audit_mark(a);
  EXPECT_EQ(one.newest_id, audit().audit_records(a, 1, std::nullopt).at(0).id);
  audit().append_audit({b, std::nullopt, "theirs", "o:2", ""}, kNow);
  EXPECT_EQ(audit().audit_mark(a).newest_id, one.newest_id);
  EXPECT_EQ(audit().audit_mark(a).entries, one.entries);
  audit().append_audit({a, std::nullopt, "two", "o:3", ""}, kNow);
  EXPECT_GT(audit().audit_mark(a).newest_id, one.newest_id);
}

TEST_P(StorageTest, Audit_FilteredByActorKindAndPeriodAndPaged) {
  const auto a = org("A");
  const auto b = org("B");
  const auto karen = member(a, "karen@x.dk");
  const auto dennis = member(a, "dennis@x.dk");
  audit().append_audit({a, karen, "decision.created", "decision:1", "decided: A"}, kNow);
  audit().append_audit({a, dennis, "meeting_series.created", "meeting_series:1", "M"}, kNow + 10);
  audit().append_audit({a, dennis, "meeting.agenda_saved", "meeting:1", "2026-12-04"}, kNow + 20);
  audit().append_audit({a, karen, "meetingXseries.odd", "x:1", ""}, kNow + 25);  // no wildcard in prefixes
  audit().append_audit({a, karen, "decision.edited", "decision:1", "version 2: title"}, kNow + 30);
  audit().append_audit({b, karen, "decision.created", "decision:9", "decided: B"}, kNow + 40);

  AuditQuery by_actor;
  by_actor.actor_id = dennis;
  const auto dennis_rows = audit().find_audit(a, by_actor);
  ASSERT_EQ(dennis_rows.size(), 2u);
  EXPECT_EQ(dennis_rows[0].action, "meeting.agenda_saved");
  EXPECT_EQ(dennis_rows[0].actor_id, dennis);
  EXPECT_EQ(dennis_rows[0].actor_name, "Navn dennis@x.dk");

  AuditQuery meetings;
  meetings.action_prefixes = {"meeting.", "meeting_series."};
  const auto meeting_rows = audit().find_audit(a, meetings);
  ASSERT_EQ(meeting_rows.size(), 2u);
  EXPECT_EQ(meeting_rows[1].action, "meeting_series.created");

  AuditQuery period;
  period.from_at = kNow + 10;  // inclusive
  period.to_at = kNow + 30;    // exclusive
  const auto period_rows = audit().find_audit(a, period);
  ASSERT_EQ(period_rows.size(), 3u);
  EXPECT_EQ(period_rows.front().at, kNow + 25);
  EXPECT_EQ(period_rows.back().at, kNow + 10);

  AuditQuery decisions_by_karen;
  decisions_by_karen.actor_id = karen;
  decisions_by_karen.action_prefixes = {"decision."};
  EXPECT_EQ(audit().find_audit(a, decisions_by_karen).size(), 2u);  // not organisation B's

  AuditQuery paged;
  paged.limit = 2;
  const auto first = audit().find_audit(a, paged);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].action, "decision.edited");
  paged.offset = 2;
  const auto second = audit().find_audit(a, paged);
  ASSERT_EQ(second.size(), 2u);
  EXPECT_EQ(second[0].action, "meeting.agenda_saved");
  paged.offset = 4;
  ASSERT_EQ(audit().find_audit(a, paged).size(), 1u);
  paged.offset = 5;
  EXPECT_TRUE(audit().find_audit(a, paged).empty());
}

}  // namespace
}  // namespace forkant::test
