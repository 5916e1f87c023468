// Recording a new decision; a refused form is shown again with the reason and the input kept.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto base = "/orgs/" + std::to_string(access->org_id) + "/decisions";
  const FormView form{ctx.t("decision.new.title"), base, ctx.t("decision.new.submit"), std::nullopt};
  DecisionDraft draft = new_decision_draft(ctx);
  if (auto s = read_draft_form(ctx.form(), "", draft); !s) {
    return decision_form_page(ctx, *access, form, draft, form_error(ctx, s.error()), http_status(s.error()));
  }
  auto id = ctx.app.services().decisions->create_decision(access->org_id, ctx.user->id, draft);
  if (!id) {
    return decision_form_page(ctx, *access, form, draft, form_error(ctx, id.error()),
                              http_status(id.error()));
  }
  return redirect(decision_path(access->org_id, *id));
}

}  // namespace forkant::web::pages
