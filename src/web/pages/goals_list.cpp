// The big goals of an organisation, each with its progress in small steps, and the form that creates one.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response goals_list_page(Context& ctx, const OrgAccess& access, const Goal& input, const std::string& error,
                         int status) {
  auto& svc = *ctx.app.services().decisions;
  const auto steps = svc.steps(access.org_id);
  const Date today = svc.today();
  nlohmann::json goals = nlohmann::json::array();
  for (const auto& g : svc.goals(access.org_id)) {
    int total = 0, done = 0, overdue = 0;
    for (const auto& s : steps) {
      if (s.goal_id != g.id) continue;
      ++total;
      if (s.status == StepStatus::done) ++done;
      if (is_overdue(s, today)) ++overdue;
    }
    std::string questions;
    for (const int q : g.questions) questions += (questions.empty() ? "" : ", ") + std::to_string(q);
    goals.push_back({{"id", g.id},
                     {"title", g.title},
                     {"description", g.description},
                     {"horizon", format_date_text(g.horizon, ctx.lang)},
                     {"questions", or_null(questions)},
                     {"progress", ctx.t("goal.progress",
                                        {{"done", std::to_string(done)}, {"total", std::to_string(total)}})},
                     {"overdue", overdue > 0 ? nlohmann::json(ctx.t("goal.overdue_count",
                                                                    {{"count", std::to_string(overdue)}}))
                                             : nlohmann::json(nullptr)}});
  }
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"can_write", role_at_least(access.role, Role::leader)},
                      {"goals", goals},
                      {"empty", goals.empty()},
                      {"title", input.title},
                      {"description", input.description},
                      {"question_choices", question_choices(ctx, input.questions)},
                      {"horizon", input.horizon.ok() ? format_iso_date(input.horizon) : ""},
                      {"error", or_null(error)}};
  return page(ctx, "goals_list", view, ctx.t("goal.list.title"), status);
}

Response goals_list(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return goals_list_page(ctx, *access, Goal{}, "", 200);
}

}  // namespace forkant::web::pages
