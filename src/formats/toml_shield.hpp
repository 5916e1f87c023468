#pragma once
// Works around a bug in toml++ 3.3.0 (Debian 12): its generated whitespace table reaches
// __builtin_unreachable() for most code points in U+00A1..U+0499, U+2C8E..U+3087 and U+FB26..U+FEFE
// (child blocks 0, 11 and 63 of is_non_ascii_horizontal_whitespace have no case). The parser asks that
// question about a character after a key or value, after a line-ending backslash in a multi-line string,
// and in other places, so an "ø" in the wrong spot is undefined behaviour in a release build. Found by
// the framework fuzzer; fixed upstream in later toml++ releases.
//
// shield() swaps each such code point for a private-use stand-in (U+E000..U+EBFF) that the table
// classifies correctly and that toml++ otherwise treats exactly alike (neither is whitespace, a
// bare-key character or a control character), so every parse gives the same result and lines as
// before. unshield() turns the stand-ins back in whatever the parser hands out (string values, keys,
// error messages). Text that already holds a stand-in cannot be shielded unambiguously: see
// first_private_use().
#include <string>
#include <string_view>

namespace forkant::toml_shield {

// Valid UTF-8 in, valid UTF-8 out.
std::string shield(std::string_view utf8);
std::string unshield(std::string_view utf8);

// The first code point of valid UTF-8 text in the private-use range the stand-ins live in, or 0.
char32_t first_private_use(std::string_view utf8);

}  // namespace forkant::toml_shield
