// Moving an initiative to another phase, with the reason (required when stopping). Refused by the gate
// past the pilot, the initiative's page is shown again with the items still open.
#include "web/app.hpp"
#include "web/initiative_access.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response initiative_phase(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto initiative = initiative_in_path(ctx, *access);
  if (!initiative) return error_response(ctx, initiative.error());
  auto& svc = *ctx.app.services().initiatives;
  const auto to = phase_from_string(ctx.form().get("phase"));
  if (!to) {
    const auto e = Error::invalid("unknown_value", "error.initiative.unknown_value",
                                  {{"field", ctx.t("initiative.field.phase")}});
    return initiative_detail_page(ctx, *access, *initiative, {form_error(ctx, e), {}, ""}, http_status(e));
  }
  auto moved = svc.change_phase(*initiative, ctx.user->id, *to, ctx.form().get("reason"), ctx.lang);
  if (!moved) {
    DetailMessages messages{form_error(ctx, moved.error()), {}, ""};
    if (moved.error().code == "phase_gate_open") messages.open_items = svc.open_items(*initiative, ctx.lang);
    return initiative_detail_page(ctx, *access, *initiative, messages, http_status(moved.error()));
  }
  return redirect(initiative_path(access->org_id, initiative->id) + "#phases");
}

}  // namespace forkant::web::pages
