#include "web/network_access.hpp"

#include "services/networks.hpp"
#include "web/app.hpp"

namespace forkant::web {

Result<Network> network_in_path(Context& ctx, const OrgAccess& access) {
  const auto id = ctx.id_param("network_id");
  if (!id) return Error::not_found();
  auto& networks = *ctx.app.services().networks;
  if (!networks.is_member(*id, access.org_id)) return Error::not_found();
  auto network = networks.find(*id);
  if (!network) return Error::not_found();
  return std::move(*network);
}

Result<NetworkAccess> network_page_access(Context& ctx, Role need) {
  auto access = org_in_path(ctx, need);
  if (!access) return access.error();
  auto network = network_in_path(ctx, *access);
  if (!network) return network.error();
  return NetworkAccess{*access, std::move(*network)};
}

}  // namespace forkant::web
