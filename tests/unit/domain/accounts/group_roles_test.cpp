// A person signing in through single sign-on gets the highest role their groups map to, or none.
#include "domain/accounts/group_roles.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

const std::vector<GroupRole> kMappings = {{"g-board", Role::viewer},
                                          {"g-it", Role::owner},
                                          {"g-mgmt", Role::leader},
                                          {"g-coord", Role::coordinator}};

TEST(GroupRoles, TheHighestMappedRoleWins) {
  EXPECT_EQ(role_for_groups({"g-mgmt", "g-board"}, kMappings), Role::leader);
  EXPECT_EQ(role_for_groups({"g-board", "g-it", "g-mgmt"}, kMappings), Role::owner);
  EXPECT_EQ(role_for_groups({"g-coord"}, kMappings), Role::coordinator);
}

TEST(GroupRoles, UnmappedGroupsGiveNothing) {
  EXPECT_EQ(role_for_groups({"g-other", "G-IT"}, kMappings), std::nullopt);
  EXPECT_EQ(role_for_groups({}, kMappings), std::nullopt);
  EXPECT_EQ(role_for_groups({"g-it"}, {}), std::nullopt);
}

}  // namespace
}  // namespace forkant
