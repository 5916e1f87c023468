#pragma once
// Goals and steps are edited like decisions: every saved content is a version (1, 2, 3, ...), an edit
// carries the version it was made against (optimistic concurrency: a stale edit is refused, never
// silently merged) and the earlier versions stay for the history shown on the goal page.
//
// What a step's edit may change depends on where the step is in its life:
// - planned: everything (hypothesis, success criterion, owner, frist). This is how a step recorded
//   without a success criterion gets one and can then be started.
// - running: the hypothesis's wording, the owner and the frist, but not the success criterion: it was
//   agreed when the step started, and changing it while the experiment runs would let any result be
//   declared a success afterwards (the rule start_step guards).
// - done or dropped: only the owner (someone must still answer for the step when its owner leaves).
//   The hypothesis, criterion and frist are what was evaluated or given up, and the evaluation itself
//   (result, learned, verdict) and the drop reason are never edited: a different judgement is a new
//   step or a new decision, not a rewrite of the record.
//
// Persisting is the caller's: store the returned values in one transaction.

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/goal.hpp"
#include "domain/result.hpp"

namespace forkant {

struct GoalVersion {
  std::int64_t goal_id = 0;
  int version = 1;
  std::string title;
  std::string description;
  std::set<int> questions;
  Date horizon{};
  std::int64_t edited_by = 0;  // 0: not known (goals recorded before versions were kept)
  Date edited_at{};
};

struct StepVersion {
  std::int64_t step_id = 0;
  int version = 1;
  std::string hypothesis;
  std::string success_criterion;
  std::int64_t owner_user_id = 0;
  Date due_on{};
  std::int64_t edited_by = 0;  // 0: not known
  Date edited_at{};
};

// What an editor sends: the version seen and the new content (id, status, evaluation of `content` are
// ignored; the current ones stand).
struct GoalEdit {
  int base_version = 0;
  Goal content;
  std::int64_t edited_by = 0;
  Date edited_at{};
};

struct StepEdit {
  int base_version = 0;
  Step content;
  std::int64_t edited_by = 0;
  Date edited_at{};
};

struct EditedGoal {
  Goal goal;            // current state with the new version number
  GoalVersion version;  // to append to the history
};

struct EditedStep {
  Step step;
  StepVersion version;
};

GoalVersion first_goal_version(const Goal& goal, std::int64_t created_by, Date created_at);
StepVersion first_step_version(const Step& step, std::int64_t created_by, Date created_at);

enum class GoalField { title, description, questions, horizon };
enum class StepField { hypothesis, success_criterion, owner, due_on };

// "title", "description", "questions", "horizon" / "hypothesis", "success_criterion", "owner", "due_on":
// stable names for translation keys and the API.
std::string_view to_string(GoalField field);
std::string_view to_string(StepField field);

// The fields of a step an edit may change in `status` (see the top of this file).
std::set<StepField> editable_fields(StepStatus status);

// Refuses: an edit made against another version than the current ("stale_version", conflict, param
// {current}), an invalid goal (see validate) and an edit that changes nothing ("no_changes").
Result<EditedGoal> apply_goal_edit(const Goal& current, const GoalEdit& edit);

// Refuses: "stale_version" (conflict, {current}); a change to a field the step's status locks
// ("step_field_locked", conflict, {field}, {status}); an invalid step (see validate); "no_changes".
Result<EditedStep> apply_step_edit(const Step& current, const StepEdit& edit,
                                   const ValidationContext& context);

// One saved version in a history: who saved it when, and what changed against the version before
// (empty for the first).
struct EditEntry {
  std::int64_t object_id = 0;  // the goal's or the step's id
  int version = 1;
  std::int64_t edited_by = 0;
  Date edited_at{};
  std::vector<std::string_view> changed;  // field names, in declaration order
};

// Histories oldest first (by object, then version), whatever order the versions come in. Several
// steps' versions may be passed together: each is compared with the previous version of its own step.
std::vector<EditEntry> goal_history(std::vector<GoalVersion> versions);
std::vector<EditEntry> step_history(std::vector<StepVersion> versions);

}  // namespace forkant
