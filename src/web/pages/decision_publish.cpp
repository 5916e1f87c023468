// Publishing a decision on the public page with the plain summary the coordinator wrote, or publishing
// its changes (a new snapshot); a refused summary shows the decision again with the text kept.
#include "services/public_page.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/public_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_publish(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  const std::string summary = ctx.form().get("summary");
  auto published = ctx.app.services().public_page->publish(*decision, ctx.user->id, summary);
  if (!published) {
    if (published.error().kind == ErrorKind::not_found) return error_response(ctx, published.error());
    const PublishInput input{summary, form_error(ctx, published.error())};
    return decision_detail_page(ctx, *access, *decision, "", "", http_status(published.error()), &input);
  }
  return redirect(decision_path(access->org_id, decision->id) + "#publication");
}

}  // namespace forkant::web::pages
