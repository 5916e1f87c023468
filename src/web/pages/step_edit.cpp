// The form that edits a step (a new version, against the version the editor saw); step_update.cpp saves
// it. Fields the step's status locks (goal_history.hpp) are shown as text, not as inputs.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response step_edit_page(Context& ctx, const OrgAccess& access, const StepRow& stored, const Step& input,
                        int version, const std::string& error, bool show_stored, int status) {
  const auto names = member_names(ctx, access.org_id);
  const auto owner_name = [&](std::int64_t id) {
    const auto it = names.find(id);
    return it == names.end() ? std::string{} : it->second;
  };
  const auto editable = editable_fields(stored.step.status);
  const std::string status_name{to_string(stored.step.status)};
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"goal_url", goal_path(access, stored.step) + "#step-" + std::to_string(stored.step.id)},
      {"action",
       "/orgs/" + std::to_string(access.org_id) + "/steps/" + std::to_string(stored.step.id) + "/edit"},
      {"status", ctx.t("step.status." + status_name)},
      {"locked_hint", ctx.t("step.edit.locked." + status_name)},
      {"edit_hypothesis", editable.contains(StepField::hypothesis)},
      {"edit_criterion", editable.contains(StepField::success_criterion)},
      {"edit_due", editable.contains(StepField::due_on)},
      {"hypothesis", input.hypothesis},
      {"criterion", input.success_criterion},
      {"owners", member_options(ctx, access.org_id, input.owner_user_id)},
      {"due_on", input.due_on.ok() ? format_iso_date(input.due_on) : ""},
      {"due_text", input.due_on.ok() ? format_date_text(input.due_on, ctx.lang) : ""},
      {"version", std::to_string(version)},
      {"error", or_null(error)},
      {"stored", nullptr}};
  if (show_stored) {
    const Step& s = stored.step;
    view["stored"] = nlohmann::json::array(
        {{{"label", ctx.t("step.field.hypothesis")}, {"value", s.hypothesis}},
         {{"label", ctx.t("step.field.criterion")}, {"value", s.success_criterion}},
         {{"label", ctx.t("decision.field.owner")}, {"value", owner_name(s.owner_user_id)}},
         {{"label", ctx.t("step.field.due")}, {"value", format_date_text(s.due_on, ctx.lang)}}});
  }
  return page(ctx, "steps_edit", view, ctx.t("step.edit.title"), status);
}

Response step_edit(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  return step_edit_page(ctx, *access, *row, row->step, row->step.version, "", false, 200);
}

}  // namespace forkant::web::pages
