// Importing a questionnaire into the library (coordinators): a file upload (multipart/form-data) or the
// text pasted. A file the importer refuses is named by the element's path and the reason; nothing is
// stored.
#include "web/app.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response assessment_questionnaire_import(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  std::string text = ctx.form().get("file");
  if (text.empty()) text = ctx.form().get("text");
  if (text.empty()) return questionnaires_page(ctx, *access, ctx.t("error.impact.file_required"), 422);
  auto id = ctx.app.services().impact->import_questionnaire(access->org_id, ctx.user->id, text,
                                                            ctx.form().get("version"));
  if (!id) return questionnaires_page(ctx, *access, error_message(ctx, id.error()), http_status(id.error()));
  return redirect("/orgs/" + std::to_string(access->org_id) + "/assessments/questionnaires?imported=1");
}

}  // namespace forkant::web::pages
