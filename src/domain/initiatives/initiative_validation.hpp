#pragma once
// The rules an initiative's content must meet before it is stored (a new initiative or an edit). A
// reference outside the organisation (a member, a decision, a goal, a step of another one) is answered
// exactly as one to an object that does not exist, so that nothing leaks across tenants.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "domain/initiatives/initiative.hpp"
#include "domain/result.hpp"

namespace forkant {

struct InitiativeValidationContext {
  std::set<std::int64_t> member_user_ids;
  std::set<std::string> purpose_ids;  // of the built-in framework's question 1
  std::set<std::int64_t> decision_ids;
  std::set<std::int64_t> goal_ids;
  std::set<std::int64_t> step_ids;
};

inline constexpr std::size_t kMaxInitiativeListRows = 30;  // purposes, data, partners, benefits, messages...
inline constexpr std::size_t kMaxInitiativeLinks = 100;    // of each kind
inline constexpr std::size_t kMaxRowTextChars = 200;       // a name, a unit, a channel...

// The first problem found, in the order of the form. Codes (translation key "error.initiative.<code>"
// unless noted): title_required, <field>_too_long {max}, invalid_utf8 {field} (error.invalid_utf8),
// unknown_question {question} (error.unknown_question), too_many_<list> {max}, purpose_unknown {row},
// purpose_duplicate {row}, purpose_weight_range {row}, purpose_weights_sum {sum}, value_rating_range,
// <list>_<part>_required {row}, <list>_<part>_too_long {row, max}, benefit_value_invalid {row},
// message_when_required {row}, unknown_owner (error.unknown_owner), unknown_analogue_owner,
// unknown_decision, unknown_goal, unknown_step.
Status validate(const InitiativeDraft& draft, const InitiativeValidationContext& context);

}  // namespace forkant
