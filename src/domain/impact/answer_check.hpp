#pragma once
// What an answer must be to be stored: a question of the questionnaire, a value of its type, a choice
// among its choices. Refusals name the question so that the page and the API can say which.

#include "domain/impact/questionnaire.hpp"
#include "domain/result.hpp"

namespace forkant {

inline constexpr std::size_t kMaxImpactTextChars = 5000;

// Codes (invalid, params {question}; {value} where there is one): unknown_question, not_a_question
// (html, panel), answer_type (a list for a radiogroup, ...), not_a_choice, text_too_long, invalid_utf8.
Status check_answer(const Questionnaire& questionnaire, const std::string& name, const AnswerValue& value);

// Leaves out the answers of questions that `answers` itself makes invisible (SurveyJS clears them on
// completion), repeating until nothing changes: a score is computed from what a person could see.
Answers visible_answers(const Questionnaire& questionnaire, Answers answers);

}  // namespace forkant
