// The matrix's gaps, ranked (domain/competence/gap_ranking.hpp gives the rule, which the page states), each
// with its step or a form that makes it a step of a goal in one action.
#include "web/app.hpp"
#include "web/pages/competence_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response competence_gaps_page(Context& ctx, const OrgAccess& access, const std::string& error, int status) {
  const auto gaps = ctx.app.services().competence->ranked_gaps(access.org_id);
  nlohmann::json goals = nlohmann::json::array();
  for (const auto& goal : ctx.app.services().decisions->goals(access.org_id)) {
    goals.push_back({{"id", goal.id}, {"title", goal.title}});
  }
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"can_write", role_at_least(access.role, kCompetenceWriter)},
                      {"gaps", ranked_gaps_view(ctx, access, gaps)},
                      {"empty", gaps.empty()},
                      {"goals", goals},
                      {"has_goals", !goals.empty()},
                      {"error", or_null(error)}};
  return page(ctx, "competence_gaps", view, ctx.t("competence.gaps.title"), status);
}

Response competence_gaps(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return competence_gaps_page(ctx, *access, "", 200);
}

}  // namespace forkant::web::pages
