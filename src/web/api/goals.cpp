// Goals: list and create per organisation; a goal with its steps on a time line, what was learned and
// what is overdue.
#include "web/api/decisions_api.hpp"
#include "web/api/write_request.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

Response goal_response(Context& ctx, int status, std::int64_t goal_id) {
  auto& svc = *ctx.app.services().decisions;
  const auto detail = svc.goal_detail(*svc.find_goal(goal_id));
  const Date today = svc.today();
  nlohmann::json out = goal_to_json(detail.goal);
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : detail.timeline) steps.push_back(step_to_json(s, today));
  nlohmann::json overdue = nlohmann::json::array();
  for (const auto& s : detail.overdue) overdue.push_back(s.id);
  nlohmann::json lessons = nlohmann::json::array();
  for (const auto& l : detail.lessons) {
    lessons.push_back({{"step_id", l.step_id},
                       {"hypothesis", l.hypothesis},
                       {"result", l.result},
                       {"learned", l.learned},
                       {"verdict", std::string{to_string(l.verdict)}},
                       {"evaluated_on", format_iso_date(l.evaluated_on)}});
  }
  out["steps"] = steps;
  out["overdue_step_ids"] = overdue;
  out["lessons"] = lessons;
  nlohmann::json history = nlohmann::json::array();
  for (const auto& [kind, entries] :
       {std::pair{"goal", &detail.goal_history}, std::pair{"step", &detail.step_history}}) {
    for (const auto& h : *entries) {
      nlohmann::json changed = nlohmann::json::array();
      for (const auto field : h.changed) changed.push_back(std::string{field});
      history.push_back({{"object", kind},
                         {"id", h.object_id},
                         {"version", h.version},
                         {"edited_by", h.edited_by ? nlohmann::json(h.edited_by) : nlohmann::json(nullptr)},
                         {"edited_at", format_iso_date(h.edited_at)},
                         {"changed", changed}});
    }
  }
  out["history"] = history;
  return json_response(status, out);
}

}  // namespace

Response list_goals(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& g : ctx.app.services().decisions->goals(org_id)) out.push_back(goal_to_json(g));
  return json_response(200, {{"goals", out}});
}

Response create_goal(Context& ctx) {
  auto request = with_body(ctx, org_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  const std::int64_t org_id = request->target.org_id;
  FieldReader f(request->body);
  Goal goal;
  goal.title = f.string("title").value_or("");
  goal.description = f.string("description", false).value_or("");
  const auto* questions = f.any("questions", false);
  auto horizon = read_date(f, "horizon", true);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!horizon) return error_response(ctx, horizon.error());
  goal.horizon = horizon->value_or(Date{});
  if (questions) {
    if (!questions->is_array()) return error_response(ctx, wrong_type("questions"));
    for (const auto& q : *questions) {
      auto n = integer_value<int>(q, "questions");
      if (!n) return error_response(ctx, n.error());
      goal.questions.insert(*n);  // the domain's rule refuses numbers outside 1..10 (unknown_question)
    }
  }
  auto id = ctx.app.services().decisions->create_goal(org_id, ctx.user->id, goal);
  if (!id) return error_response(ctx, id.error());
  return goal_response(ctx, 201, *id);
}

// The version the edit was made against is required; the fields left out keep their value.
Response edit_goal(Context& ctx) {
  auto request = with_body(ctx, goal_in_path(ctx, Role::leader));
  if (!request) return error_response(ctx, request.error());
  const Goal& current = request->target;
  FieldReader f(request->body);
  const auto version = f.integer<int>("version");
  Goal goal = current;
  if (auto title = f.string("title", false)) goal.title = *title;
  if (auto description = f.string("description", false)) goal.description = *description;
  const auto* questions = f.any("questions", false);
  auto horizon = read_date(f, "horizon", false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  if (!horizon) return error_response(ctx, horizon.error());
  if (*horizon) goal.horizon = **horizon;
  if (questions) {
    if (!questions->is_array()) return error_response(ctx, wrong_type("questions"));
    goal.questions.clear();
    for (const auto& q : *questions) {
      auto n = integer_value<int>(q, "questions");
      if (!n) return error_response(ctx, n.error());
      goal.questions.insert(*n);
    }
  }
  auto edited = ctx.app.services().decisions->edit_goal(current, ctx.user->id, version.value_or(0), goal);
  if (!edited) return error_response(ctx, edited.error());
  return goal_response(ctx, 200, current.id);
}

Response get_goal(Context& ctx) {
  auto goal = goal_in_path(ctx, Role::viewer);
  if (!goal) return error_response(ctx, goal.error());
  return goal_response(ctx, 200, goal->id);
}

}  // namespace forkant::web::api
