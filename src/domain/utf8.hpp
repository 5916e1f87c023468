#pragma once
// UTF-8 well-formedness (RFC 3629): every text a user submits is checked before it is stored or echoed.

#include <cstddef>
#include <string_view>

namespace forkant {

// True when `s` is well-formed UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view s);

// Number of code points in well-formed UTF-8: limits are in characters, and "æ" counts once.
std::size_t utf8_length(std::string_view s);

}  // namespace forkant
