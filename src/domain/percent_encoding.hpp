#pragma once
// Percent-encoding (RFC 3986 2.1) of one component of a URL: a query value, a form field, the label of an
// otpauth URI. Every byte but the unreserved ones (letters, digits, - . _ ~) and those in `also_keep`
// becomes %XX, so "/", "?", "&", "=" and "#" of the value cannot end the component early.

#include <string>
#include <string_view>

namespace forkant {

std::string percent_encode(std::string_view value, std::string_view also_keep = "");

}  // namespace forkant
