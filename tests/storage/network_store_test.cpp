// NetworkStore (services/networks.hpp) on every backend, through NetworkService where the rule is the
// service's: an organisation's inhabitants, creating a network, inviting and answering, membership
// periods with their history (leave and rejoin), coordinators' terms, and what leaving withdraws.
#include "storage_test.hpp"

namespace forkant::test {
namespace {

TEST_P(StorageTest, Networks_InhabitantsRoundTrip) {
  Organisation org{0, "Silkeborg Kommune", OrgKind::municipality, 5000, 3, 98000};
  const auto id = orgs().insert_org(org, kNow);
  EXPECT_EQ(orgs().find_org(id)->inhabitants, 98000);
  EXPECT_EQ(orgs().find_org_by_name("Silkeborg Kommune")->inhabitants, 98000);
  const auto unknown = this->org("Uden Tal Kommune");
  EXPECT_EQ(orgs().find_org(unknown)->inhabitants, std::nullopt);
}

TEST_P(StorageTest, Networks_OwnerSetsTheProfile) {
  const auto a = org("Aarhus Kommune");
  const auto owner = member(a, "ejer@aarhus.dk");
  ASSERT_TRUE(network_service->set_profile(a, owner, Role::owner, OrgKind::region, 43000));
  EXPECT_EQ(orgs().find_org(a)->kind, OrgKind::region);
  EXPECT_EQ(orgs().find_org(a)->inhabitants, 43000);
  EXPECT_EQ(audit().audit_records(a, 1, std::nullopt).at(0).action, "organisation.profile_changed");
  EXPECT_EQ(network_service->set_profile(a, owner, Role::owner, OrgKind::region, -1).error().code,
            "org_inhabitants_invalid");
  EXPECT_EQ(network_service->set_profile(a, owner, Role::coordinator, OrgKind::other, 1).error().kind,
            ErrorKind::forbidden);
  ASSERT_TRUE(network_service->set_profile(a, owner, Role::owner, OrgKind::municipality, std::nullopt));
  EXPECT_EQ(orgs().find_org(a)->inhabitants, std::nullopt);
}

TEST_P(StorageTest, Networks_CreateMakesFirstMemberAndCoordinator) {
  const auto a = org("Aarhus Kommune");
  const auto owner = member(a, "ejer@aarhus.dk");
  const auto id = network_service->create(a, owner, Role::owner, {"  Østjysk netværk ", "Lære af hinanden"});
  ASSERT_TRUE(id);
  const auto network = network_service->find(*id);
  ASSERT_TRUE(network);
  EXPECT_EQ(network->name, "Østjysk netværk");
  EXPECT_EQ(network->purpose, "Lære af hinanden");
  EXPECT_EQ(network->created_by_org, a);
  EXPECT_TRUE(network_service->is_member(*id, a));
  const auto mine = network_service->networks_of(a);
  ASSERT_EQ(mine.size(), 1U);
  EXPECT_EQ(mine[0].members, 1);
  EXPECT_EQ(mine[0].joined_at, kNow);
  const auto coordinators = network_service->coordinators(*id);
  ASSERT_EQ(coordinators.size(), 1U);
  EXPECT_EQ(coordinators[0].user_id, owner);
  EXPECT_EQ(coordinators[0].org_name, "Aarhus Kommune");
  EXPECT_TRUE(network_service->is_coordinator(*id, a, owner));

  // Only an owner creates; a bad name changes nothing.
  const auto coordinator = member(a, "koordinator@aarhus.dk", Role::coordinator);
  EXPECT_EQ(network_service->create(a, coordinator, Role::coordinator, {"Andet", ""}).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(network_service->create(a, owner, Role::owner, {"   ", ""}).error().code,
            "network_name_required");
  EXPECT_EQ(network_service->networks_of(a).size(), 1U);
}

TEST_P(StorageTest, Networks_InviteAcceptLeaveAndRejoinKeepsHistory) {
  const auto a = org("Aarhus Kommune");
  const auto b = org("Billund Kommune");
  const auto owner_a = member(a, "ejer@aarhus.dk");
  const auto owner_b = member(b, "ejer@billund.dk");
  const auto net = *network_service->create(a, owner_a, Role::owner, {"Netværket", ""});

  ASSERT_TRUE(network_service->invite(net, a, owner_a, "Billund Kommune"));
  EXPECT_EQ(network_service->invite(net, a, owner_a, "Billund Kommune").error().code,
            "network_invitation_open");
  EXPECT_EQ(network_service->invite(net, a, owner_a, "Ingen Kommune").error().code, "network_org_unknown");
  EXPECT_EQ(network_service->invite(net, a, owner_a, "Aarhus Kommune").error().code,
            "network_org_already_member");
  // An organisation that is not (yet) a member: the network is not found for it.
  EXPECT_EQ(network_service->invite(net, b, owner_b, "Aarhus Kommune").error().kind, ErrorKind::not_found);

  const auto waiting = network_service->invitations_to(b);
  ASSERT_EQ(waiting.size(), 1U);
  EXPECT_EQ(waiting[0].network_name, "Netværket");
  EXPECT_EQ(waiting[0].invited_by_org_name, "Aarhus Kommune");
  // Another organisation's invitation is not found; a non-owner may not answer.
  EXPECT_EQ(network_service->answer(waiting[0].id, a, owner_a, Role::owner, true).error().kind,
            ErrorKind::not_found);
  EXPECT_EQ(network_service->answer(waiting[0].id, b, owner_b, Role::coordinator, true).error().kind,
            ErrorKind::forbidden);
  ASSERT_TRUE(network_service->answer(waiting[0].id, b, owner_b, Role::owner, true));
  EXPECT_TRUE(network_service->is_member(net, b));
  EXPECT_EQ(network_service->answer(waiting[0].id, b, owner_b, Role::owner, false).error().code,
            "network_invitation_answered");
  EXPECT_TRUE(network_service->invitations_to(b).empty());

  clock.advance(3600);
  const auto left = network_service->leave(net, b, owner_b, Role::owner);
  ASSERT_TRUE(left);
  EXPECT_FALSE(network_service->is_member(net, b));
  EXPECT_TRUE(network_service->networks_of(b).empty());
  EXPECT_EQ(network_service->leave(net, b, owner_b, Role::owner).error().kind, ErrorKind::not_found);

  clock.advance(3600);
  ASSERT_TRUE(network_service->invite(net, a, owner_a, "Billund Kommune"));
  const auto again = network_service->invitations_to(b);
  ASSERT_EQ(again.size(), 1U);
  ASSERT_TRUE(network_service->answer(again[0].id, b, owner_b, Role::owner, true));

  const auto history = network_service->history(net);
  ASSERT_EQ(history.size(), 3U);  // Aarhus, Billund's first period, Billund's second
  EXPECT_EQ(history[1].org_id, b);
  EXPECT_EQ(history[1].joined_at, kNow);
  EXPECT_EQ(history[1].left_at, kNow + 3600);
  EXPECT_EQ(history[1].left_by, owner_b);
  EXPECT_EQ(history[2].org_id, b);
  EXPECT_EQ(history[2].joined_at, kNow + 7200);
  EXPECT_FALSE(history[2].left_at);
  EXPECT_EQ(network_service->current_members(net).size(), 2U);
}

TEST_P(StorageTest, Networks_DeclineLeavesNoMembership) {
  const auto a = org("Aarhus Kommune");
  const auto b = org("Billund Kommune");
  const auto owner_a = member(a, "ejer@aarhus.dk");
  const auto owner_b = member(b, "ejer@billund.dk");
  const auto net = *network_service->create(a, owner_a, Role::owner, {"Netværket", ""});
  const auto invitation = *network_service->invite(net, a, owner_a, "Billund Kommune");
  ASSERT_TRUE(network_service->answer(invitation, b, owner_b, Role::owner, false));
  EXPECT_FALSE(network_service->is_member(net, b));
  EXPECT_EQ(networks().find_invitation(invitation)->answer, InvitationAnswer::declined);
  EXPECT_TRUE(network_service->open_invitations(net).empty());
}

TEST_P(StorageTest, Networks_LeavingEndsTheOrganisationsCoordinatorsAndTheLastOnesOwnersMayAppoint) {
  const auto a = org("Aarhus Kommune");
  const auto b = org("Billund Kommune");
  const auto owner_a = member(a, "ejer@aarhus.dk");
  const auto owner_b = member(b, "ejer@billund.dk");
  const auto viewer_b = member(b, "læser@billund.dk", Role::viewer);
  const auto net = *network_service->create(a, owner_a, Role::owner, {"Netværket", ""});
  const auto invitation = *network_service->invite(net, a, owner_a, "Billund Kommune");
  ASSERT_TRUE(network_service->answer(invitation, b, owner_b, Role::owner, true));

  // While a coordinator remains, another member's owner may not appoint; a viewer is no candidate.
  EXPECT_EQ(network_service->appoint(net, b, owner_b, Role::owner, owner_b, b).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(network_service->appoint(net, a, owner_a, Role::owner, viewer_b, b).error().code,
            "network_coordinator_invalid");
  const auto candidates = network_service->coordinator_candidates(net);
  ASSERT_EQ(candidates.size(), 1U);  // Billund's owner; Aarhus's owner is a coordinator already
  EXPECT_EQ(candidates[0].user_id, owner_b);

  ASSERT_TRUE(network_service->leave(net, a, owner_a, Role::owner));
  EXPECT_TRUE(network_service->coordinators(net).empty());
  // No coordinator left: the owner of a member organisation may appoint (here: themselves).
  ASSERT_TRUE(network_service->appoint(net, b, owner_b, Role::owner, owner_b, b));
  EXPECT_TRUE(network_service->is_coordinator(net, b, owner_b));
  EXPECT_EQ(network_service->appoint(net, b, owner_b, Role::owner, owner_b, b).error().code,
            "network_coordinator_already");
  const auto term = network_service->coordinators(net).at(0);
  ASSERT_TRUE(network_service->end_coordinator(net, b, owner_b, term.id));
  EXPECT_TRUE(network_service->coordinators(net).empty());
  EXPECT_EQ(networks().find_coordinator(term.id)->ended_by, owner_b);
}

TEST_P(StorageTest, Networks_TheOrganisationsListIsItsOwn) {
  const auto a = org("Aarhus Kommune");
  const auto b = org("Billund Kommune");
  const auto owner_a = member(a, "ejer@aarhus.dk");
  const auto net = *network_service->create(a, owner_a, Role::owner, {"Netværket", ""});
  EXPECT_TRUE(network_service->networks_of(b).empty());
  EXPECT_FALSE(network_service->is_member(net, b));
  EXPECT_FALSE(network_service->is_member(net + 100, a));
  // An organisation can be in several networks at once.
  const auto second = *network_service->create(a, owner_a, Role::owner, {"Andet netværk", ""});
  const auto both = network_service->networks_of(a);
  ASSERT_EQ(both.size(), 2U);
  EXPECT_EQ(both[0].id, second);  // by name: "Andet netværk" before "Netværket"
  EXPECT_EQ(both[1].id, net);
}

TEST_P(StorageTest, Networks_CreateAndLeaveAreAllOrNothing) {
  const auto a = org("Aarhus Kommune");
  const auto owner_a = member(a, "ejer@aarhus.dk");
  expect_all_or_nothing([&] { (void)network_service->create(a, owner_a, Role::owner, {"Netværket", ""}); });
  const auto net = network_service->networks_of(a).at(0).id;
  expect_all_or_nothing([&] { (void)network_service->leave(net, a, owner_a, Role::owner); });
}

}  // namespace
}  // namespace forkant::test
