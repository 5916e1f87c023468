// A network's page for a member organisation: name and purpose, current members with the dates they
// joined, the membership history, coordinators, and for coordinators the invitations still open and the
// forms that invite organisations and appoint or end coordinators; for the owner, the way out (a
// confirmation step, network_leave_confirm.cpp). Links to the peer benchmark and the shared library.
#include "domain/networks/network_permissions.hpp"
#include "render/format.hpp"
#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response network_detail_page(Context& ctx, const NetworkAccess& access, const NetworkDetailMessages& messages,
                             int status) {
  auto& svc = *ctx.app.services().networks;
  const auto org_id = access.org.org_id;
  const auto& network = access.network;
  const auto base = network_path(org_id, network.id);

  nlohmann::json members = nlohmann::json::array();
  for (const auto& m : svc.current_members(network.id)) {
    members.push_back({{"name", m.org_name},
                       {"joined", format_day(m.joined_at, ctx.lang)},
                       {"is_self", m.org_id == org_id}});
  }
  nlohmann::json history = nlohmann::json::array();
  for (const auto& m : svc.history(network.id)) {
    history.push_back(
        {{"name", m.org_name},
         {"joined", format_day(m.joined_at, ctx.lang)},
         {"left", m.left_at ? nlohmann::json(format_day(*m.left_at, ctx.lang)) : nlohmann::json()}});
  }

  const bool is_coordinator = svc.is_coordinator(network.id, org_id, ctx.user->id);
  const auto terms = svc.coordinators(network.id);
  nlohmann::json coordinators = nlohmann::json::array();
  for (const auto& c : terms) {
    coordinators.push_back({{"name", c.user_name},
                            {"org", c.org_name},
                            {"since", format_day(c.appointed_at, ctx.lang)},
                            {"end_action", base + "/coordinators/" + std::to_string(c.id) + "/end"}});
  }
  const bool can_appoint = may_appoint_coordinator(access.org.role, is_coordinator, !terms.empty());
  nlohmann::json candidates = nlohmann::json::array();
  if (can_appoint) {
    for (const auto& c : svc.coordinator_candidates(network.id)) {
      candidates.push_back({{"value", std::to_string(c.user_id) + "-" + std::to_string(c.org_id)},
                            {"label", c.user_name + " (" + c.org_name + ")"}});
    }
  }
  nlohmann::json invitations = nlohmann::json::array();
  if (is_coordinator) {
    for (const auto& i : svc.open_invitations(network.id)) {
      invitations.push_back(
          {{"org", i.org_name}, {"by", i.invited_by_org_name}, {"date", format_day(i.created_at, ctx.lang)}});
    }
  }

  const nlohmann::json view{{"org", org_view(ctx, org_id, access.org.role)},
                            {"name", network.name},
                            {"purpose", or_null(network.purpose)},
                            {"list_href", networks_path(org_id)},
                            {"benchmark_href", base + "/benchmark"},
                            {"library_href", base + "/library"},
                            {"members", members},
                            {"member_count", members.size()},
                            {"history", history},
                            {"coordinators", coordinators},
                            {"has_coordinators", !coordinators.empty()},
                            {"no_coordinators", coordinators.empty()},
                            {"is_coordinator", is_coordinator},
                            {"invitations", invitations},
                            {"has_invitations", !invitations.empty()},
                            {"invite_action", base + "/invitations"},
                            {"invite_error", or_null(messages.invite_error)},
                            {"invited_name", messages.invited_name},
                            {"can_appoint", can_appoint && !candidates.empty()},
                            {"candidates", candidates},
                            {"appoint_action", base + "/coordinators"},
                            {"coordinator_error", or_null(messages.coordinator_error)},
                            {"can_leave", may_leave_network(access.org.role)},
                            {"leave_href", base + "/leave"}};
  return page(ctx, "network_detail", view, network.name, status);
}

Response network_detail(Context& ctx) {
  auto access = network_page_access(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return network_detail_page(ctx, *access, {}, 200);
}

}  // namespace forkant::web::pages
