// Saving an edit of an initiative; a refused form is shown again with the reason and the input kept (a
// stale edit, made against an older version, with the version number the editor saw, so that saving again
// needs a reload).
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/initiative_access.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response initiative_update(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto initiative = initiative_in_path(ctx, *access);
  if (!initiative) return error_response(ctx, initiative.error());
  const auto path = initiative_path(access->org_id, initiative->id);
  const auto version = parse_id(ctx.form().get("version"));
  const InitiativeFormView form{ctx.t("initiative.edit.title"), path, ctx.t("initiative.edit.submit"),
                                static_cast<int>(version.value_or(0) % 1000000), path};
  InitiativeDraft draft = initiative->content;
  if (auto s = read_initiative_form(ctx.form(), draft); !s) {
    return initiative_form_page(ctx, *access, form, draft, form_error(ctx, s.error()),
                                http_status(s.error()));
  }
  auto edited =
      ctx.app.services().initiatives->edit_initiative(*initiative, ctx.user->id, *form.version, draft);
  if (!edited) {
    return initiative_form_page(ctx, *access, form, draft, form_error(ctx, edited.error()),
                                http_status(edited.error()));
  }
  return redirect(path);
}

}  // namespace forkant::web::pages
