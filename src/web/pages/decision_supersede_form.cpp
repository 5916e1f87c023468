// The form that supersedes a decision by a new one, prefilled with its content.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_supersede_form(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  DecisionDraft draft = decision->content;
  draft.decided_on = ctx.app.services().decisions->today();
  draft.review_on.reset();
  const FormView form{ctx.t("decision.supersede.title", {{"title", decision->content.title}}),
                      decision_path(access->org_id, decision->id) + "/supersede",
                      ctx.t("decision.supersede.submit"), std::nullopt};
  return decision_form_page(ctx, *access, form, draft, "", 200);
}

}  // namespace forkant::web::pages
