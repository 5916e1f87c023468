// Taking a decision off the public page and its feed (the snapshots stay, marked, for the audit trail).
#include "services/public_page.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/public_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_unpublish(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  if (auto s = ctx.app.services().public_page->unpublish(*decision, ctx.user->id); !s) {
    return error_response(ctx, s.error());
  }
  return redirect(decision_path(access->org_id, decision->id) + "#publication");
}

}  // namespace forkant::web::pages
