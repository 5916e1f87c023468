// The small steps of a goal: add one, start, complete (with its evaluation and, for adjust and stop, the
// decision that follows) and drop it.
#include "web/api/decisions_api.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

Response step_response(Context& ctx, int status, const Step& step) {
  return json_response(status, step_to_json(step, ctx.app.services().decisions->today()));
}

}  // namespace

Response create_step(Context& ctx) {
  auto request = with_body(ctx, goal_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto& goal = request->target;
  FieldReader f(request->body);
  Step step;
  step.hypothesis = f.string("hypothesis").value_or("");
  step.success_criterion = f.string("success_criterion", false).value_or("");
  step.owner_user_id = f.integer("owner_id").value_or(0);
  auto due = read_date(f, "due_on", true);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!due) return error_response(ctx, due.error());
  step.due_on = due->value_or(Date{});
  auto& svc = *ctx.app.services().decisions;
  auto id = svc.add_step(goal, ctx.user->id, step);
  if (!id) return error_response(ctx, id.error());
  return step_response(ctx, 201, svc.find_step(*id)->step);
}

// The version the edit was made against is required; the fields left out keep their value.
Response edit_step(Context& ctx) {
  auto request = with_body(ctx, step_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  const StepRow& row = request->target;
  FieldReader f(request->body);
  const auto version = f.integer<int>("version");
  Step step = row.step;
  if (auto v = f.string("hypothesis", false)) step.hypothesis = *v;
  if (auto v = f.string("success_criterion", false)) step.success_criterion = *v;
  if (auto v = f.integer("owner_id", false)) step.owner_user_id = *v;
  auto due = read_date(f, "due_on", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!due) return error_response(ctx, due.error());
  if (*due) step.due_on = **due;
  auto edited = ctx.app.services().decisions->edit_step(row, ctx.user->id, version.value_or(0), step);
  if (!edited) return error_response(ctx, edited.error());
  return step_response(ctx, 200, *edited);
}

Response start_step(Context& ctx) {
  auto row = step_in_path(ctx, Role::leader);
  if (!row) return error_response(ctx, row.error());
  auto step = ctx.app.services().decisions->start_step(*row, ctx.user->id);
  if (!step) return error_response(ctx, step.error());
  return step_response(ctx, 200, *step);
}

Response complete_step(Context& ctx) {
  auto request = with_body(ctx, step_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto& row = request->target;
  FieldReader f(request->body);
  StepCompletion completion;
  completion.evaluation.result = f.string("result", false).value_or("");
  completion.evaluation.learned = f.string("learned", false).value_or("");
  const auto verdict = f.string("verdict", false);
  auto evaluated_on = read_date(f, "evaluated_on", false);
  const auto* decision = f.any("decision", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!evaluated_on) return error_response(ctx, evaluated_on.error());
  if (*evaluated_on) completion.evaluation.evaluated_on = **evaluated_on;
  if (verdict) {
    completion.evaluation.verdict = verdict_from_string(*verdict);
    if (!completion.evaluation.verdict) {
      return error_response(
          ctx, Error::invalid("unknown_verdict", "error.unknown_verdict", {{"verdict", *verdict}}));
    }
  }
  if (decision) {
    if (!decision->is_object()) return error_response(ctx, wrong_type("decision"));
    DecisionDraft defaults;
    if (completion.evaluation.verdict)
      defaults.kind = outcome_of(*completion.evaluation.verdict).suggested_kind;
    defaults.decided_on = completion.evaluation.evaluated_on.ok() ? completion.evaluation.evaluated_on
                                                                  : ctx.app.services().decisions->today();
    defaults.goal_id = row.step.goal_id;
    defaults.owner_user_id = row.step.owner_user_id;
    auto draft = read_draft(*decision, defaults, false);
    if (!draft) return error_response(ctx, draft.error());
    completion.follow_up = *draft;
  }
  auto done = ctx.app.services().decisions->complete_step(row, ctx.user->id, completion);
  if (!done) return error_response(ctx, done.error());
  nlohmann::json out = step_to_json(done->step, ctx.app.services().decisions->today());
  out["decision_id"] = done->decision_id ? nlohmann::json(*done->decision_id) : nlohmann::json(nullptr);
  return json_response(200, out);
}

Response drop_step(Context& ctx) {
  auto request = with_body(ctx, step_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  auto& row = request->target;
  FieldReader f(request->body);
  const auto reason = f.string("reason", false).value_or("");
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto step = ctx.app.services().decisions->drop_step(row, ctx.user->id, reason);
  if (!step) return error_response(ctx, step.error());
  return step_response(ctx, 200, *step);
}

}  // namespace forkant::web::api
