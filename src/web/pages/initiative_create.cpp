// Recording a new initiative; a refused form is shown again with the reason and the input kept.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response initiative_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto base = initiatives_path(access->org_id);
  const InitiativeFormView form{ctx.t("initiative.new.title"), base, ctx.t("initiative.new.submit"),
                                std::nullopt, base};
  InitiativeDraft draft;
  draft.owner_user_id = ctx.user->id;
  if (auto s = read_initiative_form(ctx.form(), draft); !s) {
    return initiative_form_page(ctx, *access, form, draft, form_error(ctx, s.error()),
                                http_status(s.error()));
  }
  auto id = ctx.app.services().initiatives->create_initiative(access->org_id, ctx.user->id, draft);
  if (!id) {
    return initiative_form_page(ctx, *access, form, draft, form_error(ctx, id.error()),
                                http_status(id.error()));
  }
  return redirect(initiative_path(access->org_id, *id));
}

}  // namespace forkant::web::pages
