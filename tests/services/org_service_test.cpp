// OrgService over the fakes: organisations, members, and member invitations with their lifetime of 14
// days, their single use (also against a concurrent acceptance) and what accepting one creates.

#include <gtest/gtest.h>

#include "world.hpp"

namespace forkant::test {
namespace {

constexpr const char* kAddress = "192.0.2.10";

class OrgServiceTest : public ::testing::Test {
 protected:
  World w;
  std::int64_t owner = w.add_user("ejer@aarhus.dk", "Ejer Eriksen");
  std::int64_t org = w.add_org("Aarhus Kommune");

  void SetUp() override { w.add_member(org, owner, Role::owner); }

  IssuedInvitation invite(const std::string& email, Role role = Role::leader) {
    auto issued = w.orgs.invite(org, owner, email, role);
    EXPECT_TRUE(issued) << issued.error().code;
    return issued.ok() ? *issued : IssuedInvitation{};
  }
};

TEST_F(OrgServiceTest, CreatingAnOrganisationIsAuditedInItsOwnLog) {
  const auto id = w.orgs.create_org(Organisation{0, "Odense Kommune", OrgKind::municipality, 5000, 5}, owner);
  ASSERT_TRUE(id) << id.error().code;
  EXPECT_EQ(w.orgs.find(*id)->min_respondents, 5);
  const auto logged = w.audit.with_action("organisation.created");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.org_id, *id);
  EXPECT_EQ(logged[0].entry.actor_id, owner);
  EXPECT_TRUE(logged[0].in_transaction);
}

TEST_F(OrgServiceTest, OrganisationNameIsTaken) {
  const auto again = w.orgs.create_org(Organisation{0, "Aarhus Kommune", OrgKind::municipality, 1, 3}, owner);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "org_name_taken");
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
}

TEST_F(OrgServiceTest, InvitingSomeoneWhoIsAlreadyAMemberIsRefused) {
  const auto leader = w.add_user("leder@aarhus.dk", "Lis Leder");
  w.add_member(org, leader, Role::leader);
  const auto again = w.orgs.invite(org, owner, "LEDER@aarhus.dk", Role::coordinator);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "already_member");
  EXPECT_TRUE(w.orgs.pending_invitations(org).empty());
  // A member of another organisation is not a member of this one.
  const auto elsewhere = w.add_org("Odense Kommune");
  EXPECT_TRUE(w.orgs.invite(elsewhere, owner, "leder@aarhus.dk", Role::viewer));
}

TEST_F(OrgServiceTest, InvitationIsAuditedWithTheAddressAndRole) {
  const auto issued = invite("ny@aarhus.dk", Role::coordinator);
  const auto logged = w.audit.with_action("member.invited");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.org_id, org);
  EXPECT_EQ(logged[0].entry.object, "invitation:" + std::to_string(issued.id));
  EXPECT_EQ(logged[0].entry.detail, "ny@aarhus.dk (coordinator)");
  // The link's token is a secret: it is in neither the detail nor the object.
  EXPECT_EQ(logged[0].entry.detail.find(issued.token), std::string::npos);
}

TEST_F(OrgServiceTest, InvitationLinkOpensForFourteenDaysAndNotASecondLonger) {
  const auto issued = invite("ny@aarhus.dk");
  const auto sent = w.clock.now();
  w.clock.set(sent + OrgService::kInvitationSeconds - 1);
  const auto open = w.orgs.open_invitation(issued.token);
  ASSERT_TRUE(open);
  EXPECT_EQ(open->org_name, "Aarhus Kommune");
  EXPECT_EQ(w.orgs.pending_invitations(org).size(), 1u);
  w.clock.set(sent + OrgService::kInvitationSeconds);
  EXPECT_FALSE(w.orgs.open_invitation(issued.token));
  EXPECT_TRUE(w.orgs.pending_invitations(org).empty());
  EXPECT_EQ(w.orgs.invitation_gone(issued.token).code, "invitation_invalid");
}

TEST_F(OrgServiceTest, ExpiredInvitationCannotBeAcceptedAndCreatesNothing) {
  const auto issued = invite("ny@aarhus.dk");
  w.clock.advance(OrgService::kInvitationSeconds);
  const auto joined = w.orgs.accept_invitation(issued.token, "Nina Ny", kPassword, kAddress);
  ASSERT_FALSE(joined);
  EXPECT_EQ(joined.error().kind, ErrorKind::gone);
  EXPECT_FALSE(w.accounts_store.find_user_by_email("ny@aarhus.dk"));
}

