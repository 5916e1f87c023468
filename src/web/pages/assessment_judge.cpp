// Recording the forum's judgement of an assessment: a decision in the register (decided, deselected or
// postponed, with its rationale) linked to this exact assessment. The form names the assessment; a kind
// that is not one of the three is refused, so an altered form records nothing.
#include "web/app.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response assessment_judge(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto assessment = assessment_in_path(ctx, *access);
  if (!assessment) return error_response(ctx, assessment.error());
  const auto& form = ctx.form();
  if (form.get("assessment") != std::to_string(assessment->id)) {
    return assessment_result_page(ctx, *access, *assessment, "judgement",
                                  ctx.t("error.impact.confirm_mismatch"), 422);
  }
  const auto kind = decision_kind_from_string(form.get("kind"));
  if (!kind) {
    return assessment_result_page(ctx, *access, *assessment, "judgement",
                                  ctx.t("error.impact.judgement_kind"), 422);
  }
  JudgementInput input{*kind, form.get("rationale"), ""};
  auto decision = ctx.app.services().impact->record_judgement(*assessment, ctx.user->id, input, ctx.lang);
  if (!decision) {
    return assessment_result_page(ctx, *access, *assessment, "judgement",
                                  error_message(ctx, decision.error()), http_status(decision.error()));
  }
  return redirect(assessment_path(access->org_id, assessment->id) + "#judgement");
}

}  // namespace forkant::web::pages
