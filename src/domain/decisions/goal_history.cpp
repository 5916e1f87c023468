#include "domain/decisions/goal_history.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <tuple>

namespace forkant {
namespace {

constexpr std::array<std::string_view, 4> kGoalFieldNames{"title", "description", "questions", "horizon"};
constexpr std::array<std::string_view, 4> kStepFieldNames{"hypothesis", "success_criterion", "owner",
                                                          "due_on"};

Error stale(int current) {
  return Error::conflict("stale_version", "error.stale_edit", {{"current", std::to_string(current)}});
}

std::vector<GoalField> goal_diff(const GoalVersion& a, const GoalVersion& b) {
  std::vector<GoalField> out;
  if (a.title != b.title) out.push_back(GoalField::title);
  if (a.description != b.description) out.push_back(GoalField::description);
  if (a.questions != b.questions) out.push_back(GoalField::questions);
  if (a.horizon != b.horizon) out.push_back(GoalField::horizon);
  return out;
}

std::vector<StepField> step_diff(const Step& a, const Step& b) {
  std::vector<StepField> out;
  if (a.hypothesis != b.hypothesis) out.push_back(StepField::hypothesis);
  if (a.success_criterion != b.success_criterion) out.push_back(StepField::success_criterion);
  if (a.owner_user_id != b.owner_user_id) out.push_back(StepField::owner);
  if (a.due_on != b.due_on) out.push_back(StepField::due_on);
  return out;
}

Step step_of(const StepVersion& v) {
  Step s;
  s.id = v.step_id;
  s.hypothesis = v.hypothesis;
  s.success_criterion = v.success_criterion;
  s.owner_user_id = v.owner_user_id;
  s.due_on = v.due_on;
  return s;
}

GoalVersion goal_version_of(const Goal& goal, int version, std::int64_t by, Date at) {
  return {goal.id, version, goal.title, goal.description, goal.questions, goal.horizon, by, at};
}

StepVersion step_version_of(const Step& step, int version, std::int64_t by, Date at) {
  return {step.id, version, step.hypothesis, step.success_criterion, step.owner_user_id, step.due_on, by, at};
}

template <typename Version, typename Id, typename Diff>
std::vector<EditEntry> history_of(std::vector<Version> versions, Id id_of, Diff changed_between) {
  std::sort(versions.begin(), versions.end(), [&](const Version& a, const Version& b) {
    return std::tuple(id_of(a), a.version) < std::tuple(id_of(b), b.version);
  });
  std::vector<EditEntry> out;
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const Version& v = versions[i];
    EditEntry entry{id_of(v), v.version, v.edited_by, v.edited_at, {}};
    if (i > 0 && id_of(versions[i - 1]) == id_of(v)) entry.changed = changed_between(versions[i - 1], v);
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

GoalVersion first_goal_version(const Goal& goal, std::int64_t created_by, Date created_at) {
  return goal_version_of(goal, 1, created_by, created_at);
}

StepVersion first_step_version(const Step& step, std::int64_t created_by, Date created_at) {
  return step_version_of(step, 1, created_by, created_at);
}

std::string_view to_string(GoalField field) {
  return kGoalFieldNames[static_cast<std::size_t>(field)];
}

std::string_view to_string(StepField field) {
  return kStepFieldNames[static_cast<std::size_t>(field)];
}

std::set<StepField> editable_fields(StepStatus status) {
  switch (status) {
    case StepStatus::planned:
      return {StepField::hypothesis, StepField::success_criterion, StepField::owner, StepField::due_on};
    case StepStatus::running:
      return {StepField::hypothesis, StepField::owner, StepField::due_on};
    case StepStatus::done:
    case StepStatus::dropped:
      break;
  }
  return {StepField::owner};
}

Result<EditedGoal> apply_goal_edit(const Goal& current, const GoalEdit& edit) {
  if (edit.base_version != current.version) return stale(current.version);
  Goal next = edit.content;
  next.id = current.id;
  next.org_id = current.org_id;
  next.version = current.version + 1;
  if (auto status = validate(next); !status) return status.error();
  const GoalVersion before = goal_version_of(current, current.version, 0, {});
  const GoalVersion after = goal_version_of(next, next.version, edit.edited_by, edit.edited_at);
  if (goal_diff(before, after).empty()) return Error::invalid("no_changes", "error.no_changes");
  return EditedGoal{next, after};
}

Result<EditedStep> apply_step_edit(const Step& current, const StepEdit& edit,
                                   const ValidationContext& context) {
  if (edit.base_version != current.version) return stale(current.version);
  Step next = current;  // status, evaluation and drop reason stay as they are
  next.hypothesis = edit.content.hypothesis;
  next.success_criterion = edit.content.success_criterion;
  next.owner_user_id = edit.content.owner_user_id;
  next.due_on = edit.content.due_on;
  const auto changed = step_diff(current, next);
  const auto allowed = editable_fields(current.status);
  for (const auto field : changed) {
    if (!allowed.contains(field)) {
      return Error::conflict(
          "step_field_locked", "error.step_field_locked",
          {{"field", std::string{to_string(field)}}, {"status", std::string{to_string(current.status)}}});
    }
  }
  if (auto status = validate(next, context); !status) return status.error();
  if (changed.empty()) return Error::invalid("no_changes", "error.no_changes");
  next.version = current.version + 1;
  return EditedStep{next, step_version_of(next, next.version, edit.edited_by, edit.edited_at)};
}

std::vector<EditEntry> goal_history(std::vector<GoalVersion> versions) {
  return history_of(
      std::move(versions), [](const GoalVersion& v) { return v.goal_id; },
      [](const GoalVersion& a, const GoalVersion& b) {
        std::vector<std::string_view> names;
        for (const auto f : goal_diff(a, b)) names.push_back(to_string(f));
        return names;
      });
}

std::vector<EditEntry> step_history(std::vector<StepVersion> versions) {
  return history_of(
      std::move(versions), [](const StepVersion& v) { return v.step_id; },
      [](const StepVersion& a, const StepVersion& b) {
        std::vector<std::string_view> names;
        for (const auto f : step_diff(step_of(a), step_of(b))) names.push_back(to_string(f));
        return names;
      });
}

}  // namespace forkant
