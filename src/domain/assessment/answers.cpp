#include "domain/assessment/answers.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <utility>

#include "domain/utf8.hpp"

namespace forkant {
namespace {

Error invalid(std::string code, std::map<std::string, std::string> params) {
  std::string key = "error." + code;
  return Error::invalid(std::move(code), std::move(key), std::move(params));
}

Status validate_value(const Framework& fw, const std::string& id, int value) {
  const Item* item = fw.find_item(id);
  if (!item) return invalid("unknown_item", {{"item", id}});
  if (!is_rated(item->kind)) return invalid("wrong_item_kind", {{"item", id}});
  if (value != kDontKnow && (value < kScaleMin || value > kScaleMax)) {
    return invalid("value_out_of_range", {{"item", id}, {"value", std::to_string(value)}});
  }
  return ok_status();
}

Status validate_comment(const Framework& fw, const std::string& id, const std::string& text) {
  const Item* item = fw.find_item(id);
  if (!item) return invalid("unknown_item", {{"item", id}});
  if (item->kind != ItemKind::comment) return invalid("wrong_item_kind", {{"item", id}});
  if (!is_valid_utf8(text)) return invalid("comment_invalid_utf8", {{"item", id}});
  if (utf8_length(text) > kMaxCommentLength) {
    return invalid("comment_too_long", {{"item", id}, {"max", std::to_string(kMaxCommentLength)}});
  }
  return ok_status();
}

template <typename T>
void apply(std::map<std::string, T>& target, const std::map<std::string, std::optional<T>>& patch) {
  for (const auto& [id, value] : patch) {
    if (value) {
      target.insert_or_assign(id, *value);
    } else {
      target.erase(id);
    }
  }
}

}  // namespace

Status validate_partial(const Framework& framework, const ResponseAnswers& answers) {
  for (const auto& [id, value] : answers.values) {
    if (auto s = validate_value(framework, id, value); !s) return s;
  }
  for (const auto& [id, text] : answers.comments) {
    if (auto s = validate_comment(framework, id, text); !s) return s;
  }
  for (const auto& [id, points] : answers.purposes) {
    if (!framework.find_purpose(id)) return invalid("unknown_purpose", {{"purpose", id}});
    if (points < 0 || points > kAllocationTotal) {
      return invalid("points_out_of_range", {{"purpose", id}, {"points", std::to_string(points)}});
    }
  }
  return ok_status();
}

Status validate_for_submit(const Framework& framework, const ResponseAnswers& answers) {
  if (auto s = validate_partial(framework, answers); !s) return s;
  if (auto s = validate_allocation(answers); !s) return s;
  // A response with no rating would count towards k without saying anything: it pads a set, so that its
  // figures describe fewer real opinions than they claim. "Don't know" alone is no rating.
  if (!has_rating(answers)) return invalid("no_rated_answer", {});
  return ok_status();
}

Status validate_allocation(const ResponseAnswers& answers) {
  if (answers.purposes.empty()) return ok_status();
  // Each entry is 0..100 after validate_partial, so the sum cannot overflow.
  const int sum = std::accumulate(answers.purposes.begin(), answers.purposes.end(), 0,
                                  [](int acc, const auto& entry) { return acc + entry.second; });
  if (sum != kAllocationTotal) return invalid("allocation_sum", {{"sum", std::to_string(sum)}});
  return ok_status();
}

bool has_rating(const ResponseAnswers& answers) {
  return std::any_of(answers.values.begin(), answers.values.end(),
                     [](const auto& entry) { return entry.second != kDontKnow; });
}

ResponseAnswers merge_answers(ResponseAnswers answers, const AnswersPatch& patch) {
  apply(answers.values, patch.values);
  apply(answers.comments, patch.comments);
  apply(answers.purposes, patch.purposes);
  std::erase_if(answers.comments, [](const auto& entry) { return entry.second.empty(); });
  return answers;
}

}  // namespace forkant
