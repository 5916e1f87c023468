// The competence matrix: rows the organisation's competencies (the AI Act's Art. 4 row first), columns the
// six roles, each cell today's level, the level needed and the gap. A sector chosen in the filter shows
// that sector's cells, and where a role has none there, the cell for every sector (marked so).
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response competencies_matrix(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto& svc = *ctx.app.services().competence;
  const auto m = svc.matrix(access->org_id);

  std::optional<std::int64_t> sector_id;
  const auto chosen = ctx.query().get("sector");
  if (!chosen.empty()) {
    sector_id = parse_id(chosen);
    if (!sector_id || !m.sector(*sector_id)) return error_response(ctx, Error::not_found());
  }
  nlohmann::json sectors = nlohmann::json::array();
  for (const auto& s : m.sectors) {
    sectors.push_back({{"id", s.id}, {"name", s.name}, {"selected", sector_id == s.id}});
  }
  nlohmann::json roles = nlohmann::json::array();
  for (const auto r : kCompetenceRoles) roles.push_back({{"label", competence_role_label(ctx, r)}});

  nlohmann::json rows = nlohmann::json::array();
  for (const auto& competence : m.competencies) {
    nlohmann::json cells = nlohmann::json::array();
    for (const auto r : kCompetenceRoles) {
      const auto* cell = m.cell_at(competence.id, r, sector_id);
      bool inherited = false;
      if (!cell && sector_id) {
        cell = m.cell_at(competence.id, r, std::nullopt);
        inherited = cell != nullptr;
      }
      nlohmann::json view{
          {"role", competence_role_label(ctx, r)},
          {"href", competence_cell_path(access->org_id, competence.id, r, sector_id)},
          {"recorded", cell != nullptr},
          {"inherited", inherited},
          {"duty_unassessed", cell == nullptr && competence.legal_duty() && ai_literacy_concerns(r)}};
      if (cell) {
        const int gap = gap_size(*cell);
        view["current"] = cell->current_level;
        view["needed"] = cell->needed_level;
        view["current_label"] = competence_level_label(ctx, cell->current_level);
        view["needed_label"] = competence_level_label(ctx, cell->needed_level);
        view["gap"] = gap > 0
                          ? nlohmann::json(ctx.t("competence.matrix.gap", {{"size", std::to_string(gap)}}))
                          : nlohmann::json(nullptr);
        view["has_step"] = cell->step_id.has_value();
      }
      cells.push_back(view);
    }
    rows.push_back({{"name", competence_name(ctx, competence)},
                    {"description", or_null(competence.description)},
                    {"legal_duty", competence.legal_duty()},
                    {"in_force", competence.legal_duty()
                                     ? nlohmann::json(format_date_text(kAiLiteracy.in_force, ctx.lang))
                                     : nlohmann::json(nullptr)},
                    {"cells", cells}});
  }
  const auto* sector = sector_id ? m.sector(*sector_id) : nullptr;
  const auto gaps = svc.ranked_gaps(m);
  nlohmann::json view{
      {"org", org_view(ctx, access->org_id, access->role)},
      {"can_write", role_at_least(access->role, kCompetenceWriter)},
      {"sectors", sectors},
      {"has_sectors", !m.sectors.empty()},
      {"all_selected", !sector_id.has_value()},
      {"scope", sector ? sector->name : ctx.t("competence.sector.all")},
      {"roles", roles},
      {"rows", rows},
      {"gap_count", ctx.t("competence.matrix.gap_count", {{"count", std::to_string(gaps.size())}})},
      {"without_step", std::to_string(gaps_without_step(gaps).size())}};
  return page(ctx, "competence_matrix", view, ctx.t("competence.matrix.title"));
}

}  // namespace forkant::web::pages