TEST_F(OrgServiceTest, AcceptingCreatesTheAccountWithTheInvitedRoleOnce) {
  const auto issued = invite("ny@aarhus.dk", Role::coordinator);
  w.clock.advance(3600);
  const auto joined = w.orgs.accept_invitation(issued.token, "Nina Ny", kPassword, kAddress);
  ASSERT_TRUE(joined) << joined.error().code;
  EXPECT_EQ(joined->email, "ny@aarhus.dk");
  EXPECT_EQ(w.orgs.role_of(org, joined->id), Role::coordinator);
  EXPECT_TRUE(verify_password(kPassword, *w.accounts_store.password_hash(joined->id)));
  EXPECT_EQ(w.org_store.accepted_at(issued.id), w.clock.now());
  ASSERT_EQ(w.audit.count("user.created"), 1);
  const auto joined_log = w.audit.with_action("member.joined");
  ASSERT_EQ(joined_log.size(), 1u);
  EXPECT_EQ(joined_log[0].entry.org_id, org);
  EXPECT_EQ(joined_log[0].entry.detail, "coordinator");

  // Single use: the link is gone, and the page can say it was used.
  const auto again = w.orgs.accept_invitation(issued.token, "Nina Ny", kPassword, kAddress);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::gone);
  EXPECT_EQ(w.orgs.invitation_gone(issued.token).code, "invitation_used");
  EXPECT_EQ(w.audit.count("member.joined"), 1);
}

TEST_F(OrgServiceTest, ConcurrentAcceptanceWinsAndTheLoserCreatesNothing) {
  const auto issued = invite("ny@aarhus.dk");
  // Another request accepts the same link between this one's check and its write.
  w.org_store.before_next_mark = [&] { w.org_store.mark_invitation_accepted(issued.id, w.clock.now()); };
  const auto joined = w.orgs.accept_invitation(issued.token, "Nina Ny", kPassword, kAddress);
  ASSERT_FALSE(joined);
  EXPECT_EQ(joined.error().code, "invitation_used");
  EXPECT_FALSE(w.accounts_store.find_user_by_email("ny@aarhus.dk"));
  EXPECT_EQ(w.audit.count("member.joined"), 0);
}

// PostgreSQL may run the acceptance's transaction twice (a serialization failure against another
// instance): the second run must create the account again, not reuse the id the first run rolled back.
TEST_F(OrgServiceTest, AcceptanceRunTwiceByTheBackendCreatesOneAccountThatExists) {
  const auto issued = invite("ny@aarhus.dk", Role::coordinator);
  w.tx.retry_next();
  const auto joined = w.orgs.accept_invitation(issued.token, "Nina Ny", kPassword, kAddress);
  ASSERT_TRUE(joined) << joined.error().code;
  const auto stored = w.accounts_store.find_user_by_email("ny@aarhus.dk");
  ASSERT_TRUE(stored);
  EXPECT_EQ(joined->id, stored->id);
  EXPECT_EQ(w.orgs.role_of(org, stored->id), Role::coordinator);
  EXPECT_EQ(w.audit.count("user.created"), 1);
  EXPECT_EQ(w.audit.count("member.joined"), 1);
}

TEST_F(OrgServiceTest, NewAccountNeedsAValidPasswordAndIsRefusedLikeAWrongOne) {
  const auto issued = invite("ny@aarhus.dk");
  const auto joined = w.orgs.accept_invitation(issued.token, "Nina Ny", "short", kAddress);
  ASSERT_FALSE(joined);
  EXPECT_EQ(joined.error().code, "join_password_refused");
  EXPECT_FALSE(w.accounts_store.find_user_by_email("ny@aarhus.dk"));
  EXPECT_TRUE(w.orgs.open_invitation(issued.token));  // still usable
}

