#pragma once
// One respondent's answers, keyed by the framework's ids, and their validation. Answers are saved as the
// respondent goes (validate_partial on every save) and checked once more on submit (validate_for_submit).
// Nothing here knows who the respondent is.

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "domain/assessment/framework.hpp"
#include "domain/result.hpp"

namespace forkant {

inline constexpr std::size_t kMaxCommentLength = 2000;  // characters (code points), not bytes
inline constexpr int kAllocationTotal = 100;

struct ResponseAnswers {
  std::map<std::string, int> values;            // statement/position/importance: 1..5 or kDontKnow
  std::map<std::string, std::string> comments;  // comment item id -> text
  std::map<std::string, int> purposes;          // purpose id -> points 0..100

  bool operator==(const ResponseAnswers&) const = default;
};

// A submitted response as the aggregation sees it: its group and its answers, nothing that identifies the
// respondent. A response entered by hand (a paper form imported by a coordinator) names who entered it:
// that person has seen it, so it must never help to single out the others (anonymity.hpp).
struct SubmittedResponse {
  std::string group;
  ResponseAnswers answers;
  std::optional<std::string> entered_by;  // nullopt: through a private link; "" when who is not known
  bool by_hand() const { return entered_by.has_value(); }
};

// A save-as-you-go change: a value replaces the answer, std::nullopt removes it.
struct AnswersPatch {
  std::map<std::string, std::optional<int>> values;
  std::map<std::string, std::optional<std::string>> comments;
  std::map<std::string, std::optional<int>> purposes;
};

// Every answer refers to an item of the right kind and lies in its range. Errors (code, params):
//   unknown_item (item), wrong_item_kind (item), value_out_of_range (item, value),
//   comment_too_long (item, max), comment_invalid_utf8 (item),
//   unknown_purpose (purpose), points_out_of_range (purpose, points).
Status validate_partial(const Framework& framework, const ResponseAnswers& answers);

// A purpose allocation, when any points are given, sums to exactly 100: allocation_sum (sum). No points at
// all is no allocation (it is optional). Checked on submit and when a respondent leaves the question
// that asks for it with "Next".
Status validate_allocation(const ResponseAnswers& answers);

// At least one rating 1..5 on a statement, position or importance ("don't know" alone is none).
bool has_rating(const ResponseAnswers& answers);

// validate_partial, at least one rating (1..5; "don't know" alone is not one): no_rated_answer, and a
// purpose allocation, when any points are given, sums to exactly 100: allocation_sum (sum).
Status validate_for_submit(const Framework& framework, const ResponseAnswers& answers);

// Applies `patch` to `answers`. An empty comment removes the comment too, as a cleared text field should.
// The result is not validated: validate it before storing.
ResponseAnswers merge_answers(ResponseAnswers answers, const AnswersPatch& patch);

}  // namespace forkant
