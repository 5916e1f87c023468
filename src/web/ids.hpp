#pragma once
// The one reader of ids and small numbers as they arrive in a path, a query string or a form: ASCII
// digits only (no sign, no space, no exponent), bounded so that they always fit. Anything else is
// "no such number", which the caller answers as a missing object (404) or names as the field's error.

#include <cstdint>
#include <optional>
#include <string_view>

namespace forkant::web {

inline constexpr std::size_t kMaxIdDigits = 18;  // < 2^63: never overflows an int64

// A row id: 1 .. 10^18 - 1 (leading zeros allowed, as a browser may send them).
std::optional<std::int64_t> parse_id(std::string_view text);

// A whole number 0 .. max (max >= 0), e.g. a question number or an interval in weeks.
std::optional<int> parse_number(std::string_view text, int max);

// A number typed into a form, where a sign and surrounding blanks are the person's to type: optional
// spaces or tabs, an optional '+' or '-', digits; at most 8 characters between the blanks. The caller's
// rules then name what is out of range ("-3" is a threshold too low, not "not a number").
std::optional<int> parse_form_int(std::string_view text);

}  // namespace forkant::web
