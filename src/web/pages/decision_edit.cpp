// The form that edits a decision (a new version, against the version the editor saw).
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_edit(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto decision = decision_in_path(ctx, *access);
  if (!decision) return error_response(ctx, decision.error());
  const FormView form{ctx.t("decision.edit.title"), decision_path(access->org_id, decision->id) + "/edit",
                      ctx.t("decision.edit.submit"), decision->version};
  return decision_form_page(ctx, *access, form, decision->content, "", 200);
}

}  // namespace forkant::web::pages
