#include "domain/assessment/scoring.hpp"

namespace forkant {

std::optional<int> rating(const ResponseAnswers& answers, const std::string& item_id) {
  auto it = answers.values.find(item_id);
  if (it == answers.values.end() || it->second < kScaleMin || it->second > kScaleMax) return std::nullopt;
  return it->second;
}

std::optional<double> dimension_score(const Dimension& dimension, const ResponseAnswers& answers) {
  int sum = 0;
  int count = 0;
  for (const Item& item : dimension.items) {
    if (!is_scored(item.kind)) continue;
    if (auto r = rating(answers, item.id)) {
      sum += *r;
      ++count;
    }
  }
  if (count == 0) return std::nullopt;
  return static_cast<double>(sum) / count;
}

}  // namespace forkant
