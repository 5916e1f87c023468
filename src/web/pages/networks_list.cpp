// The organisation's networks: those it is a member of, the invitations waiting for its owner's answer
// (accept or decline), and the owner's form that creates a network.
#include "domain/networks/network_permissions.hpp"
#include "render/format.hpp"
#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response networks_list_page(Context& ctx, const OrgAccess& access, const NetworksListMessages& messages,
                            int status) {
  auto& svc = *ctx.app.services().networks;
  nlohmann::json networks = nlohmann::json::array();
  for (const auto& n : svc.networks_of(access.org_id)) {
    networks.push_back({{"name", n.name},
                        {"purpose", or_null(n.purpose)},
                        {"href", network_path(access.org_id, n.id)},
                        {"members", n.members},
                        {"joined", format_day(n.joined_at, ctx.lang)}});
  }
  const bool can_answer = may_answer_network_invitation(access.role);
  nlohmann::json invitations = nlohmann::json::array();
  for (const auto& i : svc.invitations_to(access.org_id)) {
    invitations.push_back({{"network", i.network_name},
                           {"by", i.invited_by_org_name},
                           {"date", format_day(i.created_at, ctx.lang)},
                           {"action", "/orgs/" + std::to_string(access.org_id) + "/network-invitations/" +
                                          std::to_string(i.id)}});
  }
  const auto org = ctx.app.services().orgs->find(access.org_id);
  const nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                            {"networks", networks},
                            {"has_networks", !networks.empty()},
                            {"invitations", invitations},
                            {"has_invitations", !invitations.empty()},
                            {"can_answer", can_answer},
                            {"can_create", may_create_network(access.role)},
                            {"create_action", networks_path(access.org_id)},
                            {"create_error", or_null(messages.create_error)},
                            {"answer_error", or_null(messages.answer_error)},
                            {"name", messages.draft.name},
                            {"purpose", messages.draft.purpose},
                            {"max_name", kMaxNetworkNameChars},
                            {"max_purpose", kMaxNetworkPurposeChars},
                            {"profile_href", org_profile_path(access.org_id)},
                            {"profile_missing", org && !org->inhabitants.has_value()}};
  return page(ctx, "networks_list", view, ctx.t("network.list.title"), status);
}

Response networks_list(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return networks_list_page(ctx, *access, {}, 200);
}

}  // namespace forkant::web::pages
