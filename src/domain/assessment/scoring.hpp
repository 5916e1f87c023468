#pragma once
// What one respondent's answers say about one dimension, before any aggregation.

#include <optional>
#include <string>

#include "domain/assessment/answers.hpp"
#include "domain/assessment/framework.hpp"

namespace forkant {

// The rating 1..5 given to `item_id`; nothing when unanswered, "don't know" or out of range. Takes the id
// as a string: the answers' map looks up std::string keys, and a view would be copied into one per lookup.
std::optional<int> rating(const ResponseAnswers& answers, const std::string& item_id);

// The mean of the answered statement and position ratings of `dimension` (importance and "don't know"
// left out); nothing when none is answered.
std::optional<double> dimension_score(const Dimension& dimension, const ResponseAnswers& answers);

// Whether the respondent gave a purpose allocation at all.
inline bool has_allocation(const ResponseAnswers& answers) {
  return !answers.purposes.empty();
}

}  // namespace forkant
