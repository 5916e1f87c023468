// A network's own rules (domain/networks/network.hpp, network_permissions.hpp): what a network's name and
// purpose must be, and who may do what in it.
#include "domain/networks/network.hpp"

#include <gtest/gtest.h>

#include <string>

#include "domain/accounts/organisation.hpp"
#include "domain/networks/network_permissions.hpp"

namespace forkant {
namespace {

std::string code_of(const NetworkDraft& draft) {
  const auto s = validate_network(draft);
  return s ? std::string() : s.error().code;
}

TEST(NetworkDraft, ANameIsRequiredAndLimitedInCharacters) {
  EXPECT_EQ(code_of({"Digitaliseringsnetværk Midtjylland", ""}), "");
  EXPECT_EQ(code_of({"", ""}), "network_name_required");
  EXPECT_EQ(code_of({" \t\r\n", "Formål"}), "network_name_required");
  EXPECT_EQ(code_of({std::string(kMaxNetworkNameChars, 'x'), ""}), "");
  EXPECT_EQ(code_of({std::string(kMaxNetworkNameChars + 1, 'x'), ""}), "network_name_too_long");
  // Characters, not bytes: 120 "æ" are 240 bytes and allowed.
  std::string ae;
  for (std::size_t i = 0; i < kMaxNetworkNameChars; ++i) ae += "æ";
  EXPECT_EQ(code_of({ae, ""}), "");
  EXPECT_EQ(validate_network({std::string(kMaxNetworkNameChars + 1, 'x'), ""}).error().params.at("max"),
            "120");
}

TEST(NetworkDraft, ThePurposeIsOptionalAndLimited) {
  EXPECT_EQ(code_of({"Netværk", std::string(kMaxNetworkPurposeChars, 'p')}), "");
  EXPECT_EQ(code_of({"Netværk", std::string(kMaxNetworkPurposeChars + 1, 'p')}), "network_purpose_too_long");
}

TEST(NetworkDraft, MalformedUtf8IsRefused) {
  EXPECT_EQ(code_of({"Netv\xe6rk", ""}), "invalid_utf8");
  EXPECT_EQ(code_of({"Netværk", "\xc3"}), "invalid_utf8");
}

TEST(NetworkDraft, NormalisingTrimsTheName) {
  const auto d = normalised({"  Netværk \t", "\n Formål "});
  EXPECT_EQ(d.name, "Netværk");
  EXPECT_EQ(d.purpose, "Formål");
  EXPECT_EQ(normalised({"   ", ""}).name, "");
}

TEST(InvitationAnswer, NamesRoundTrip) {
  for (auto a : {InvitationAnswer::accepted, InvitationAnswer::declined, InvitationAnswer::withdrawn}) {
    EXPECT_EQ(parse_invitation_answer(invitation_answer_name(a)), a);
  }
  EXPECT_FALSE(parse_invitation_answer("maybe"));
}

TEST(NetworkPermissions, OwnersCreateAnswerAndLeave) {
  EXPECT_TRUE(may_create_network(Role::owner));
  EXPECT_TRUE(may_answer_network_invitation(Role::owner));
  EXPECT_TRUE(may_leave_network(Role::owner));
  for (Role r : {Role::viewer, Role::leader, Role::coordinator}) {
    EXPECT_FALSE(may_create_network(r));
    EXPECT_FALSE(may_answer_network_invitation(r));
    EXPECT_FALSE(may_leave_network(r));
  }
}

TEST(NetworkPermissions, OwnersAndCoordinatorsContributeEveryoneReads) {
  EXPECT_TRUE(may_contribute_to_network(Role::owner));
  EXPECT_TRUE(may_contribute_to_network(Role::coordinator));
  EXPECT_FALSE(may_contribute_to_network(Role::leader));
  EXPECT_FALSE(may_contribute_to_network(Role::viewer));
  for (Role r : {Role::viewer, Role::leader, Role::coordinator, Role::owner})
    EXPECT_TRUE(may_read_network(r));
}

TEST(NetworkPermissions, NetworkCoordinatorsInviteAndAppoint) {
  EXPECT_TRUE(may_invite_to_network(true));
  EXPECT_FALSE(may_invite_to_network(false));
  EXPECT_TRUE(may_end_coordinator(true));
  EXPECT_FALSE(may_end_coordinator(false));
  // A coordinator appoints whatever their role in their organisation.
  EXPECT_TRUE(may_appoint_coordinator(Role::viewer, true, true));
  // While a coordinator remains, an owner who is none may not appoint.
  EXPECT_FALSE(may_appoint_coordinator(Role::owner, false, true));
}

TEST(NetworkPermissions, WithoutCoordinatorsAMemberOrganisationsOwnerMayAppoint) {
  EXPECT_TRUE(may_appoint_coordinator(Role::owner, false, false));
  EXPECT_FALSE(may_appoint_coordinator(Role::coordinator, false, false));
  EXPECT_FALSE(may_appoint_coordinator(Role::viewer, false, false));
}

TEST(NetworkPermissions, CoordinatorsComeFromOwnersAndCoordinators) {
  EXPECT_TRUE(may_be_coordinator(Role::owner));
  EXPECT_TRUE(may_be_coordinator(Role::coordinator));
  EXPECT_FALSE(may_be_coordinator(Role::leader));
  EXPECT_FALSE(may_be_coordinator(Role::viewer));
}

TEST(OrganisationInhabitants, UnknownOrBetweenZeroAndTheBound) {
  Organisation org{0, "Demo Kommune", OrgKind::municipality, 4200, 3, std::nullopt};
  EXPECT_TRUE(validate_organisation(org));
  org.inhabitants = 0;
  EXPECT_TRUE(validate_organisation(org));
  org.inhabitants = kMaxInhabitants;
  EXPECT_TRUE(validate_organisation(org));
  org.inhabitants = kMaxInhabitants + 1;
  EXPECT_EQ(validate_organisation(org).error().code, "org_inhabitants_invalid");
  org.inhabitants = -1;
  EXPECT_EQ(validate_organisation(org).error().code, "org_inhabitants_invalid");
}

}  // namespace
}  // namespace forkant
