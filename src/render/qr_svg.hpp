#pragma once
// A QR code as inline SVG (libqrencode), for enrolling an authenticator app: one path of dark modules
// on a white square with the four-module quiet zone scanners need, scaled by CSS. It carries an
// accessible name; the same content is always shown as text beside it (the secret to type by hand).

#include <string>
#include <string_view>

namespace forkant {

// `text` encoded at error-correction level M; `label` becomes the SVG's accessible name (escaped).
// Throws std::runtime_error when the text does not fit a QR code.
std::string qr_svg(std::string_view text, std::string_view label);

}  // namespace forkant
