#pragma once
// {network_id} in a path under the organisation already in it (/orgs/{org_id}/networks/{network_id}/...):
// the network, if {org_id} is a CURRENT member of it. A network the organisation never belonged to, has
// left, or that does not exist answers 404 alike, so that a page never tells whether another network
// exists. The caller has checked the organisation's access (web/access.hpp's org_in_path) first:
//
//   auto access = org_in_path(ctx, Role::viewer);
//   if (!access) return error_page(ctx, access.error());
//   auto network = network_in_path(ctx, *access);
//   if (!network) return error_page(ctx, network.error());

#include "domain/networks/network.hpp"
#include "web/access.hpp"

namespace forkant::web {

Result<Network> network_in_path(Context& ctx, const OrgAccess& access);

// The organisation's access and the network together, for pages that need both.
struct NetworkAccess {
  OrgAccess org;
  Network network;
};
// org_in_path(ctx, need) and then network_in_path.
Result<NetworkAccess> network_page_access(Context& ctx, Role need);

}  // namespace forkant::web
