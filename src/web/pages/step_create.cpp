// Adding a step to a goal; a refused step shows the goal again with the input kept.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response step_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto goal = goal_in_path(ctx, *access);
  if (!goal) return error_response(ctx, goal.error());
  const auto& form = ctx.form();
  Step step;
  step.hypothesis = form.get("hypothesis");
  step.success_criterion = form.get("success_criterion");
  if (const auto owner = parse_id(form.get("owner"))) step.owner_user_id = *owner;
  step.due_on = parse_iso_date(form.get("due_on")).value_or(Date{});
  auto id = ctx.app.services().decisions->add_step(*goal, ctx.user->id, step);
  if (!id)
    return goal_detail_page(ctx, *access, *goal, step, form_error(ctx, id.error()), http_status(id.error()));
  return redirect("/orgs/" + std::to_string(access->org_id) + "/goals/" + std::to_string(goal->id) +
                  "#step-" + std::to_string(*id));
}

}  // namespace forkant::web::pages
