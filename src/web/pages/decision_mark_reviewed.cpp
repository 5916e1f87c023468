// Marking a decision as reviewed on its review date.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_mark_reviewed(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  if (auto s = ctx.app.services().decisions->mark_reviewed(*decision, ctx.user->id); !s) {
    return error_response(ctx, s.error());
  }
  return redirect("/orgs/" + std::to_string(access->org_id) + "/decisions/" + std::to_string(decision->id));
}

}  // namespace forkant::web::pages
