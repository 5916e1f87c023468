// Going back to the default routing (coordinators and owners). The form says "reset"; anything else
// changes nothing.
#include "web/app.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response assessment_routing_reset(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  if (ctx.form().get("confirm") != "reset") {
    return routing_page(ctx, *access, ctx.t("error.impact.confirm_mismatch"), 422);
  }
  auto reset = ctx.app.services().impact->reset_routing(access->org_id, ctx.user->id);
  if (!reset)
    return routing_page(ctx, *access, error_message(ctx, reset.error()), http_status(reset.error()));
  return redirect("/orgs/" + std::to_string(access->org_id) + "/assessments/routing?saved=1");
}

}  // namespace forkant::web::pages
