// Saving an edit of a step (hypothesis, success criterion, owner, frist as its status allows). A refused
// edit shows the form again with the input kept; a stale one also shows what is saved now.
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response step_update(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  const auto& form = ctx.form();
  const int version = static_cast<int>(parse_id(form.get("version")).value_or(0) % 1000000);
  Step input = row->step;  // a field the form leaves out (locked by the status) keeps its value
  if (auto v = form.find("hypothesis")) input.hypothesis = *v;
  if (auto v = form.find("success_criterion")) input.success_criterion = *v;
  if (auto v = form.find("owner")) input.owner_user_id = parse_id(*v).value_or(0);
  if (auto v = form.find("due_on")) {
    const auto due = parse_iso_date(*v);
    if (!due) {
      const Error e = Error::invalid("invalid_date", "error.invalid_date", {{"field", "due_on"}});
      return step_edit_page(ctx, *access, *row, input, version, form_error(ctx, e), false, http_status(e));
    }
    input.due_on = *due;
  }
  auto& svc = *ctx.app.services().decisions;
  auto edited = svc.edit_step(*row, ctx.user->id, version, input);
  if (!edited) {
    const bool stale = edited.error().code == "stale_version";
    const auto now = stale ? svc.find_step(row->step.id) : std::nullopt;
    return step_edit_page(ctx, *access, now.value_or(*row), input, now ? now->step.version : version,
                          form_error(ctx, edited.error()), stale, http_status(edited.error()));
  }
  return redirect(goal_path(*access, row->step) + "#step-" + std::to_string(row->step.id));
}

}  // namespace forkant::web::pages
