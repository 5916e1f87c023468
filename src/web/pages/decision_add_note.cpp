// Adding a follow-up note to a decision; a refused note shows the decision again with the text kept.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_add_note(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  const std::string text = ctx.form().get("text");
  auto id = ctx.app.services().decisions->add_note(*decision, ctx.user->id, text);
  if (!id) {
    return decision_detail_page(ctx, *access, *decision, form_error(ctx, id.error()), text,
                                http_status(id.error()));
  }
  return redirect("/orgs/" + std::to_string(access->org_id) + "/decisions/" + std::to_string(decision->id) +
                  "#notes");
}

}  // namespace forkant::web::pages
