#include "domain/assessment/scoring.hpp"

#include <iterator>

namespace forkant {

std::optional<int> rating(const ResponseAnswers& answers, const std::string& item_id) {
  auto it = answers.values.find(item_id);
  if (it == answers.values.end() || it->second < kScaleMin || it->second > kScaleMax) return std::nullopt;
  return it->second;
}

std::optional<double> dimension_score(const Dimension& dimension, const ResponseAnswers& answers) {
  int sum = 0;
  int count = 0;
  // A dimension's statements mostly follow one another in id order too (q1.s1, q1.s2 ...): the entry after
  // the last one found is tried before a search from the root.
  auto next = answers.values.end();
  for (const Item& item : dimension.items) {
    if (!is_scored(item.kind)) continue;
    const auto it =
        next != answers.values.end() && next->first == item.id ? next : answers.values.find(item.id);
    if (it == answers.values.end()) continue;
    next = std::next(it);
    if (it->second >= kScaleMin && it->second <= kScaleMax) {
      sum += it->second;
      ++count;
    }
  }
  if (count == 0) return std::nullopt;
  return static_cast<double>(sum) / count;
}

}  // namespace forkant
