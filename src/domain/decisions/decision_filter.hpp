#pragma once
// The filters of the decision register list. Every criterion left empty matches everything; the
// criteria given must all match.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/result.hpp"

namespace forkant {

struct DecisionFilter {
  std::optional<DecisionKind> kind;
  std::optional<int> question;
  std::optional<std::int64_t> owner_user_id;
  std::optional<std::string> body;  // exact match, as offered by distinct_bodies()
  std::optional<Date> from;         // decided_on >= from
  std::optional<Date> to;           // decided_on <= to
  bool include_superseded = true;
};

// The filter as a query string gives it (the register page's GET form and the API's list share it):
// each parameter's text exactly as received, "" when absent.
struct DecisionFilterQuery {
  std::string kind;      // decided | deselected | postponed
  std::string question;  // 1..10
  std::string owner;     // a user id
  std::string body;      // any text
  std::string from;      // YYYY-MM-DD
  std::string to;        // YYYY-MM-DD
};

// The one reading of a filter, for the page and the API alike: an empty parameter sets no criterion,
// any other must be valid. Errors are malformed (400) with the params field (the parameter's name) and
// value (what was given); each key names the field in the user's words:
//   unknown_kind       kind is not decided, deselected or postponed
//   wrong_type         question or owner is not a whole number
//   unknown_question   question is a number outside 1..10
//   value_out_of_range owner is a whole number beyond any id
//   invalid_date       from or to is not a date YYYY-MM-DD
Result<DecisionFilter> parse_decision_filter(const DecisionFilterQuery& query);

bool matches(const Decision& decision, const DecisionFilter& filter);

// The matching decisions, in their input order.
std::vector<Decision> filter_decisions(const std::vector<Decision>& decisions, const DecisionFilter& filter);

// The bodies that occur, sorted and without repeats: the choices of the body filter.
std::vector<std::string> distinct_bodies(const std::vector<Decision>& decisions);

}  // namespace forkant
