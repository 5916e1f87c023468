#pragma once
// Text made safe inside markup, for the pages (HTML), the charts (SVG) and the Atom feed (XML): & < > " '
// as references; XML 1.0 forbids most control characters outright, so for XML they are dropped. It sits
// below render and formats so that both escape alike.

#include <string>
#include <string_view>

namespace forkant {

enum class Markup { html, xml };

std::string escape_markup(std::string_view text, Markup markup);

}  // namespace forkant
