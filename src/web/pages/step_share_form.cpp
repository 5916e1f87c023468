// The share page of an evaluated step: its lesson (hypothesis, result, what was learned, the verdict) and
// the "Del med netværk" section; linked from the goal's page. A step that is not evaluated has no lesson
// and its page says so.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/network_sharing_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response step_share_page(Context& ctx, const OrgAccess& access, const StepRow& row, const ShareInput* input,
                         int status) {
  const auto goal = ctx.app.services().decisions->find_goal(row.step.goal_id);
  if (!goal || goal->org_id != access.org_id) return error_response(ctx, Error::not_found());
  const auto& step = row.step;
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"goal", goal->title},
      {"back", goal_path(access, step)},
      {"hypothesis", step.hypothesis},
      {"sharing", sharing_section_html(ctx, access, lesson_subject(access, *goal, step), input)}};
  if (step.evaluation && step.evaluation->verdict) {
    view["evaluation"] = {{"result", step.evaluation->result},
                          {"learned", step.evaluation->learned},
                          {"verdict", ctx.t("verdict." + std::string(to_string(*step.evaluation->verdict)))},
                          {"evaluated_on", format_date_text(step.evaluation->evaluated_on, ctx.lang)}};
  }
  return page(ctx, "steps_share", view, ctx.t("sharing.lesson.title"), status);
}

Response step_share_form(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  return step_share_page(ctx, *access, *row, nullptr, 200);
}

}  // namespace forkant::web::pages
