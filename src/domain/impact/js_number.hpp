#pragma once
// JavaScript's Number(string) (ECMAScript StringToNumber), which the AIA tool applies to the text after a
// choice value's last '-': surrounding white space (including the Unicode spaces and line terminators
// JavaScript counts) is ignored, "" is 0, decimals with an optional sign, fraction and exponent,
// "Infinity", and 0x / 0o / 0b integers without a sign. Anything else is NaN.

#include <optional>
#include <string_view>

namespace forkant {

// nullopt where JavaScript gives NaN.
std::optional<double> js_number(std::string_view text);

}  // namespace forkant
