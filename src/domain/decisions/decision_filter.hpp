#pragma once
// The filters of the decision register list. Every criterion left empty matches everything; the
// criteria given must all match.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/result.hpp"

namespace forkant {

// The columns the register can be sorted by: decision date (the default, newest first), title (in
// Danish alphabetical order, æ ø å after z), kind (besluttet, fravalgt, udskudt), review date (decisions
// without one last) and question (the lowest question number a decision concerns).
enum class DecisionSort { date, title, kind, review, question };

// "date", "title", "kind", "review", "question": the values of ?sort=.
std::string_view to_string(DecisionSort sort);

inline constexpr std::size_t kMaxSearchChars = 200;

struct DecisionFilter {
  std::optional<std::string> search;  // words to find in title, rationale, alternatives and notes
  DecisionSort sort = DecisionSort::date;
  bool descending = true;
  std::optional<DecisionKind> kind;
  std::optional<int> question;
  std::optional<std::int64_t> owner_user_id;
  std::optional<std::string> body;  // exact match, as offered by DecisionStore::decision_bodies()
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
  std::string q;         // free text, at most kMaxSearchChars characters
  std::string sort;      // date | title | kind | review | question
  std::string dir;       // asc | desc (default: desc for date, asc otherwise)
};

// The one reading of a filter, for the page and the API alike: an empty parameter sets no criterion,
// any other must be valid. Errors are malformed (400) with the params field (the parameter's name) and
// value (what was given); each key names the field in the user's words:
//   unknown_kind       kind is not decided, deselected or postponed
//   wrong_type         question or owner is not a whole number
//   unknown_question   question is a number outside 1..10
//   value_out_of_range owner is a whole number beyond any id
//   invalid_date       from or to is not a date YYYY-MM-DD
//   search_too_long    q is longer than kMaxSearchChars characters
//   invalid_search     q is not valid UTF-8 or holds control characters
//   unknown_sort       sort or dir is not one of its values
// A q of only white space searches nothing (no criterion).
Result<DecisionFilter> parse_decision_filter(const DecisionFilterQuery& query);

// Every criterion but the search, which the store answers (full-text index).
bool matches(const Decision& decision, const DecisionFilter& filter);

// The search as an SQLite FTS5 MATCH expression that takes the user's words literally: each word (split
// at white space) becomes a quoted string ("" for a quote inside it) with a prefix star, so operators
// (AND, OR, NOT, NEAR), parentheses, column filters and quotes in the input are plain text; the words must
// all occur (in any of the indexed columns). Words without a letter or digit are left out (FTS5 would
// find nothing for them); nullopt when no word is left.
std::optional<std::string> fts_match_expression(std::string_view search);

// A key that orders titles as a Danish reader expects: case-insensitive, with æ, ø, å after z (the
// register's title column; the portfolio's too).
std::string title_sort_key(const std::string& title);

// Sorts `decisions` by the filter's column and direction; ties by decision date, newest first, then id.
void sort_decisions(std::vector<Decision>& decisions, DecisionSort sort, bool descending);

// The matching decisions, in their input order.
std::vector<Decision> filter_decisions(const std::vector<Decision>& decisions, const DecisionFilter& filter);

}  // namespace forkant
