// The form of one cell of the matrix (a competence for a role, in every sector or one): today's level,
// the level needed, the route, an owner, a date and a note; with the gap's step, or the form that makes
// the gap a step of a goal. The built-in row shows the AI Act's text and date.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

nlohmann::json level_options(const Context& ctx, int chosen) {
  nlohmann::json out = nlohmann::json::array();
  for (int l = kMinCompetenceLevel; l <= kMaxCompetenceLevel; ++l) {
    out.push_back({{"value", l}, {"label", competence_level_label(ctx, l)}, {"selected", l == chosen}});
  }
  return out;
}

nlohmann::json route_options(const Context& ctx, std::optional<CompetenceRoute> chosen) {
  nlohmann::json out = nlohmann::json::array();
  out.push_back({{"value", ""}, {"label", ctx.t("competence.route.none")}, {"selected", !chosen}});
  for (const auto r :
       {CompetenceRoute::train, CompetenceRoute::hire, CompetenceRoute::partner, CompetenceRoute::buy}) {
    out.push_back({{"value", std::string(to_string(r))},
                   {"label", competence_route_label(ctx, r)},
                   {"selected", chosen == r}});
  }
  return out;
}

}  // namespace

Response competence_cell_page(Context& ctx, const OrgAccess& access, const CompetenceCell& input,
                              std::optional<int> version, const std::string& error, int status) {
  auto& svc = *ctx.app.services().competence;
  const auto m = svc.matrix(access.org_id);
  const auto* competence = m.competence(input.competence_id);
  if (!competence) return error_response(ctx, Error::not_found());
  const auto* sector = input.sector_id ? m.sector(*input.sector_id) : nullptr;
  const auto* stored = m.cell_at(input.competence_id, input.role, input.sector_id);

  nlohmann::json owners = nlohmann::json::array();
  owners.push_back(
      {{"value", ""}, {"label", ctx.t("competence.owner.none")}, {"selected", !input.owner_user_id}});
  for (auto& o : member_options(ctx, access.org_id, input.owner_user_id)) owners.push_back(o);

  nlohmann::json gap = nullptr;
  if (stored) {
    for (const auto& g : svc.ranked_gaps(m)) {
      if (g.cell.id != stored->id) continue;
      nlohmann::json goals = nlohmann::json::array();
      for (const auto& goal : ctx.app.services().decisions->goals(access.org_id)) {
        goals.push_back({{"id", goal.id}, {"title", goal.title}});
      }
      gap = ranked_gaps_view(ctx, access, {g}).front();
      gap["goals"] = goals;
      gap["has_goals"] = !goals.empty();
      gap["action"] = competencies_path(access.org_id) + "/cells/" + std::to_string(stored->id) + "/step";
    }
  }
  const std::string sector_name = sector ? sector->name : ctx.t("competence.sector.all");
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"can_write", role_at_least(access.role, kCompetenceWriter)},
                      {"competence", competence_name(ctx, *competence)},
                      {"description", or_null(competence->description)},
                      {"legal_duty", competence->legal_duty()},
                      {"in_force", format_date_text(kAiLiteracy.in_force, ctx.lang)},
                      {"duty_concerns_role", competence->legal_duty() && ai_literacy_concerns(input.role)},
                      {"role", competence_role_label(ctx, input.role)},
                      {"sector", sector_name},
                      {"competence_id", input.competence_id},
                      {"role_code", std::string(to_string(input.role))},
                      {"sector_id", input.sector_id ? std::to_string(*input.sector_id) : ""},
                      {"version", version ? std::to_string(*version) : ""},
                      {"current_levels", level_options(ctx, input.current_level)},
                      {"needed_levels", level_options(ctx, input.needed_level)},
                      {"routes", route_options(ctx, input.route)},
                      {"owners", owners},
                      {"due_on", input.due_on ? format_iso_date(*input.due_on) : ""},
                      {"note", input.note},
                      {"gap", gap},
                      {"back", competencies_path(access.org_id) +
                                   (input.sector_id ? "?sector=" + std::to_string(*input.sector_id) : "")},
                      {"error", or_null(error)}};
  return page(ctx, "competence_cell", view,
              ctx.t("competence.cell.title", {{"competence", competence_name(ctx, *competence)},
                                              {"role", competence_role_label(ctx, input.role)},
                                              {"sector", sector_name}}),
              status);
}

Response competence_cell_form(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto& q = ctx.query();
  const auto competence_id = parse_id(q.get("competence"));
  const auto role = competence_role_from_string(q.get("role"));
  std::optional<std::int64_t> sector_id;
  if (!q.get("sector").empty()) {
    sector_id = parse_id(q.get("sector"));
    if (!sector_id) return error_response(ctx, Error::not_found());
  }
  if (!competence_id || !role) return error_response(ctx, Error::not_found());
  auto& svc = *ctx.app.services().competence;
  const auto competence = svc.find_competence(*competence_id);
  if (!competence || competence->org_id != access->org_id) return error_response(ctx, Error::not_found());
  if (sector_id) {
    const auto sector = svc.find_sector(*sector_id);
    if (!sector || sector->org_id != access->org_id) return error_response(ctx, Error::not_found());
  }
  const auto m = svc.matrix(access->org_id);
  CompetenceCell input;
  input.competence_id = *competence_id;
  input.role = *role;
  input.sector_id = sector_id;
  std::optional<int> version;
  if (const auto* stored = m.cell_at(*competence_id, *role, sector_id)) {
    input = *stored;
    version = stored->version;
  } else if (competence->legal_duty() && ai_literacy_concerns(*role)) {
    input.needed_level = 2;  // the duty asks for a sufficient level: "applies with support" as the default
  }
  return competence_cell_page(ctx, *access, input, version, "", 200);
}

}  // namespace forkant::web::pages
