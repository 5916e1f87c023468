// Starting a step (only with a success criterion); a refusal shows the goal with the reason.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response step_start(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  auto started = ctx.app.services().decisions->start_step(*row, ctx.user->id);
  if (!started) return refused_on_goal(ctx, *access, *row, started.error());
  return redirect(goal_path(*access, row->step) + "#step-" + std::to_string(row->step.id));
}

}  // namespace forkant::web::pages
