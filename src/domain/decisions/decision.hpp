#pragma once
// An entry of the decision register. The op-ed asks management to explain both what it chose and
// what it chose not to do, so a decision is one of three kinds, and a deliberate non-choice
// (`deselected`) must carry its reasons. What a person may edit is the DecisionDraft; an edit makes a
// new version of it (decision_history.hpp) and never overwrites the old one.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/result.hpp"

namespace forkant {

enum class DecisionKind { decided, deselected, postponed };

// "decided", "deselected", "postponed": the names used in forms, the API and exports.
std::string_view to_string(DecisionKind kind);
std::optional<DecisionKind> decision_kind_from_string(std::string_view name);

// The content of one version of a decision.
struct DecisionDraft {
  DecisionKind kind = DecisionKind::decided;
  std::string title;
  std::string rationale;
  std::string alternatives;           // alternatives considered; may be empty
  std::set<int> questions;            // of the ten, 1..10; at least one
  std::vector<std::string> purposes;  // purpose ids from question 1
  std::int64_t owner_user_id = 0;
  std::string body;  // who decided: the directorate, a committee, the council
  Date decided_on{};
  std::optional<Date> review_on;
  std::optional<std::int64_t> round_id;
  std::optional<std::int64_t> goal_id;

  bool operator==(const DecisionDraft&) const = default;
};

struct Decision {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  DecisionDraft content;
  int version = 1;  // of `content`; see decision_history.hpp
  std::optional<std::int64_t> supersedes_id;
  std::optional<std::int64_t> superseded_by_id;
  // Set when a meeting has reviewed the decision; a review date that has come without it keeps the
  // decision on the agenda (agenda.hpp). Not part of the versioned content.
  std::optional<Date> reviewed_on;

  bool is_superseded() const { return superseded_by_id.has_value(); }
};

// The review date has passed and no meeting has reviewed the decision since; a superseded decision is
// never overdue (its follow-up is its successor's).
bool is_review_overdue(const Decision& decision, Date today);

// What belongs to the organisation a draft is validated for. A reference outside these sets is
// answered exactly as one to an object that does not exist, so that nothing leaks across tenants.
struct ValidationContext {
  std::set<std::int64_t> member_user_ids;
  std::set<std::int64_t> round_ids;
  std::set<std::int64_t> goal_ids;
  std::set<std::string> purpose_ids;
};

inline constexpr std::size_t kMaxBodyChars = 200;

// The first problem found, in field order; codes: title_*, rationale_required,
// deselection_rationale_required, rationale_too_long, alternatives_too_long, question_required,
// unknown_question, unknown_purpose, unknown_owner, body_*, review_before_decision, unknown_round,
// unknown_goal, invalid_utf8.
Status validate(const DecisionDraft& draft, const ValidationContext& context);

}  // namespace forkant
