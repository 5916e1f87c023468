#pragma once
// ResponseAnswers as JSON: the storage format of drafts and responses, and the API's answer patches.
// API shape: {"answers": {item_id: 1..5 | 0 (don't know) | null (clear)}, "comments": {item_id: text |
// null}, "purposes": {purpose_id: points | null}}.

#include <nlohmann/json.hpp>
#include <optional>

#include "domain/assessment/answers.hpp"
#include "domain/result.hpp"

namespace forkant {

nlohmann::json answers_to_json(const ResponseAnswers& answers);
// nullopt when the stored text is not of the expected shape.
std::optional<ResponseAnswers> answers_from_json(const nlohmann::json& j);

// Reads the three optional patch objects of a PUT body; errors name the offending field.
Result<AnswersPatch> patch_from_json(const nlohmann::json* answers, const nlohmann::json* comments,
                                     const nlohmann::json* purposes);

}  // namespace forkant
