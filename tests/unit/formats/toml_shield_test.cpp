// The work-around for toml++ 3.3.0's whitespace table (formats/toml_shield.hpp).
#include "formats/toml_shield.hpp"

#include <gtest/gtest.h>

#include <string>

namespace forkant {
namespace {

std::string utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

bool in_unsafe_block(char32_t c) {
  return (c >= 0x00A1 && c <= 0x0499) || (c >= 0x2C8E && c <= 0x3087 && c != 0x3000) ||
         (c >= 0xFB26 && c <= 0xFEFE);
}

TEST(TomlShieldTest, EveryCodePointOutsideThePrivateUseRangeRoundTripsAndNoUnsafeOneSurvives) {
  for (char32_t c = 1; c <= 0x10FFFF; ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || (c >= 0xE000 && c <= 0xEBFF)) continue;
    const std::string text = utf8(c);
    const std::string shielded = toml_shield::shield(text);
    ASSERT_EQ(toml_shield::unshield(shielded), text) << "U+" << std::hex << static_cast<unsigned>(c);
    if (in_unsafe_block(c)) {
      ASSERT_NE(shielded, text) << "U+" << std::hex << static_cast<unsigned>(c) << " was not shielded";
      ASSERT_NE(toml_shield::first_private_use(shielded), 0u);
    } else {
      ASSERT_EQ(shielded, text) << "U+" << std::hex << static_cast<unsigned>(c) << " was changed";
    }
  }
}

TEST(TomlShieldTest, DanishTextRoundTripsAndAsciiIsUntouched) {
  const std::string text = "Hvorfor ændrer vi os? Åben dialog – også på grønlandsk. \xE3\x80\x80 ok";
  EXPECT_EQ(toml_shield::unshield(toml_shield::shield(text)), text);
  EXPECT_EQ(toml_shield::shield("id = \"q1\"\n"), "id = \"q1\"\n");
}

TEST(TomlShieldTest, PrivateUseCharactersAreFound) {
  EXPECT_EQ(toml_shield::first_private_use("abc æøå"), 0u);
  EXPECT_EQ(toml_shield::first_private_use("a\xEE\x80\x80"), 0xE000u);
  EXPECT_EQ(toml_shield::first_private_use("a\xEE\xAF\xBF"), 0xEBFFu);
  EXPECT_EQ(toml_shield::first_private_use("a\xEE\xB0\x80"), 0u);  // U+EC00, not a stand-in
}

}  // namespace
}  // namespace forkant
