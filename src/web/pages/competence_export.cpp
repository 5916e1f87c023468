// The competence matrix as CSV (in the reader's dialect) and JSON downloads (formats/competence_export.hpp).
#include "formats/competence_export.hpp"

#include "web/app.hpp"
#include "web/pages/account_csv_labels.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

CompetenceExport export_of(Context& ctx, std::int64_t org_id) {
  auto& svc = *ctx.app.services().competence;
  auto m = svc.matrix(org_id);
  return {std::move(m.competencies), std::move(m.sectors), std::move(m.cells), svc.today()};
}

}  // namespace

Response competence_csv(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return csv_response(competence_to_csv(export_of(ctx, access->org_id), csv_dialect_for(ctx)),
                      "forkant-competencies.csv");
}

Response competence_json(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  Response res = json_response(200, competence_to_json(export_of(ctx, access->org_id)));
  res.set_header("Content-Disposition", "attachment; filename=\"forkant-competencies.json\"");
  return res;
}

}  // namespace forkant::web::pages
