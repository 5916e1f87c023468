// Sharing the lesson of an evaluated step with a network: the verdict and the goal's questions go with
// the reviewed text; a refused text shows the step's share page again with the text kept.
#include "services/network_sharing.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_sharing_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response step_share(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  const ShareRequest request = read_share_form(ctx);
  auto shared = ctx.app.services().sharing->share_lesson(access->org_id, ctx.user->id, row->step.id, request);
  if (!shared) {
    if (shared.error().kind == ErrorKind::not_found) return error_response(ctx, shared.error());
    const ShareInput input{request.network_id, request.text, form_error(ctx, shared.error())};
    return step_share_page(ctx, *access, *row, &input, http_status(shared.error()));
  }
  return redirect(sharing_back_path(*access, *shared));
}

}  // namespace forkant::web::pages
