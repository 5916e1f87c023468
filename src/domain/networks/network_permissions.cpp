#include "domain/networks/network_permissions.hpp"

namespace forkant {

bool may_create_network(Role role) {
  return role == Role::owner;
}

bool may_answer_network_invitation(Role role) {
  return role == Role::owner;
}

bool may_leave_network(Role role) {
  return role == Role::owner;
}

bool may_contribute_to_network(Role role) {
  return role_at_least(role, Role::coordinator);
}

bool may_read_network(Role role) {
  return role_at_least(role, Role::viewer);
}

bool may_invite_to_network(bool is_coordinator) {
  return is_coordinator;
}

bool may_appoint_coordinator(Role role, bool is_coordinator, bool network_has_coordinators) {
  if (is_coordinator) return true;
  return !network_has_coordinators && role == Role::owner;
}

bool may_end_coordinator(bool is_coordinator) {
  return is_coordinator;
}

bool may_be_coordinator(Role role_in_member_org) {
  return role_at_least(role_in_member_org, Role::coordinator);
}

}  // namespace forkant
