// Completing a step with its evaluation and, when the decision fields were filled in, the decision that
// follows; a refusal shows the evaluation form again with the input kept.
#include "domain/decisions/field_check.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response step_complete(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  const auto& form = ctx.form();
  StepCompletion completion;
  completion.evaluation.result = form.get("result");
  completion.evaluation.learned = form.get("learned");
  completion.evaluation.verdict = verdict_from_string(form.get("verdict"));
  completion.evaluation.evaluated_on = parse_iso_date(form.get("evaluated_on")).value_or(Date{});
  DecisionDraft follow_up = follow_up_defaults(ctx, *row, completion.evaluation.verdict);
  if (completion.evaluation.evaluated_on.ok()) follow_up.decided_on = completion.evaluation.evaluated_on;
  const auto read = read_draft_form(form, kDecisionPrefix, follow_up);
  // The decision fields count as filled in when a title or a rationale was written.
  if (!is_blank(form.get("d_title")) || !is_blank(form.get("d_rationale"))) {
    if (!read) {
      return step_evaluate_form_page(ctx, *access, *row, completion.evaluation, follow_up,
                                     form_error(ctx, read.error()), http_status(read.error()));
    }
    completion.follow_up = follow_up;
  }
  auto done = ctx.app.services().decisions->complete_step(*row, ctx.user->id, completion);
  if (!done) {
    return step_evaluate_form_page(ctx, *access, *row, completion.evaluation, follow_up,
                                   form_error(ctx, done.error()), http_status(done.error()));
  }
  if (done->decision_id) {
    return redirect("/orgs/" + std::to_string(access->org_id) + "/decisions/" +
                    std::to_string(*done->decision_id));
  }
  return redirect(goal_path(*access, row->step) + "#step-" + std::to_string(row->step.id));
}

}  // namespace forkant::web::pages
