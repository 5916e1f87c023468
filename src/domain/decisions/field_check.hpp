#pragma once
// Shared checks for the free-text and question fields of decisions, goals, steps and notes, so that
// every form reports the same codes: "<field>_required", "<field>_too_long" (param {max}),
// "invalid_utf8" (param {field}) and "unknown_question" (param {question}).

#include <cstddef>
#include <set>
#include <string_view>

#include "domain/result.hpp"

namespace forkant {

// Limits in characters (code points), not bytes: "æ" counts once.
inline constexpr std::size_t kMaxTitleChars = 200;
inline constexpr std::size_t kMaxShortTextChars = 1000;
inline constexpr std::size_t kMaxLongTextChars = 10000;

// True when `text` holds nothing but ASCII white space.
bool is_blank(std::string_view text);

// Well-formed UTF-8, at most `max_chars` characters and, when `required`, not blank.
Status check_text(std::string_view field, std::string_view value, std::size_t max_chars, bool required);

// Every question is one of the ten (1..10); when `required`, at least one.
Status check_questions(const std::set<int>& questions, bool required);

}  // namespace forkant
