// The form that records a new decision (?kind= preselects its kind).
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response decision_new(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto base = "/orgs/" + std::to_string(access->org_id) + "/decisions";
  DecisionDraft draft = new_decision_draft(ctx);
  if (const auto kind = decision_kind_from_string(ctx.query().get("kind"))) draft.kind = *kind;
  return decision_form_page(ctx, *access,
                            {ctx.t("decision.new.title"), base, ctx.t("decision.new.submit"), std::nullopt},
                            draft, "", 200);
}

}  // namespace forkant::web::pages
