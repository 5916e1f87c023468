// Adding, editing and deleting a competence of the matrix (a row); a refusal shows the list again with
// the reason. The AI Act's built-in row keeps its name and cannot be deleted (the service refuses).
#include "web/app.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Result<Competence> competence_of(Context& ctx, const OrgAccess& access) {
  const auto id = ctx.id_param("competence_id");
  if (!id) return Error::not_found();
  auto found = ctx.app.services().competence->find_competence(*id);
  if (!found || found->org_id != access.org_id) return Error::not_found();
  return *found;
}

std::string manage_path(std::int64_t org_id) {
  return competencies_path(org_id) + "/manage";
}

}  // namespace

Response competence_create(Context& ctx) {
  auto access = org_in_path(ctx, kCompetenceWriter);
  if (!access) return error_response(ctx, access.error());
  Competence c;
  c.name = ctx.form().get("name");
  c.description = ctx.form().get("description");
  auto id = ctx.app.services().competence->add_competence(access->org_id, ctx.user->id, c);
  if (!id) return competence_manage_page(ctx, *access, form_error(ctx, id.error()), http_status(id.error()));
  return redirect(manage_path(access->org_id) + "#competence-" + std::to_string(*id));
}

Response competence_update(Context& ctx) {
  auto access = org_in_path(ctx, kCompetenceWriter);
  if (!access) return error_response(ctx, access.error());
  auto current = competence_of(ctx, *access);
  if (!current) return error_response(ctx, current.error());
  // The built-in row's form has no name field: its name stays.
  const auto name = ctx.form().has("name") ? ctx.form().get("name") : current->name;
  auto edited = ctx.app.services().competence->edit_competence(*current, ctx.user->id, name,
                                                               ctx.form().get("description"));
  if (!edited)
    return competence_manage_page(ctx, *access, form_error(ctx, edited.error()), http_status(edited.error()));
  return redirect(manage_path(access->org_id) + "#competence-" + std::to_string(current->id));
}

Response competence_delete(Context& ctx) {
  auto access = org_in_path(ctx, kCompetenceWriter);
  if (!access) return error_response(ctx, access.error());
  auto current = competence_of(ctx, *access);
  if (!current) return error_response(ctx, current.error());
  auto deleted = ctx.app.services().competence->delete_competence(*current, ctx.user->id);
  if (!deleted) {
    return competence_manage_page(ctx, *access, form_error(ctx, deleted.error()),
                                  http_status(deleted.error()));
  }
  return redirect(manage_path(access->org_id));
}

}  // namespace forkant::web::pages
