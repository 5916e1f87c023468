// Superseding a decision by a new one; a refused form is shown again with the reason.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_supersede(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  const FormView form{ctx.t("decision.supersede.title", {{"title", decision->content.title}}),
                      decision_path(access->org_id, decision->id) + "/supersede",
                      ctx.t("decision.supersede.submit"), std::nullopt};
  DecisionDraft draft = new_decision_draft(ctx);
  if (auto s = read_draft_form(ctx.form(), "", draft); !s) {
    return decision_form_page(ctx, *access, form, draft, form_error(ctx, s.error()), http_status(s.error()));
  }
  auto id = ctx.app.services().decisions->supersede_decision(*decision, ctx.user->id, draft);
  if (!id) {
    return decision_form_page(ctx, *access, form, draft, form_error(ctx, id.error()),
                              http_status(id.error()));
  }
  return redirect(decision_path(access->org_id, *id));
}

}  // namespace forkant::web::pages
