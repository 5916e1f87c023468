// The big goals of an organisation, each with its progress in small steps; creating a goal.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Response goals_page(Context& ctx, const OrgAccess& access, const Goal& input, const std::string& error,
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
                     {"horizon", format_iso_date(g.horizon)},
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

}  // namespace

Response goals_list(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return goals_page(ctx, *access, Goal{}, "", 200);
}

Response goal_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto& form = ctx.form();
  Goal goal;
  goal.title = form.get("title");
  goal.description = form.get("description");
  goal.horizon = parse_iso_date(form.get("horizon")).value_or(Date{});
  for (const auto& q : form.all("questions")) {
    const auto n = parse_number(q, 999);
    if (!n) {
      const Error e = Error::invalid("unknown_question", "error.unknown_question", {{"question", q}});
      return goals_page(ctx, *access, goal, form_error(ctx, e), http_status(e));
    }
    goal.questions.insert(*n);
  }
  auto id = ctx.app.services().decisions->create_goal(access->org_id, ctx.user->id, goal);
  if (!id) return goals_page(ctx, *access, goal, form_error(ctx, id.error()), http_status(id.error()));
  return redirect("/orgs/" + std::to_string(access->org_id) + "/goals/" + std::to_string(*id));
}

}  // namespace forkant::web::pages
