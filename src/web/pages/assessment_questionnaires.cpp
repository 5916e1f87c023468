// The organisation's questionnaire library: the questionnaires imported (Canada's AIA as SurveyJS JSON,
// which people bring themselves) and the built-in screening, with the import form (coordinators).
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response questionnaires_page(Context& ctx, const OrgAccess& access, const std::string& error, int status) {
  auto& impact = *ctx.app.services().impact;
  const auto names = member_names(ctx, access.org_id);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& q : impact.questionnaires(access.org_id)) {
    const auto by = q.imported_by ? names.find(*q.imported_by) : names.end();
    rows.push_back(
        {{"title", q.title},
         {"kind", q.kind},
         {"version", q.version},
         {"format", ctx.t("impact.format." + std::string{to_string(q.format)})},
         {"sha256", q.sha256.substr(0, 12)},
         {"imported_on", format_date_text(utc_day(q.imported_at), ctx.lang)},
         {"imported_by", by == names.end() ? nlohmann::json(nullptr) : nlohmann::json(by->second)}});
  }
  const auto& builtin = impact.builtins().screening.questionnaire;
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"questionnaires", rows},
                      {"has_questionnaires", !rows.empty()},
                      {"builtin", {{"title", local_text(ctx, builtin.title)}, {"version", builtin.version}}},
                      {"can_import", role_at_least(access.role, Role::coordinator)},
                      {"action", "/orgs/" + std::to_string(access.org_id) + "/assessments/questionnaires"},
                      {"routing_path", "/orgs/" + std::to_string(access.org_id) + "/assessments/routing"},
                      {"imported", ctx.query().get("imported") == "1"},
                      {"error", or_null(error)}};
  return page(ctx, "impact_questionnaires", view, ctx.t("impact.library.title"), status);
}

Response assessment_questionnaires(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return questionnaires_page(ctx, *access, "", 200);
}

}  // namespace forkant::web::pages
