// The form that records a new initiative (the caller owns it until someone else is chosen).
#include "web/app.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response initiative_new(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  InitiativeDraft draft;
  draft.owner_user_id = ctx.user->id;
  const auto base = initiatives_path(access->org_id);
  return initiative_form_page(
      ctx, *access, {ctx.t("initiative.new.title"), base, ctx.t("initiative.new.submit"), std::nullopt, base},
      draft, "", 200);
}

}  // namespace forkant::web::pages
