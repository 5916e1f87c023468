// Integers in JSON bodies: read into the type that holds them, never truncated or wrapped; a number
// beyond the type is value_out_of_range, anything that is not a whole number wrong_type.
#include "web/api/json_body.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace forkant::web::api {
namespace {

nlohmann::json parse(const std::string& text) {
  return nlohmann::json::parse(text);
}

// The code of the error reading `text` as T, or "" when it is read.
template <typename T>
std::string problem(const std::string& text) {
  const auto x = integer_value<T>(parse(text), "n");
  return x.ok() ? "" : x.error().code;
}

TEST(JsonIntegers, EveryValueThatFitsIsReadExactly) {
  EXPECT_EQ(*integer_value<int>(parse("2147483647"), "n"), std::numeric_limits<int>::max());
  EXPECT_EQ(*integer_value<int>(parse("-2147483648"), "n"), std::numeric_limits<int>::min());
  EXPECT_EQ(*integer_value<std::int64_t>(parse("9223372036854775807"), "n"),
            std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(*integer_value<std::int64_t>(parse("-9223372036854775808"), "n"),
            std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(*integer_value<std::uint64_t>(parse("18446744073709551615"), "n"),
            std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(*integer_value<int>(parse("0"), "n"), 0);
}

TEST(JsonIntegers, AWholeNumberBeyondTheTypeIsOutOfRangeNeverTruncated) {
  for (const char* text : {"2147483648", "-2147483649", "4294967299", "9223372036854775807",
                           "18446744073709551615", "18446744073709551616", "-9223372036854775809", "1e30"}) {
    EXPECT_EQ(problem<int>(text), "value_out_of_range") << text;
  }
  for (const char* text : {"9223372036854775808", "18446744073709551615", "18446744073709551616",
                           "-9223372036854775809", "100000000000000000000000"}) {
    EXPECT_EQ(problem<std::int64_t>(text), "value_out_of_range") << text;
  }
  EXPECT_EQ(problem<std::uint64_t>("-1"), "value_out_of_range");
  const auto error = integer_value<int>(parse("4294967299"), "min_respondents").error();
  EXPECT_EQ(error.kind, ErrorKind::invalid);
  EXPECT_EQ(error.key, "error.integer_out_of_range");
  EXPECT_EQ(error.params.at("field"), "min_respondents");
  EXPECT_EQ(error.params.at("value"), "4294967299");
}

TEST(JsonIntegers, WhatIsNotAWholeNumberIsTheWrongType) {
  for (const char* text : {"3.5", "3.0", "\"3\"", "true", "[3]", "{}", "-0.5"}) {
    EXPECT_EQ(problem<int>(text), "wrong_type") << text;
    EXPECT_EQ(problem<std::int64_t>(text), "wrong_type") << text;
  }
}

TEST(JsonIntegers, TheFieldReaderKeepsTheFirstProblemAndReadsEachFieldAsItsType) {
  const auto body = parse(R"({"min_respondents": 4294967299, "owner_id": 4294967299, "count": "two"})");
  FieldReader f(body);
  EXPECT_EQ(f.integer<int>("min_respondents"), std::nullopt);
  EXPECT_EQ(f.integer("owner_id"), std::int64_t{4294967299}) << "an id is 64 bits";
  EXPECT_EQ(f.integer<int>("count"), std::nullopt);
  const auto error = f.finish();
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, "value_out_of_range");
  EXPECT_EQ(error->params.at("field"), "min_respondents");
}

}  // namespace
}  // namespace forkant::web::api
