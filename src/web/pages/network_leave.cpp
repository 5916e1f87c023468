// Leaving a network (owners): one transaction ends the membership and the organisation's coordinators'
// terms and withdraws its contributions and shares (NetworkService::leave); then the list of networks.
#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response network_leave(Context& ctx) {
  auto access = network_page_access(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  auto left = ctx.app.services().networks->leave(access->network.id, access->org.org_id, ctx.user->id,
                                                 access->org.role);
  if (!left) return error_response(ctx, left.error());
  return redirect(networks_path(access->org.org_id));
}

}  // namespace forkant::web::pages
