// Ending a coordinator's term (a coordinator of the network, their own term included). When the last
// term ends, the owners of member organisations may appoint the next coordinator.
#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {

Response network_coordinator_end(Context& ctx) {
  auto access = network_page_access(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto id = ctx.id_param("coordinator_id");
  if (!id) return error_response(ctx, Error::not_found());
  auto done =
      ctx.app.services().networks->end_coordinator(access->network.id, access->org.org_id, ctx.user->id, *id);
  if (!done) return error_response(ctx, done.error());
  note_security_event(ctx, {.event = "role_ended",
                            .outcome = "success",
                            .org_id = access->org.org_id,
                            .subject = access->network.id,
                            .what = "network_coordinator"});
  return redirect(network_path(access->org.org_id, access->network.id) + "#coordinators");
}

}  // namespace forkant::web::pages
