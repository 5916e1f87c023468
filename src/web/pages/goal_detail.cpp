// One goal: its steps on a time line (by due date, with status and what is overdue), what was learned so
// far, and the form that adds a step (step_create.cpp).
#include <algorithm>

#include "render/format.hpp"
#include "services/network_sharing.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

const char* status_badge(StepStatus s) {
  switch (s) {
    case StepStatus::planned:
      return "";
    case StepStatus::running:
      return "warn";
    case StepStatus::done:
      return "ok";
    case StepStatus::dropped:
      return "bad";
  }
  return "";
}

}  // namespace

Response goal_detail_page(Context& ctx, const OrgAccess& access, const Goal& goal, const Step& input,
                          const std::string& error, int status) {
  auto& svc = *ctx.app.services().decisions;
  const auto detail = svc.goal_detail(goal);
  const auto names = member_names(ctx, access.org_id);
  const Date today = svc.today();
  const bool can_write = role_at_least(access.role, Role::leader);
  const std::string steps_base = "/orgs/" + std::to_string(access.org_id) + "/steps/";
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : detail.timeline) {
    const auto owner = names.find(s.owner_user_id);
    nlohmann::json step{
        {"id", s.id},
        {"hypothesis", s.hypothesis},
        {"criterion", or_null(s.success_criterion)},
        {"owner", owner == names.end() ? "" : owner->second},
        {"due_on", format_date_text(s.due_on, ctx.lang)},
        {"status", ctx.t("step.status." + std::string{to_string(s.status)})},
        {"badge", status_badge(s.status)},
        {"overdue", is_overdue(s, today)},
        {"can_start", can_write && s.status == StepStatus::planned},
        {"can_complete", can_write && s.status == StepStatus::running},
        {"can_drop", can_write && (s.status == StepStatus::planned || s.status == StepStatus::running)},
        {"drop_reason", or_null(s.drop_reason)},
        {"can_edit", can_write},
        {"action_base", steps_base + std::to_string(s.id)}};
    if (s.evaluation && s.evaluation->verdict) {
      step["evaluation"] = {{"result", s.evaluation->result},
                            {"learned", s.evaluation->learned},
                            {"verdict", ctx.t("verdict." + std::string{to_string(*s.evaluation->verdict)})},
                            {"evaluated_on", format_date_text(s.evaluation->evaluated_on, ctx.lang)}};
      // The lesson may be shared with the organisation's networks from the step's share page.
      if (auto* sharing = ctx.app.services().sharing) {
        const auto shared = sharing->shares_of_lesson(access.org_id, s.id).size();
        const std::map<std::string, std::string> count{{"count", std::to_string(shared)}};
        step["share"] = {{"path", steps_base + std::to_string(s.id) + "/share"},
                         {"label", shared == 0 ? ctx.t("sharing.lesson.link")
                                               : ctx.t("sharing.lesson.shared_with", count)}};
      }
    } else {
      step["evaluation"] = nullptr;
    }
    steps.push_back(step);
  }
  nlohmann::json lessons = nlohmann::json::array();
  for (const auto& l : detail.lessons) {
    lessons.push_back({{"hypothesis", l.hypothesis},
                       {"learned", l.learned},
                       {"verdict", ctx.t("verdict." + std::string{to_string(l.verdict)})},
                       {"evaluated_on", format_date_text(l.evaluated_on, ctx.lang)}});
  }
  // The history of the goal and its steps, newest first.
  std::map<std::int64_t, std::string> step_titles;
  for (const auto& s : detail.timeline) step_titles[s.id] = s.hypothesis;
  std::vector<std::pair<const EditEntry*, bool>> entries;  // (entry, is a step)
  for (const auto& h : detail.goal_history) entries.emplace_back(&h, false);
  for (const auto& h : detail.step_history) entries.emplace_back(&h, true);
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.first->edited_at > b.first->edited_at; });
  nlohmann::json history = nlohmann::json::array();
  for (const auto& [h, is_step] : entries) {
    std::string changed;
    for (const auto field : h->changed) {
      changed += (changed.empty() ? "" : ", ") + ctx.t("goal.history.field." + std::string{field});
    }
    const auto editor = names.find(h->edited_by);
    history.push_back({{"object", is_step ? ctx.t("goal.history.step", {{"title", step_titles[h->object_id]}})
                                          : ctx.t("goal.history.goal")},
                       {"anchor", is_step ? "#step-" + std::to_string(h->object_id) : ""},
                       {"version", std::to_string(h->version)},
                       {"edited_at", format_date_text(h->edited_at, ctx.lang)},
                       {"edited_by", editor == names.end() ? "" : editor->second},
                       {"created", h->version == 1},
                       {"changed", or_null(changed)}});
  }
  std::string questions;
  for (const int q : goal.questions) questions += (questions.empty() ? "" : ", ") + question_label(ctx, q);
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"goal",
       {{"id", goal.id},
        {"title", goal.title},
        {"description", or_null(goal.description)},
        {"horizon", format_date_text(goal.horizon, ctx.lang)},
        {"questions", or_null(questions)}}},
      {"steps", steps},
      {"has_steps", !steps.empty()},
      {"overdue_count",
       detail.overdue.empty()
           ? nlohmann::json(nullptr)
           : nlohmann::json(ctx.t("goal.overdue_count", {{"count", std::to_string(detail.overdue.size())}}))},
      {"lessons", lessons},
      {"history", history},
      {"edit_url", "/orgs/" + std::to_string(access.org_id) + "/goals/" + std::to_string(goal.id) + "/edit"},
      {"has_lessons", !lessons.empty()},
      {"can_write", can_write},
      {"new_hypothesis", input.hypothesis},
      {"new_criterion", input.success_criterion},
      {"new_due", input.due_on.ok() ? format_iso_date(input.due_on) : ""},
      {"owners",
       member_options(ctx, access.org_id, input.owner_user_id ? input.owner_user_id : ctx.user->id)},
      {"error", or_null(error)}};
  if (auto* initiatives = ctx.app.services().initiatives) {  // the links' other way
    const auto linking =
        linking_initiatives_view(ctx, access.org_id, initiatives->linking_goal(access.org_id, goal.id));
    if (!linking.empty()) view["linked_initiatives"] = nlohmann::json{{"items", linking}};
  }
  return page(ctx, "goals_detail", view, goal.title, status);
}

Response goal_detail(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto goal = goal_in_path(ctx, *access);
  if (!goal) return error_response(ctx, goal.error());
  return goal_detail_page(ctx, *access, *goal, Step{}, "", 200);
}

}  // namespace forkant::web::pages
