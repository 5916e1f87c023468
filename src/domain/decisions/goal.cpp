#include "domain/decisions/goal.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "domain/decisions/field_check.hpp"

namespace forkant {
namespace {

constexpr std::array<std::string_view, 4> kStatusNames{"planned", "running", "done", "dropped"};
constexpr std::array<std::string_view, 3> kVerdictNames{"continue", "adjust", "stop"};

template <typename Enum, std::size_t N>
std::optional<Enum> enum_from_name(const std::array<std::string_view, N>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) {
    return std::nullopt;
  }
  return static_cast<Enum>(it - names.begin());
}

Error invalid_transition(const Step& step) {
  return Error::conflict("invalid_transition", "error.invalid_transition",
                         {{"status", std::string{to_string(step.status)}}});
}

Status check_evaluation(const Evaluation& evaluation) {
  // The verdict is checked first: it is what the evaluation exists to record.
  if (!evaluation.verdict) {
    return Error::invalid("verdict_required", "error.verdict_required");
  }
  if (auto s = check_text("result", evaluation.result, kMaxLongTextChars, true); !s) {
    return s;
  }
  if (auto s = check_text("learned", evaluation.learned, kMaxLongTextChars, true); !s) {
    return s;
  }
  if (!evaluation.evaluated_on.ok()) {
    return Error::invalid("evaluated_on_required", "error.evaluated_on_required");
  }
  return ok_status();
}

bool by_due_date(const Step& a, const Step& b) {
  return a.due_on != b.due_on ? a.due_on < b.due_on : a.id < b.id;
}

}  // namespace

std::string_view to_string(StepStatus status) {
  return kStatusNames[static_cast<std::size_t>(status)];
}
std::optional<StepStatus> step_status_from_string(std::string_view name) {
  return enum_from_name<StepStatus>(kStatusNames, name);
}
std::string_view to_string(Verdict verdict) {
  return kVerdictNames[static_cast<std::size_t>(verdict)];
}
std::optional<Verdict> verdict_from_string(std::string_view name) {
  return enum_from_name<Verdict>(kVerdictNames, name);
}

Status validate(const Goal& goal) {
  if (auto s = check_text("title", goal.title, kMaxTitleChars, true); !s) {
    return s;
  }
  if (auto s = check_text("description", goal.description, kMaxLongTextChars, false); !s) {
    return s;
  }
  if (auto s = check_questions(goal.questions, false); !s) {
    return s;
  }
  if (!goal.horizon.ok()) {
    return Error::invalid("horizon_required", "error.horizon_required");
  }
  return ok_status();
}

Status validate(const Step& step, const ValidationContext& context) {
  if (!context.goal_ids.contains(step.goal_id)) {
    return Error::invalid("unknown_goal", "error.unknown_goal");
  }
  if (auto s = check_text("hypothesis", step.hypothesis, kMaxShortTextChars, true); !s) {
    return s;
  }
  if (auto s = check_text("success_criterion", step.success_criterion, kMaxShortTextChars, false); !s) {
    return s;
  }
  if (!context.member_user_ids.contains(step.owner_user_id)) {
    return Error::invalid("unknown_owner", "error.unknown_owner");
  }
  if (!step.due_on.ok()) {
    return Error::invalid("due_on_required", "error.due_on_required");
  }
  return ok_status();
}

Status start_step(Step& step) {
  if (step.status != StepStatus::planned) {
    return invalid_transition(step);
  }
  // Without a criterion agreed beforehand, any result can be declared a success afterwards.
  if (is_blank(step.success_criterion)) {
    return Error::invalid("success_criterion_required", "error.success_criterion_required");
  }
  step.status = StepStatus::running;
  return ok_status();
}

EvaluationOutcome outcome_of(Verdict verdict) {
  switch (verdict) {
    case Verdict::adjust:
      return {true, DecisionKind::decided};
    case Verdict::stop:
      return {true, DecisionKind::deselected};
    case Verdict::continue_:
      break;
  }
  return {false, DecisionKind::decided};
}

Result<EvaluationOutcome> complete_step(Step& step, Evaluation evaluation) {
  if (step.status != StepStatus::running) {
    return invalid_transition(step);
  }
  if (auto s = check_evaluation(evaluation); !s) {
    return s.error();
  }
  const EvaluationOutcome outcome = outcome_of(*evaluation.verdict);
  step.status = StepStatus::done;
  step.evaluation = std::move(evaluation);
  return outcome;
}

Status drop_step(Step& step, std::string reason) {
  if (step.status == StepStatus::done || step.status == StepStatus::dropped) {
    return invalid_transition(step);
  }
  if (auto s = check_text("drop_reason", reason, kMaxShortTextChars, true); !s) {
    return s;
  }
  step.status = StepStatus::dropped;
  step.drop_reason = std::move(reason);
  return ok_status();
}

bool is_overdue(const Step& step, Date today) {
  const bool open = step.status == StepStatus::planned || step.status == StepStatus::running;
  return open && step.due_on < today;
}

std::vector<Step> timeline(std::vector<Step> steps) {
  std::sort(steps.begin(), steps.end(), by_due_date);
  return steps;
}

std::vector<Step> overdue_steps(const std::vector<Step>& steps, Date today) {
  std::vector<Step> result;
  for (const auto& step : steps) {
    if (is_overdue(step, today)) {
      result.push_back(step);
    }
  }
  return timeline(std::move(result));
}

bool learned_earlier(const Lesson& a, const Lesson& b) {
  return a.evaluated_on != b.evaluated_on ? a.evaluated_on < b.evaluated_on : a.step_id < b.step_id;
}

std::vector<Lesson> lessons_learned(const Goal& goal, const std::vector<Step>& steps) {
  std::vector<Lesson> lessons;
  for (const auto& step : steps) {
    if (step.goal_id != goal.id || !step.evaluation || !step.evaluation->verdict) {
      continue;
    }
    const Evaluation& e = *step.evaluation;
    lessons.push_back(
        {step.id, goal.id, goal.title, step.hypothesis, e.result, e.learned, *e.verdict, e.evaluated_on});
  }
  std::sort(lessons.begin(), lessons.end(), learned_earlier);
  return lessons;
}

}  // namespace forkant
