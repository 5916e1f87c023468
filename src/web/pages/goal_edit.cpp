// The form that edits a goal (a new version, against the version the editor saw); goal_update.cpp saves it.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response goal_edit_page(Context& ctx, const OrgAccess& access, const Goal& stored, const Goal& input,
                        int version, const std::string& error, bool show_stored, int status) {
  const std::string goal_url =
      "/orgs/" + std::to_string(access.org_id) + "/goals/" + std::to_string(stored.id);
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"goal_url", goal_url},
                      {"stored_title", stored.title},
                      {"title", input.title},
                      {"description", input.description},
                      {"question_choices", question_choices(ctx, input.questions)},
                      {"horizon", input.horizon.ok() ? format_iso_date(input.horizon) : ""},
                      {"version", std::to_string(version)},
                      {"error", or_null(error)},
                      {"stored", nullptr}};
  if (show_stored) {
    // A stale edit: what is saved now, beside the user's own text kept in the form.
    std::string questions;
    for (const int q : stored.questions)
      questions += (questions.empty() ? "" : ", ") + question_label(ctx, q);
    view["stored"] = nlohmann::json::array(
        {{{"label", ctx.t("goal.field.title")}, {"value", stored.title}},
         {{"label", ctx.t("goal.field.description")}, {"value", stored.description}},
         {{"label", ctx.t("decision.field.questions")}, {"value", questions}},
         {{"label", ctx.t("goal.field.horizon")}, {"value", format_date_text(stored.horizon, ctx.lang)}}});
  }
  return page(ctx, "goals_edit", view, ctx.t("goal.edit.title"), status);
}

Response goal_edit(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto goal = goal_in_path(ctx, *access);
  if (!goal) return error_response(ctx, goal.error());
  return goal_edit_page(ctx, *access, *goal, *goal, goal->version, "", false, 200);
}

}  // namespace forkant::web::pages
