#include "domain/accounts/group_roles.hpp"

#include <algorithm>

namespace forkant {

std::optional<Role> role_for_groups(const std::vector<std::string>& groups,
                                    const std::vector<GroupRole>& mappings) {
  std::optional<Role> best;
  for (const GroupRole& m : mappings) {
    if (std::find(groups.begin(), groups.end(), m.group) == groups.end()) continue;
    if (!best || role_at_least(m.role, *best)) best = m.role;
  }
  return best;
}

}  // namespace forkant
