// What the coordinator's actions on a round share.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_state_change(Context& ctx, bool open) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const Role role = found->access.role;
  auto& svc = *ctx.app.services().assessment;
  const Status done = open ? svc.open_round(round, ctx.user->id) : svc.close_round(round, ctx.user->id);
  if (!done) {
    return round_detail_page(ctx, round, role, {{"state_error", error_message(ctx, done.error())}},
                             http_status(done.error()));
  }
  return redirect(round_path(round));
}

}  // namespace forkant::web::pages
