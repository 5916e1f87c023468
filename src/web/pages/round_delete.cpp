// Deleting a draft round (coordinators), with its audit entry; back to the rounds list with a message.
// An opened or closed round is refused (409) on its page.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_delete(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const Status done = ctx.app.services().assessment->delete_round(round, ctx.user->id);
  if (!done) {
    return round_detail_page(ctx, round, found->access.role,
                             {{"state_error", error_message(ctx, done.error())}}, http_status(done.error()));
  }
  return redirect("/orgs/" + std::to_string(round.org_id) + "/rounds?deleted=1");
}

}  // namespace forkant::web::pages
