#include "domain/date.hpp"

#include <gtest/gtest.h>

#include <string>

namespace forkant {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

TEST(DateTest, ParsesRealCalendarDays) {
  const auto d = parse_iso_date("2026-03-03");
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, (Date{year{2026}, month{3}, day{3}}));
  EXPECT_TRUE(parse_iso_date("2024-02-29")) << "a leap day in a leap year";
  EXPECT_TRUE(parse_iso_date("0001-01-01"));
  EXPECT_TRUE(parse_iso_date("9999-12-31"));
}

TEST(DateTest, RefusesTextThatIsNotARealIsoDate) {
  const char* cases[] = {
      "2026-02-30",        // no such day
      "2025-02-29",        // not a leap year
      "2026-04-31",        // April has 30 days
      "2026-13-01",        // no month 13
      "2026-00-10",        // no month 0
      "2026-01-00",        // no day 0
      "0000-01-01",        // no year 0 in ISO dates people type
      "2026-1-01",         // digits must be padded
      "2026/01/01",        // wrong separator
      " 2026-01-01",       // surrounding space
      "2026-01-01T00:00",  // a timestamp is not a date
      "+026-01-01",        // sign
      "2026-01-1x",        // letters
      "",
  };
  for (const char* text : cases) EXPECT_FALSE(parse_iso_date(text)) << text;
}

TEST(DateTest, FormatsWithPaddingAndRoundTrips) {
  EXPECT_EQ(format_iso_date(Date{year{42}, month{1}, day{9}}), "0042-01-09");
  for (const char* text : {"2026-03-03", "2024-02-29", "1999-12-31"}) {
    EXPECT_EQ(format_iso_date(*parse_iso_date(text)), text);
  }
}

TEST(DateTest, AddingMonthsClampsToTheLastDayOfShorterMonths) {
  struct Case {
    const char* from;
    int months;
    const char* expected;
  };
  const Case cases[] = {
      {"2026-01-31", 1, "2026-02-28"}, {"2024-01-31", 1, "2024-02-29"},   {"2026-03-31", -1, "2026-02-28"},
      {"2026-11-15", 3, "2027-02-15"}, {"2026-03-15", -14, "2025-01-15"}, {"2026-05-31", 0, "2026-05-31"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(format_iso_date(add_months(*parse_iso_date(c.from), c.months)), c.expected)
        << c.from << " " << c.months;
  }
}

TEST(DateTest, AddsDaysAndCountsThemAcrossYearEnds) {
  const Date new_years_eve = *parse_iso_date("2025-12-31");
  EXPECT_EQ(format_iso_date(add_days(new_years_eve, 1)), "2026-01-01");
  EXPECT_EQ(format_iso_date(add_days(new_years_eve, -365)), "2024-12-31");
  EXPECT_EQ(days_between(new_years_eve, *parse_iso_date("2026-03-01")), 60);
  EXPECT_EQ(days_between(*parse_iso_date("2026-03-01"), new_years_eve), -60);
}

TEST(DateTest, DatesCompareInCalendarOrder) {
  EXPECT_LT(*parse_iso_date("2025-12-31"), *parse_iso_date("2026-01-01"));
  EXPECT_LT(*parse_iso_date("2026-01-31"), *parse_iso_date("2026-02-01"));
}

TEST(DateTest, UtcDayIsTheCalendarDayAUnixTimeFallsOn) {
  EXPECT_EQ(format_iso_date(utc_day(0)), "1970-01-01");
  EXPECT_EQ(format_iso_date(utc_day(1798761599)), "2026-12-31") << "the last second of a day";
  EXPECT_EQ(format_iso_date(utc_day(1798761600)), "2027-01-01") << "midnight starts the next";
  EXPECT_EQ(format_iso_date(utc_day(-1)), "1969-12-31") << "floor, not truncation, before 1970";
}

}  // namespace
}  // namespace forkant
