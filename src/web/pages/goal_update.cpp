// Saving an edit of a goal. A refused edit shows the form again with the reason and the input kept; a
// stale one (someone saved in between) also shows what is saved now and takes the current version, so
// that saving again is a deliberate choice.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response goal_update(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto goal = goal_in_path(ctx, *access);
  if (!goal) return error_response(ctx, goal.error());
  const int version = static_cast<int>(parse_id(ctx.form().get("version")).value_or(0) % 1000000);
  Goal input = *goal;
  if (auto s = read_goal_form(ctx.form(), input); !s) {
    return goal_edit_page(ctx, *access, *goal, input, version, form_error(ctx, s.error()), false,
                          http_status(s.error()));
  }
  auto& svc = *ctx.app.services().decisions;
  auto edited = svc.edit_goal(*goal, ctx.user->id, version, input);
  if (!edited) {
    const bool stale = edited.error().code == "stale_version";
    const auto now = stale ? svc.find_goal(goal->id) : std::nullopt;
    return goal_edit_page(ctx, *access, now.value_or(*goal), input, now ? now->version : version,
                          form_error(ctx, edited.error()), stale, http_status(edited.error()));
  }
  return redirect("/orgs/" + std::to_string(access->org_id) + "/goals/" + std::to_string(goal->id) +
                  "#history");
}

}  // namespace forkant::web::pages
