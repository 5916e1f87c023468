// Creating a goal; a refused form is shown again with the reason and the input kept.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response goal_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto& form = ctx.form();
  Goal goal;
  if (auto s = read_goal_form(form, goal); !s) {
    return goals_list_page(ctx, *access, goal, form_error(ctx, s.error()), http_status(s.error()));
  }
  auto id = ctx.app.services().decisions->create_goal(access->org_id, ctx.user->id, goal);
  if (!id) return goals_list_page(ctx, *access, goal, form_error(ctx, id.error()), http_status(id.error()));
  return redirect("/orgs/" + std::to_string(access->org_id) + "/goals/" + std::to_string(*id));
}

}  // namespace forkant::web::pages
