// What happens to a step: start it (only with a success criterion), evaluate it when it is done (result,
// what was learned, the verdict; for adjust and stop also the decision that follows, on the same form)
// or drop it with a reason.
#include "domain/decisions/field_check.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

constexpr const char* kDecisionPrefix = "d_";

std::string goal_path(const OrgAccess& access, const Step& step) {
  return "/orgs/" + std::to_string(access.org_id) + "/goals/" + std::to_string(step.goal_id);
}

Response refused_on_goal(Context& ctx, const OrgAccess& access, const StepRow& row, const Error& error) {
  const auto goal = ctx.app.services().decisions->find_goal(row.step.goal_id);
  return goal_page(ctx, access, *goal, Step{}, form_error(ctx, error), http_status(error));
}

// The decision a change of course leads to, with what the step already tells.
DecisionDraft follow_up_defaults(Context& ctx, const StepRow& row, std::optional<Verdict> verdict) {
  DecisionDraft d;
  d.kind = verdict ? outcome_of(*verdict).suggested_kind : DecisionKind::decided;
  d.owner_user_id = row.step.owner_user_id;
  d.goal_id = row.step.goal_id;
  d.decided_on = ctx.app.services().decisions->today();
  d.body = ctx.t("decision.body.default");
  if (const auto goal = ctx.app.services().decisions->find_goal(row.step.goal_id))
    d.questions = goal->questions;
  return d;
}

Response evaluate_page(Context& ctx, const OrgAccess& access, const StepRow& row, const Evaluation& input,
                       const DecisionDraft& follow_up, const std::string& error, int status) {
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

}  // namespace

Response step_start(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  auto started = ctx.app.services().decisions->start_step(*row, ctx.user->id);
  if (!started) return refused_on_goal(ctx, *access, *row, started.error());
  return redirect(goal_path(*access, row->step) + "#step-" + std::to_string(row->step.id));
}

Response step_evaluate_form(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  return evaluate_page(ctx, *access, *row, Evaluation{}, follow_up_defaults(ctx, *row, std::nullopt), "",
                       200);
}

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
    if (!read)
      return evaluate_page(ctx, *access, *row, completion.evaluation, follow_up,
                           form_error(ctx, read.error()), http_status(read.error()));
    completion.follow_up = follow_up;
  }
  auto done = ctx.app.services().decisions->complete_step(*row, ctx.user->id, completion);
  if (!done) {
    return evaluate_page(ctx, *access, *row, completion.evaluation, follow_up, form_error(ctx, done.error()),
                         http_status(done.error()));
  }
  if (done->decision_id) {
    return redirect("/orgs/" + std::to_string(access->org_id) + "/decisions/" +
                    std::to_string(*done->decision_id));
  }
  return redirect(goal_path(*access, row->step) + "#step-" + std::to_string(row->step.id));
}

Response step_drop(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto row = step_in_path(ctx, *access);
  if (!row) return error_response(ctx, row.error());
  auto dropped = ctx.app.services().decisions->drop_step(*row, ctx.user->id, ctx.form().get("reason"));
  if (!dropped) return refused_on_goal(ctx, *access, *row, dropped.error());
  return redirect(goal_path(*access, row->step) + "#step-" + std::to_string(row->step.id));
}

}  // namespace forkant::web::pages
