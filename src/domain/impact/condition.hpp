#pragma once
// SurveyJS's visibleIf conditions, the subset the AIA file uses: {name} = "v", {name} contains "v",
// {name} contains ["v", ...], and / or / parentheses (`and` binds tighter, as in SurveyJS). Parsed when a
// file is imported, so a condition forkant cannot evaluate refuses the file instead of hiding a question.

#include <string>
#include <string_view>
#include <vector>

#include "domain/impact/questionnaire.hpp"
#include "domain/result.hpp"

namespace forkant {

// Ok if `condition` is blank or in the supported subset; else invalid "condition_unsupported" with {reason}.
Status check_condition(std::string_view condition);

// The question names a supported condition refers to, in order (with repeats); empty for an unsupported
// one. The importer refuses a file whose conditions name a question it does not have.
std::vector<std::string> condition_names(std::string_view condition);

// Semantics as SurveyJS's: `=` compares a string answer (a boolean as "true"/"false"); `contains` on a
// checkbox's list means the list holds the value (each of them for [...]), on a string answer it is a
// substring test. Comparisons are exact (case-sensitive; newer SurveyJS versions can ignore case in `=`,
// which changes nothing for the AIA file: its literals are written in its choice values' own case). A
// condition outside the subset is false. An empty condition is true. An unanswered question equals nothing
// and contains nothing.
bool condition_holds(std::string_view condition, const Answers& answers);

// Whether the page and the element (and the panels around it) are visible under `answers`.
bool page_visible(const Page& page, const Answers& answers);
bool question_visible(const Questionnaire& questionnaire, const std::string& name, const Answers& answers);

}  // namespace forkant
