// Saving the routing table (coordinators and owners): one forum per finding; a forum that is not one
// of forkant's is refused and nothing is saved.
#include "web/app.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response assessment_routing_save(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  auto& impact = *ctx.app.services().impact;
  RoutingTable table = impact.routing_table(access->org_id);
  for (const auto& key : impact.routable_findings()) {
    const auto sent = ctx.form().find("forum." + key);
    if (!sent) continue;  // a finding the form did not send keeps its forum
    const auto forum = forum_from_string(*sent);
    if (!forum)
      return routing_page(ctx, *access, ctx.t("error.impact.unknown_forum", {{"forum", *sent}}), 422);
    table.forum_of[key] = *forum;
  }
  auto saved = impact.save_routing(access->org_id, ctx.user->id, table);
  if (!saved)
    return routing_page(ctx, *access, error_message(ctx, saved.error()), http_status(saved.error()));
  return redirect("/orgs/" + std::to_string(access->org_id) + "/assessments/routing?saved=1");
}

}  // namespace forkant::web::pages
