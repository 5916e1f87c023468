// Inviting an organisation by its exact name (a coordinator of the network). A refused invitation (an
// unknown name, a current member, an invitation already open) shows the page again with the reason.
#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response network_invite(Context& ctx) {
  auto access = network_page_access(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto name = ctx.form().get("org_name");
  auto invited =
      ctx.app.services().networks->invite(access->network.id, access->org.org_id, ctx.user->id, name);
  if (!invited) {
    if (invited.error().kind == ErrorKind::not_found) return error_response(ctx, invited.error());
    return network_detail_page(ctx, *access, {form_error(ctx, invited.error()), name, ""},
                               http_status(invited.error()));
  }
  return redirect(network_path(access->org.org_id, access->network.id) + "#invitations");
}

}  // namespace forkant::web::pages
