#pragma once
// Pages of networks of organisations (issue 15, item 1): the organisation's networks with the invitations
// waiting for its owner and the form that creates one; a network's page (members, history, coordinators,
// invitations) and its actions (invite, appoint and end coordinators, leave with a confirmation step);
// the organisation's profile (kind and inhabitants: its size band). One page or action per file. Every
// page of a network answers 404 unless the organisation in the path is a current member
// (web/network_access.hpp).

#include <cstdint>
#include <string>

#include "domain/networks/network.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"
#include "web/network_access.hpp"

namespace forkant::web::pages {

Response networks_list(Context& ctx);
Response network_create(Context& ctx);
Response network_invitation_answer(Context& ctx);
Response network_detail(Context& ctx);
Response network_invite(Context& ctx);
Response network_leave_confirm(Context& ctx);
Response network_leave(Context& ctx);
Response network_coordinator_appoint(Context& ctx);
Response network_coordinator_end(Context& ctx);
Response org_profile(Context& ctx);
Response org_profile_save(Context& ctx);

std::string networks_path(std::int64_t org_id);
std::string network_path(std::int64_t org_id, std::int64_t network_id);
std::string org_profile_path(std::int64_t org_id);

// The list with a refused form's message: the create form (with its input kept) or an answer.
struct NetworksListMessages {
  std::string create_error;
  NetworkDraft draft;
  std::string answer_error;
};
Response networks_list_page(Context& ctx, const OrgAccess& access, const NetworksListMessages& messages,
                            int status);

// A network's page with a refused action's message.
struct NetworkDetailMessages {
  std::string invite_error;
  std::string invited_name;  // the input kept
  std::string coordinator_error;
};
Response network_detail_page(Context& ctx, const NetworkAccess& access, const NetworkDetailMessages& messages,
                             int status);

// The profile form with a refused input's message and the input kept.
struct ProfileForm {
  std::string kind;
  std::string inhabitants;
  std::string error;
};
Response org_profile_page(Context& ctx, const OrgAccess& access, const ProfileForm& form, int status);

}  // namespace forkant::web::pages