TEST_F(OrgServiceTest, ExistingAccountJoinsWithItsOwnPasswordOnlyAndKeepsItsName) {
  const auto existing = w.add_user("kendt@odense.dk", "Karen Kendt", password_hash_of_kPassword());
  const auto issued = invite("kendt@odense.dk", Role::viewer);
  const auto wrong =
      w.orgs.accept_invitation(issued.token, "Karen Kendt", "not the password at all", kAddress);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, "join_password_refused");
  EXPECT_FALSE(w.orgs.role_of(org, existing));
  const auto joined = w.orgs.accept_invitation(issued.token, "Another Name", kPassword, kAddress);
  ASSERT_TRUE(joined) << joined.error().code;
  EXPECT_EQ(joined->id, existing);
  EXPECT_EQ(w.accounts_store.user(existing)->name, "Karen Kendt");
  EXPECT_EQ(w.orgs.role_of(org, existing), Role::viewer);
  EXPECT_EQ(w.audit.count("user.created"), 0);
}

TEST_F(OrgServiceTest, AnOldLinkNeitherDemotesNorRestoresTheRoleOfSomeoneAlreadyAMember) {
  const auto person = w.add_user("kendt@odense.dk", "Karen Kendt", password_hash_of_kPassword());
  const auto as_owner = invite("kendt@odense.dk", Role::owner);
  const auto as_viewer = invite("kendt@odense.dk", Role::viewer);
  ASSERT_TRUE(w.orgs.accept_invitation(as_viewer.token, "Karen Kendt", kPassword, kAddress));
  ASSERT_EQ(w.orgs.role_of(org, person), Role::viewer);
  // The owner invitation still lies in her mailbox; the viewer role is what the owners decided last.
  const auto late = w.orgs.accept_invitation(as_owner.token, "Karen Kendt", kPassword, kAddress);
  ASSERT_TRUE(late) << late.error().code;
  EXPECT_EQ(w.orgs.role_of(org, person), Role::viewer);
  EXPECT_EQ(w.audit.count("member.joined"), 1) << "nobody joined the second time";
  EXPECT_FALSE(w.orgs.accept_invitation(as_owner.token, "Karen Kendt", kPassword, kAddress))
      << "the link is spent";
}

TEST_F(OrgServiceTest, JoiningIsBehindTheSignInThrottle) {
  w.add_user("kendt@odense.dk", "Karen Kendt", password_hash_of_kPassword());
  const auto issued = invite("kendt@odense.dk");
  // Guessing through the sign-in form counts against the link from the same address, and vice versa.
  for (int i = 0; i < LoginThrottle::kPairMaxFailures; ++i) {
    ASSERT_FALSE(w.accounts.throttled_check(
        "kendt@odense.dk", kAddress, [] { return false; }, Error::invalid("refused", "error.refused")));
    w.clock.advance(LoginThrottle::kMaxDelaySeconds + 1);
  }
  const auto joined = w.orgs.accept_invitation(issued.token, "Karen Kendt", kPassword, kAddress);
  ASSERT_FALSE(joined);
  EXPECT_EQ(joined.error().code, "login_throttled");
}

TEST_F(OrgServiceTest, JoiningStoresNothingWhenTheMembershipAuditFails) {
  const auto issued = invite("ny@aarhus.dk");
  w.audit.fail_on("member.joined");
  EXPECT_THROW(w.orgs.accept_invitation(issued.token, "Nina Ny", kPassword, kAddress), FakeStoreError);
  // Neither the account, nor the use of the link, nor the user.created entry survives.
  EXPECT_FALSE(w.accounts_store.find_user_by_email("ny@aarhus.dk"));
  EXPECT_TRUE(w.orgs.open_invitation(issued.token));
  EXPECT_EQ(w.audit.count("user.created"), 0);
}

TEST_F(OrgServiceTest, MembersAreListedByNameWithTheirRoles) {
  const auto b = w.add_user("b@aarhus.dk", "Bodil");
  const auto a = w.add_user("a@aarhus.dk", "Anders");
  ASSERT_TRUE(w.orgs.add_member(org, b, Role::viewer, owner));
  ASSERT_TRUE(w.orgs.add_member(org, a, Role::leader, owner));
  ASSERT_TRUE(w.orgs.add_member(org, a, Role::coordinator, owner));  // a second add changes the role
  const auto members = w.orgs.members(org);
  ASSERT_EQ(members.size(), 3u);
  EXPECT_EQ(members[0].name, "Anders");
  EXPECT_EQ(members[0].role, Role::coordinator);
  EXPECT_EQ(members[1].name, "Bodil");
  EXPECT_EQ(w.audit.count("member.added"), 3);
}

}  // namespace
}  // namespace forkant::test
