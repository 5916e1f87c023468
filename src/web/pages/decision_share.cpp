// Sharing a decision (decided: a decision; deselected: a deselection with its reasons) with a network,
// as reviewed on its page; a refused text shows the decision again with the text kept.
#include "services/network_sharing.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_sharing_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_share(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  const ShareRequest request = read_share_form(ctx);
  auto shared =
      ctx.app.services().sharing->share_decision(access->org_id, ctx.user->id, decision->id, request);
  if (!shared) {
    if (shared.error().kind == ErrorKind::not_found) return error_response(ctx, shared.error());
    const ShareInput input{request.network_id, request.text, form_error(ctx, shared.error())};
    return decision_detail_page(ctx, *access, *decision, "", "", http_status(shared.error()), nullptr,
                                &input);
  }
  return redirect(decision_path(access->org_id, decision->id) + "#sharing");
}

}  // namespace forkant::web::pages
