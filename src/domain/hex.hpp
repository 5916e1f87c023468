#pragma once
// Bytes as lower-case hexadecimal: hashes and ids shown or stored as text.

#include <string>
#include <string_view>

namespace forkant {

std::string hex_lower(std::string_view bytes);

}  // namespace forkant
