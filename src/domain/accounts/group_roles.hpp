#pragma once
// Which forkant role a person signing in through their organisation's identity provider gets: the
// highest role any of their groups is mapped to. Groups nobody mapped give nothing, and a person in no
// mapped group gets no membership (and no sign-in): the organisation decides who comes in, per group.

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts/role.hpp"

namespace forkant {

struct GroupRole {
  std::string group;  // the group claim's value as the provider sends it (Entra ID: the group's object id)
  Role role = Role::viewer;
};

std::optional<Role> role_for_groups(const std::vector<std::string>& groups,
                                    const std::vector<GroupRole>& mappings);

}  // namespace forkant
