#include "render/qr_svg.hpp"

#include <qrencode.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "render/charts/svg.hpp"

namespace forkant {

std::string qr_svg(std::string_view text, std::string_view label) {
  const std::string input(text);
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString(input.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
  if (!code) throw std::runtime_error("the text does not fit a QR code");
  constexpr int kQuiet = 4;
  const int width = code->width;
  const int size = width + 2 * kQuiet;
  std::string path;
  for (int y = 0; y < width; ++y) {
    for (int x = 0; x < width; ++x) {
      // Bit 0 of each module is its colour (1: dark); the other bits say what the module is for.
      if ((code->data[(y * width) + x] & 1) != 0) {
        path += "M" + std::to_string(x + kQuiet) + " " + std::to_string(y + kQuiet) + "h1v1h-1z";
      }
    }
  }
  const std::string s = std::to_string(size);
  return R"(<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 )" + s + " " + s +
         R"(" role="img" aria-label=")" + charts::xml_escape(label) + R"(" shape-rendering="crispEdges">)" +
         R"(<rect width=")" + s + R"(" height=")" + s + R"(" fill="#fff"/><path fill="#000" d=")" + path +
         R"("/></svg>)";
}

}  // namespace forkant
