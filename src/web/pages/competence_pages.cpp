// Helpers the competence matrix's pages share (competence_pages.hpp).
#include "web/pages/competence_pages.hpp"

#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"

namespace forkant::web::pages {

std::string competencies_path(std::int64_t org_id) {
  return "/orgs/" + std::to_string(org_id) + "/competencies";
}

std::string competence_cell_path(std::int64_t org_id, std::int64_t competence_id, CompetenceRole role,
                                 std::optional<std::int64_t> sector_id) {
  return competencies_path(org_id) + "/cell?competence=" + std::to_string(competence_id) +
         "&role=" + std::string(to_string(role)) + (sector_id ? "&sector=" + std::to_string(*sector_id) : "");
}

std::string competence_role_label(const Context& ctx, CompetenceRole role) {
  return ctx.t("competence.role." + std::string(to_string(role)));
}

std::string competence_level_label(const Context& ctx, int level) {
  return std::to_string(level) + " – " + ctx.t("competence.level." + std::to_string(level));
}

std::string competence_route_label(const Context& ctx, CompetenceRoute route) {
  return ctx.t("competence.route." + std::string(to_string(route)));
}

std::string competence_name(const Context& ctx, const std::string& name, const std::string& builtin) {
  return builtin.empty() ? name : ctx.t("competence.builtin." + builtin + ".name");
}

std::string competence_name(const Context& ctx, const Competence& competence) {
  return competence_name(ctx, competence.name, competence.builtin);
}

GapStepWording gap_step_wording(const Context& ctx, const RankedGap& gap) {
  const std::map<std::string, std::string> params{
      {"competence", competence_name(ctx, gap.competence_name, gap.competence_builtin)},
      {"role", competence_role_label(ctx, gap.cell.role)},
      {"sector", gap.sector_name.empty() ? ctx.t("competence.sector.all") : gap.sector_name},
      {"from", competence_level_label(ctx, gap.cell.current_level)},
      {"to", competence_level_label(ctx, gap.cell.needed_level)},
      {"route",
       gap.cell.route ? competence_route_label(ctx, *gap.cell.route) : ctx.t("competence.route.none")}};
  return {ctx.t("competence.step.hypothesis", params), ctx.t("competence.step.criterion", params)};
}

nlohmann::json ranked_gaps_view(Context& ctx, const OrgAccess& access, const std::vector<RankedGap>& gaps) {
  const auto names = member_names(ctx, access.org_id);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& g : gaps) {
    const auto& c = g.cell;
    std::string owner;
    if (c.owner_user_id) {
      const auto it = names.find(*c.owner_user_id);
      owner = it == names.end() ? "" : it->second;
    }
    nlohmann::json step = nullptr;
    if (c.step_id) {
      if (const auto row = ctx.app.services().decisions->find_step(*c.step_id);
          row && row->org_id == access.org_id) {
        step = {{"href", "/orgs/" + std::to_string(access.org_id) + "/goals/" +
                             std::to_string(row->step.goal_id) + "#step-" + std::to_string(row->step.id)},
                {"text", row->step.hypothesis}};
      }
    }
    out.push_back(
        {{"rank", g.rank},
         {"cell_id", c.id},
         {"competence", competence_name(ctx, g.competence_name, g.competence_builtin)},
         {"legal_duty", g.legal_duty},
         {"role", competence_role_label(ctx, c.role)},
         {"sector", g.sector_name.empty() ? ctx.t("competence.sector.all") : g.sector_name},
         {"current", competence_level_label(ctx, c.current_level)},
         {"needed", competence_level_label(ctx, c.needed_level)},
         {"size", g.size},
         {"route", c.route ? nlohmann::json(competence_route_label(ctx, *c.route)) : nlohmann::json(nullptr)},
         {"owner", or_null(owner)},
         {"due_on",
          c.due_on ? nlohmann::json(format_date_text(*c.due_on, ctx.lang)) : nlohmann::json(nullptr)},
         {"due_iso", c.due_on ? format_iso_date(*c.due_on) : ""},
         {"overdue", g.overdue},
         {"needs_date", !c.due_on.has_value()},
         {"step", step},
         {"needs_step", !c.step_id.has_value()},
         {"href", competence_cell_path(access.org_id, c.competence_id, c.role, c.sector_id)}});
  }
  return out;
}

}  // namespace forkant::web::pages
