#pragma once
// Big goals reached by small steps, adjusted along the way (the op-ed's second decision). A step is
// an experiment: a hypothesis ("if we ..., then ...") and a success criterion to judge it by. Its
// life is planned -> running -> done (with an evaluation) or dropped (with a reason); done and
// dropped are final. The transition functions change the step only when they succeed.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/result.hpp"

namespace forkant {

struct Goal {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  std::string title;
  std::string description;
  std::set<int> questions;  // 1..10
  Date horizon{};
  int version = 1;  // of the content above; see goal_history.hpp
};

enum class StepStatus { planned, running, done, dropped };
enum class Verdict { continue_, adjust, stop };

// "planned", "running", "done", "dropped" / "continue", "adjust", "stop".
std::string_view to_string(StepStatus status);
std::optional<StepStatus> step_status_from_string(std::string_view name);
std::string_view to_string(Verdict verdict);
std::optional<Verdict> verdict_from_string(std::string_view name);

struct Evaluation {
  std::string result;
  std::string learned;
  std::optional<Verdict> verdict;  // optional only so that a form without one can be refused
  Date evaluated_on{};
};

struct Step {
  std::int64_t id = 0;
  std::int64_t goal_id = 0;
  std::string hypothesis;
  std::string success_criterion;  // may be empty while planned; required to start
  std::int64_t owner_user_id = 0;
  Date due_on{};
  StepStatus status = StepStatus::planned;
  std::optional<Evaluation> evaluation;  // set when done
  std::string drop_reason;               // set when dropped
  int version = 1;                       // of hypothesis, criterion, owner and frist; see goal_history.hpp
};

// Codes: title_*, description_too_long, unknown_question, horizon_required, invalid_utf8.
Status validate(const Goal& goal);
// Codes: unknown_goal, hypothesis_*, success_criterion_too_long, unknown_owner, due_on_required,
// invalid_utf8. Uses member_user_ids and goal_ids of the context.
Status validate(const Step& step, const ValidationContext& context);

// planned -> running; refused without a success criterion ("success_criterion_required") and from
// any other status ("invalid_transition", conflict).
Status start_step(Step& step);

// What an evaluation means for the register: `adjust` and `stop` change course, and a change of
// course is a decision the service must prompt for and record.
struct EvaluationOutcome {
  bool needs_decision = false;
  DecisionKind suggested_kind = DecisionKind::decided;  // adjust -> decided, stop -> deselected
};

EvaluationOutcome outcome_of(Verdict verdict);

// running -> done with its evaluation. Codes: verdict_required, result_required, learned_required,
// *_too_long, evaluated_on_required, invalid_utf8; "invalid_transition" unless running.
Result<EvaluationOutcome> complete_step(Step& step, Evaluation evaluation);

// planned|running -> dropped. Codes: drop_reason_required, drop_reason_too_long, invalid_utf8;
// "invalid_transition" from done or dropped.
Status drop_step(Step& step, std::string reason);

bool is_overdue(const Step& step, Date today);  // due before today and still planned or running

// Goal views. Each takes the steps of one goal.
std::vector<Step> timeline(std::vector<Step> steps);                          // by due date, then id
std::vector<Step> overdue_steps(const std::vector<Step>& steps, Date today);  // in timeline order

// What was learned: one lesson per evaluated step, in the order of evaluation.
struct Lesson {
  std::int64_t step_id = 0;
  std::int64_t goal_id = 0;
  std::string goal_title;
  std::string hypothesis;
  std::string result;
  std::string learned;
  Verdict verdict = Verdict::continue_;
  Date evaluated_on{};
};

// Evaluation date, then step id: the order in which lessons are told.
bool learned_earlier(const Lesson& a, const Lesson& b);

// Lessons of `goal` from those of `steps` that belong to it, by evaluation date, then step id.
std::vector<Lesson> lessons_learned(const Goal& goal, const std::vector<Step>& steps);

}  // namespace forkant
