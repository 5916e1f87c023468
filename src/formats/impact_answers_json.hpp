#pragma once
// The answers of an impact assessment as JSON: the storage format and the API's shape, as SurveyJS keeps
// them — {question name: "value" | ["value", ...] | true/false}. In a PUT body null (or "" / []) clears
// a question.

#include <nlohmann/json.hpp>
#include <optional>

#include "domain/impact/questionnaire.hpp"
#include "domain/result.hpp"

namespace forkant {

nlohmann::json impact_answers_to_json(const Answers& answers);
// nullopt when the stored text is not of the expected shape.
std::optional<Answers> impact_answers_from_json(const nlohmann::json& j);

// A PUT body's "answers" object. A value of no answer type (a number, an object, a list holding a
// non-string) is refused as invalid "answer_type" {question}; null becomes an empty string (clear).
Result<Answers> impact_answers_patch(const nlohmann::json& j);

}  // namespace forkant
