#pragma once
// Where to send a person after signing in or choosing a language: only a path on this site. The
// candidate is judged as a browser would read it in a Location header after its own URL cleaning
// (WHATWG URL: leading and trailing C0 controls and spaces stripped, every tab and newline removed,
// a backslash read as a slash), so "/\t/evil.example" or "/\\evil.example" cannot become "//evil.example",
// a link to another site. Also refused: percent-encoded slashes, backslashes and control characters
// (which a proxy or a later decoding might turn into the same), any control or non-ASCII character.
// Anything refused gives the default page "/".

#include <string>
#include <string_view>

namespace forkant::web {

std::string safe_return_path(std::string_view candidate);

}  // namespace forkant::web
