// Evaluating a step when it is done: result, what was learned, the verdict; for adjust and stop also the
// decision that follows, on the same form (its POST is step_complete.cpp).
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response step_evaluate_form_page(Context& ctx, const OrgAccess& access, const StepRow& row,
                                 const Evaluation& input, const DecisionDraft& follow_up,
                                 const std::string& error, int status) {
  nlohmann::json verdicts = nlohmann::json::array();
  for (const auto v : {Verdict::continue_, Verdict::adjust, Verdict::stop}) {
    const std::string name{to_string(v)};
    verdicts.push_back({{"value", name},
                        {"label", ctx.t("verdict." + name)},
                        {"hint", ctx.t("verdict.hint." + name)},
                        {"checked", input.verdict == v}});
  }
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"hypothesis", row.step.hypothesis},
      {"criterion", row.step.success_criterion},
      {"action",
       "/orgs/" + std::to_string(access.org_id) + "/steps/" + std::to_string(row.step.id) + "/complete"},
      {"back", goal_path(access, row.step)},
      {"result", input.result},
      {"learned", input.learned},
      {"evaluated_on",
       format_iso_date(input.evaluated_on.ok() ? input.evaluated_on : ctx.app.services().decisions->today())},
      {"verdicts", verdicts},
      {"decision_fields", decision_fields_html(ctx, access.org_id, follow_up, kDecisionPrefix)},
      {"error", or_null(error)}};
  return page(ctx, "goals_evaluate", view, ctx.t("step.evaluate.title"), status);
}

Response step_evaluate_form(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  return step_evaluate_form_page(ctx, *access, *row, Evaluation{},
                                 follow_up_defaults(ctx, *row, std::nullopt), "", 200);
}

}  // namespace forkant::web::pages
