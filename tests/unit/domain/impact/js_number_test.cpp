#include "domain/impact/js_number.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace forkant {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(JsNumber, ReadsWhatJavaScriptsNumberReads) {
  const std::vector<std::pair<const char*, double>> cases = {{"", 0},
                                                             {"   ", 0},
                                                             {"3", 3},
                                                             {" 3 ", 3},
                                                             {"\t\n3\r", 3},
                                                             {"\xC2\xA0"
                                                              "3\xE2\x80\xA8",
                                                              3},
                                                             {"+3", 3},
                                                             {"-3", -3},
                                                             {"007", 7},
                                                             {"1.5", 1.5},
                                                             {".5", 0.5},
                                                             {"5.", 5},
                                                             {"1e1", 10},
                                                             {"1E+2", 100},
                                                             {"25e-1", 2.5},
                                                             {"0x10", 16},
                                                             {"0XfF", 255},
                                                             {"0o17", 15},
                                                             {"0b101", 5},
                                                             {"Infinity", kInf},
                                                             {"-Infinity", -kInf},
                                                             {"1e400", kInf},
                                                             {"1e-400", 0},
                                                             {"0.000e999999999999", 0},
                                                             {"0x20000000000001", 9007199254740992.0}};
  for (const auto& [text, value] : cases) {
    const auto v = js_number(text);
    ASSERT_TRUE(v.has_value()) << "[" << text << "]";
    EXPECT_EQ(*v, value) << "[" << text << "]";
  }
}

TEST(JsNumber, GivesNaNForWhatJavaScriptCannotRead) {
  for (const char* text :
       {"abc", ".",   "e5",    "1e",  "1e+",      "+-1",      "0x",  "0xg", "-0x10", "+0b1",
        "0b2", "0o8", "1_000", "1,5", "infinity", "INFINITY", "inf", "NaN", "3px",   "1 2"}) {
    EXPECT_FALSE(js_number(text).has_value()) << "[" << text << "]";
  }
  const std::string zero_width_space = "\xE2\x80\x8B";  // U+200B is not JavaScript white space
  EXPECT_FALSE(js_number(zero_width_space + "3").has_value());
}

}  // namespace
}  // namespace forkant
