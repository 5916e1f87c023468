#include "domain/accounts/role.hpp"

namespace forkant {

std::string_view role_name(Role r) {
  switch (r) {
    case Role::viewer:
      return "viewer";
    case Role::leader:
      return "leader";
    case Role::coordinator:
      return "coordinator";
    case Role::owner:
      return "owner";
  }
  return "viewer";
}

std::optional<Role> parse_role(std::string_view s) {
  for (Role r : {Role::viewer, Role::leader, Role::coordinator, Role::owner}) {
    if (role_name(r) == s) return r;
  }
  return std::nullopt;
}

}  // namespace forkant
