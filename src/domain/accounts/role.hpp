#pragma once
// Roles in an organisation, from least to most: viewer (politicians, board: read only), leader (member of
// top management: answers, decides), coordinator (sets up rounds, keeps the register), owner (members).

#include <optional>
#include <string_view>

namespace forkant {

enum class Role { viewer = 0, leader = 1, coordinator = 2, owner = 3 };

std::string_view role_name(Role r);
std::optional<Role> parse_role(std::string_view s);
inline bool role_at_least(Role have, Role need) {
  return static_cast<int>(have) >= static_cast<int>(need);
}

}  // namespace forkant
