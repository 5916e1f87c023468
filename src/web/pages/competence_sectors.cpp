// Adding, renaming and deleting a sector (fagsektor) of the matrix; a refusal shows the list again with
// the reason. Deleting a sector deletes the cells recorded for it alone.
#include "web/app.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Result<Sector> sector_of(Context& ctx, const OrgAccess& access) {
  const auto id = ctx.id_param("sector_id");
  if (!id) return Error::not_found();
  auto found = ctx.app.services().competence->find_sector(*id);
  if (!found || found->org_id != access.org_id) return Error::not_found();
  return *found;
}

std::string sectors_anchor(std::int64_t org_id) {
  return competencies_path(org_id) + "/manage#sectors";
}

}  // namespace

Response competence_sector_create(Context& ctx) {
  auto access = org_in_path(ctx, kCompetenceWriter);
  if (!access) return error_response(ctx, access.error());
  Sector s;
  s.name = ctx.form().get("name");
  auto id = ctx.app.services().competence->add_sector(access->org_id, ctx.user->id, s);
  if (!id) return competence_manage_page(ctx, *access, form_error(ctx, id.error()), http_status(id.error()));
  return redirect(sectors_anchor(access->org_id));
}

Response competence_sector_update(Context& ctx) {
  auto access = org_in_path(ctx, kCompetenceWriter);
  if (!access) return error_response(ctx, access.error());
  auto current = sector_of(ctx, *access);
  if (!current) return error_response(ctx, current.error());
  auto renamed = ctx.app.services().competence->rename_sector(*current, ctx.user->id, ctx.form().get("name"));
  if (!renamed) {
    return competence_manage_page(ctx, *access, form_error(ctx, renamed.error()),
                                  http_status(renamed.error()));
  }
  return redirect(sectors_anchor(access->org_id));
}

Response competence_sector_delete(Context& ctx) {
  auto access = org_in_path(ctx, kCompetenceWriter);
  if (!access) return error_response(ctx, access.error());
  auto current = sector_of(ctx, *access);
  if (!current) return error_response(ctx, current.error());
  auto deleted = ctx.app.services().competence->delete_sector(*current, ctx.user->id);
  if (!deleted) {
    return competence_manage_page(ctx, *access, form_error(ctx, deleted.error()),
                                  http_status(deleted.error()));
  }
  return redirect(sectors_anchor(access->org_id));
}

}  // namespace forkant::web::pages
