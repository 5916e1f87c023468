#pragma once
// Text made safe inside markup, for the pages (HTML) and the charts (SVG, which is XML): & < > " ' as
// references. XML 1.0 forbids most control characters outright, so for XML they are dropped.

#include <string>
#include <string_view>

namespace forkant {

enum class Markup { html, xml };

std::string escape_markup(std::string_view text, Markup markup);

}  // namespace forkant
