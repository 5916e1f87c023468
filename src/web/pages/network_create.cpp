// Creating a network (owners): the organisation becomes its first member and the person its first
// coordinator. A refused form is shown again with the reason and the input kept.
#include "services/networks.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response network_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const NetworkDraft draft{ctx.form().get("name"), ctx.form().get("purpose")};
  auto id = ctx.app.services().networks->create(access->org_id, ctx.user->id, access->role, draft);
  if (!id) {
    return networks_list_page(ctx, *access, {form_error(ctx, id.error()), draft, ""},
                              http_status(id.error()));
  }
  return redirect(network_path(access->org_id, *id));
}

}  // namespace forkant::web::pages
