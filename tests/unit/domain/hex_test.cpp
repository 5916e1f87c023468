// Bytes as lower-case hexadecimal (domain/hex.hpp): every byte value, both nibbles, no sign extension.
#include "domain/hex.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

TEST(Hex, EachByteIsTwoLowerCaseDigitsHighNibbleFirst) {
  EXPECT_EQ(hex_lower(std::string_view("\x00\x01\x7f\x80\xab\xff", 6)), "00017f80abff");
  EXPECT_EQ(hex_lower(""), "");
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  const std::string out = hex_lower(all);
  ASSERT_EQ(out.size(), 512u);
  EXPECT_EQ(out.substr(2 * 0xa5, 2), "a5");
}

}  // namespace
}  // namespace forkant
