#include "web/ids.hpp"

#include <gtest/gtest.h>

namespace forkant::web {
namespace {

TEST(Ids, AnIdIsOneToEighteenDigitsAndPositive) {
  EXPECT_EQ(parse_id("1"), 1);
  EXPECT_EQ(parse_id("0042"), 42) << "leading zeros, as a browser may send them";
  EXPECT_EQ(parse_id("999999999999999999"), 999999999999999999);
  for (const char* bad : {"", "0", "000", "-1", "+1", " 1", "1 ", "1e3", "0x10", "1.0", "١",
                          "9999999999999999999", "9223372036854775808"}) {
    EXPECT_FALSE(parse_id(bad)) << '"' << bad << '"';
  }
}

TEST(Ids, ASmallNumberIsBoundedByItsMaximum) {
  EXPECT_EQ(parse_number("0", 10), 0);
  EXPECT_EQ(parse_number("10", 10), 10);
  EXPECT_EQ(parse_number("007", 10), 7);
  for (const char* bad : {"", "11", "-1", "1 ", "99999999999999999999999"}) {
    EXPECT_FALSE(parse_number(bad, 10)) << '"' << bad << '"';
  }
}

}  // namespace
}  // namespace forkant::web
