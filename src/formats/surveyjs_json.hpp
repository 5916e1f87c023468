#pragma once
// SurveyJS JSON (Canada's Algorithmic Impact Assessment, `survey-enfr.json`) read into forkant's
// questionnaire model. Supported: pages, panels (up to kMaxSurveyPanelDepth inside each other), the types
// radiogroup, checkbox, dropdown, comment, text, boolean and html; choices as strings or {value, text};
// texts as strings or {"default": en, "fr": ...} ("default" is stored as "en"); title, description, help,
// html, visibleIf (domain/impact/condition.hpp's subset) and isRequired. Presentation keys
// (showQuestionNumbers, showProgressBar, firstPageIsStarted, choicesOrder, width, ...) are ignored;
// features that would change what is asked or scored (triggers, hasOther, enableIf, defaultValue,
// choices that are not text, ...) refuse the file rather than be silently dropped.
//
// Refusals carry {path, reason}: path like `pages[3].elements[0].elements[2]`, reason in English naming
// the element; codes below. Nothing is returned half-read.
//   malformed: survey_not_json {offset}, survey_number_overflow, survey_malformed, survey_missing_name
//   invalid:   survey_too_large {max}, survey_too_deep {max}, survey_unsupported_type {type},
//              survey_unsupported_feature {key}, survey_duplicate_name {name}, survey_condition_unsupported
//              {condition}, survey_condition_unknown_question {name}

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/impact/questionnaire.hpp"
#include "domain/result.hpp"

namespace forkant {

inline constexpr std::size_t kMaxSurveyBytes = 4 * 1024 * 1024;
inline constexpr int kMaxSurveyPanelDepth = 8;

// A SurveyJS file carries no version of its own, so the caller names it: the AIA file of
// canada-ca/aia-eia-js v1.0.1 (commit b900dc7) is "1.0.1". An empty `version` is derived from the bytes,
// "fnv-" and the 16 hex digits of their FNV-1a 64-bit hash, so that an unnamed file still tells its
// versions apart. Question names are unique (html blocks, which take no answer, may repeat a name: the
// AIA file does); panel and page names carry the -RS/-MS suffixes the scoring reads.
Result<Questionnaire> import_surveyjs(std::string_view json, std::string kind = "aia",
                                      std::string version = "");

}  // namespace forkant
