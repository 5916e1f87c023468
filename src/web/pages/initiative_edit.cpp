// The form that edits an initiative (a new version, against the version the editor saw).
#include "web/app.hpp"
#include "web/initiative_access.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response initiative_edit(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto initiative = initiative_in_path(ctx, *access);
  if (!initiative) return error_response(ctx, initiative.error());
  const auto path = initiative_path(access->org_id, initiative->id);
  return initiative_form_page(
      ctx, *access,
      {ctx.t("initiative.edit.title"), path, ctx.t("initiative.edit.submit"), initiative->version, path},
      initiative->content, "", 200);
}

}  // namespace forkant::web::pages
