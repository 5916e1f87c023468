// Managing the matrix's rows and sectors: the organisation's competencies (add, rename, describe, delete;
// the AI Act's row may only be described) and its sectors (add, rename, delete). Deleting one deletes its
// cells, which the confirmation says.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response competence_manage_page(Context& ctx, const OrgAccess& access, const std::string& error, int status) {
  const auto m = ctx.app.services().competence->matrix(access.org_id);
  nlohmann::json competencies = nlohmann::json::array();
  for (const auto& c : m.competencies) {
    int cells = 0;
    for (const auto& cell : m.cells) cells += cell.competence_id == c.id ? 1 : 0;
    competencies.push_back({{"id", c.id},
                            {"name", c.name},
                            {"label", competence_name(ctx, c)},
                            {"description", c.description},
                            {"legal_duty", c.legal_duty()},
                            {"cells", ctx.t("competence.manage.cells", {{"count", std::to_string(cells)}})}});
  }
  nlohmann::json sectors = nlohmann::json::array();
  for (const auto& s : m.sectors) {
    int cells = 0;
    for (const auto& cell : m.cells) cells += cell.sector_id == s.id ? 1 : 0;
    sectors.push_back({{"id", s.id},
                       {"name", s.name},
                       {"cells", ctx.t("competence.manage.cells", {{"count", std::to_string(cells)}})}});
  }
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"competencies", competencies},
                      {"sectors", sectors},
                      {"no_sectors", m.sectors.empty()},
                      {"error", or_null(error)}};
  return page(ctx, "competence_manage", view, ctx.t("competence.manage.title"), status);
}

Response competence_manage(Context& ctx) {
  auto access = org_in_path(ctx, kCompetenceWriter);
  if (!access) return error_response(ctx, access.error());
  return competence_manage_page(ctx, *access, "", 200);
}

}  // namespace forkant::web::pages
