#include "formats/toml_shield.hpp"

#include <array>

namespace forkant::toml_shield {
namespace {

// Each unsafe block and where its stand-ins start. U+3000 (ideographic space) sits inside the second
// block but is classified correctly, so it is left alone.
struct Block {
  char32_t first, last, stand_in;
};
constexpr std::array<Block, 3> kBlocks{{
    {0x00A1, 0x0499, 0xE000},
    {0x2C8E, 0x3087, 0xE400},
    {0xFB26, 0xFEFE, 0xE800},
}};
constexpr char32_t kPrivateFirst = 0xE000;
constexpr char32_t kPrivateLast = 0xEBFF;

char32_t to_stand_in(char32_t c) {
  if (c == 0x3000) return c;
  for (const Block& b : kBlocks) {
    if (c >= b.first && c <= b.last) return b.stand_in + (c - b.first);
  }
  return c;
}

char32_t from_stand_in(char32_t c) {
  for (const Block& b : kBlocks) {
    if (c >= b.stand_in && c <= b.stand_in + (b.last - b.first)) return b.first + (c - b.stand_in);
  }
  return c;
}

// Decodes the code point at s[i] (valid UTF-8) and advances i past it.
char32_t decode(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const std::size_t length = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
  char32_t c = length == 1 ? b0 : b0 & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += length;
  return c;
}

void encode(char32_t c, std::string& out) {
  const auto put = [&](char32_t b) { out.push_back(static_cast<char>(b)); };
  if (c < 0x80) {
    put(c);
  } else if (c < 0x800) {
    put(0xC0 | (c >> 6));
    put(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    put(0xE0 | (c >> 12));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  } else {
    put(0xF0 | (c >> 18));
    put(0x80 | ((c >> 12) & 0x3F));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  }
}

template <typename Map>
std::string map_code_points(std::string_view s, Map map) {
  std::string out;
  out.reserve(s.size() + s.size() / 2);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = decode(s, i);
    const char32_t mapped = map(c);
    if (mapped == c) {
      out.append(s.substr(start, i - start));
    } else {
      encode(mapped, out);
    }
  }
  return out;
}

}  // namespace

std::string shield(std::string_view utf8) {
  return map_code_points(utf8, to_stand_in);
}

std::string unshield(std::string_view utf8) {
  return map_code_points(utf8, from_stand_in);
}

char32_t first_private_use(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t c = decode(utf8, i);
    if (c >= kPrivateFirst && c <= kPrivateLast) return c;
  }
  return 0;
}

}  // namespace forkant::toml_shield
