#include "domain/decisions/decision.hpp"

#include <array>
#include <utility>

#include "domain/decisions/field_check.hpp"

namespace forkant {
namespace {

constexpr std::array<std::pair<DecisionKind, std::string_view>, 3> kKindNames{{
    {DecisionKind::decided, "decided"},
    {DecisionKind::deselected, "deselected"},
    {DecisionKind::postponed, "postponed"},
}};

Status check_rationale(const DecisionDraft& draft) {
  // A deliberate non-choice without reasons is exactly what the register exists to prevent, so it
  // gets its own message rather than the generic one.
  if (draft.kind == DecisionKind::deselected && is_blank(draft.rationale)) {
    return Error::invalid("deselection_rationale_required", "error.deselection_rationale_required");
  }
  return check_text("rationale", draft.rationale, kMaxLongTextChars, true);
}

Status check_references(const DecisionDraft& draft, const ValidationContext& context) {
  for (const auto& purpose : draft.purposes) {
    if (!context.purpose_ids.contains(purpose)) {
      return Error::invalid("unknown_purpose", "error.unknown_purpose");
    }
  }
  if (!context.member_user_ids.contains(draft.owner_user_id)) {
    return Error::invalid("unknown_owner", "error.unknown_owner");
  }
  if (draft.round_id && !context.round_ids.contains(*draft.round_id)) {
    return Error::invalid("unknown_round", "error.unknown_round");
  }
  if (draft.goal_id && !context.goal_ids.contains(*draft.goal_id)) {
    return Error::invalid("unknown_goal", "error.unknown_goal");
  }
  return ok_status();
}

}  // namespace

std::string_view to_string(DecisionKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) {
      return name;
    }
  }
  return "decided";  // unreachable for a valid enumerator
}

std::optional<DecisionKind> decision_kind_from_string(std::string_view name) {
  for (const auto& [kind, n] : kKindNames) {
    if (n == name) {
      return kind;
    }
  }
  return std::nullopt;
}

Status validate(const DecisionDraft& draft, const ValidationContext& context) {
  if (auto s = check_text("title", draft.title, kMaxTitleChars, true); !s) {
    return s;
  }
  if (auto s = check_rationale(draft); !s) {
    return s;
  }
  if (auto s = check_text("alternatives", draft.alternatives, kMaxLongTextChars, false); !s) {
    return s;
  }
  if (auto s = check_questions(draft.questions, true); !s) {
    return s;
  }
  if (auto s = check_text("body", draft.body, kMaxBodyChars, true); !s) {
    return s;
  }
  if (!draft.decided_on.ok()) {
    return Error::invalid("decided_on_required", "error.decided_on_required");
  }
  if (draft.review_on && *draft.review_on < draft.decided_on) {
    return Error::invalid("review_before_decision", "error.review_before_decision",
                          {{"decided_on", format_iso_date(draft.decided_on)}});
  }
  return check_references(draft, context);
}

bool is_review_overdue(const Decision& decision, Date today) {
  const auto& review = decision.content.review_on;
  return review && *review < today && !decision.reviewed_on && !decision.is_superseded();
}

}  // namespace forkant
