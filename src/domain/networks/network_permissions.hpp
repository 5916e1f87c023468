#pragma once
// Who may do what in a network (issue 15), as pure rules over the caller's role in the organisation the
// page is for (domain/accounts/role.hpp) and, for the network's own work, whether the caller holds a
// current coordinator's term from that organisation.
//
// - Reading a network's pages: any role in a current member organisation.
// - Creating a network, answering an invitation, leaving: the organisation's owner.
// - Contributing a round and sharing a text (and withdrawing them): owner or coordinator (forkant role).
// - Inviting organisations and appointing/ending coordinators: a network coordinator (a current term from
//   the organisation in the path).
// - When the network has no coordinator left (the last one's organisation left, or the last term was
//   ended), the owner of any member organisation may appoint one (themselves included), so that a
//   network is never stuck without anyone to invite.

#include "domain/accounts/role.hpp"

namespace forkant {

bool may_create_network(Role role);
bool may_answer_network_invitation(Role role);
bool may_leave_network(Role role);
bool may_contribute_to_network(Role role);  // contributions and shares alike
bool may_read_network(Role role);

// `is_coordinator`: the caller holds a current coordinator's term from the organisation in the path.
bool may_invite_to_network(bool is_coordinator);
// `network_has_coordinators`: at least one current term in the network.
bool may_appoint_coordinator(Role role, bool is_coordinator, bool network_has_coordinators);
bool may_end_coordinator(bool is_coordinator);
// Who may be appointed: an owner or coordinator (forkant role) of a current member organisation.
bool may_be_coordinator(Role role_in_member_org);

}  // namespace forkant
