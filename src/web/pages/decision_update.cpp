// Saving an edit of a decision; a refused form is shown again with the reason and the input kept.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_update(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  const auto version = parse_id(ctx.form().get("version"));
  const FormView form{ctx.t("decision.edit.title"), decision_path(access->org_id, decision->id) + "/edit",
                      ctx.t("decision.edit.submit"), static_cast<int>(version.value_or(0) % 1000000)};
  DecisionDraft draft = decision->content;
  if (auto s = read_draft_form(ctx.form(), "", draft); !s) {
    return decision_form_page(ctx, *access, form, draft, form_error(ctx, s.error()), http_status(s.error()));
  }
  auto edited = ctx.app.services().decisions->edit_decision(*decision, ctx.user->id, *form.version, draft);
  if (!edited) {
    return decision_form_page(ctx, *access, form, draft, form_error(ctx, edited.error()),
                              http_status(edited.error()));
  }
  return redirect(decision_path(access->org_id, decision->id));
}

}  // namespace forkant::web::pages
