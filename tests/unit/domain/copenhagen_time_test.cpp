#include "domain/copenhagen_time.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

// Unix seconds of a UTC time "YYYY-MM-DD" + hours, minutes, seconds.
std::int64_t utc(const char* day, int h, int m = 0, int s = 0) {
  const Date d = parse_iso_date(day).value();
  return std::chrono::sys_days{d}.time_since_epoch() / std::chrono::seconds{1} + h * 3600 + m * 60 + s;
}

TEST(CopenhagenTimeTest, LastSundays) {
  using namespace std::chrono;
  EXPECT_EQ(last_sunday(year{2026}, March), parse_iso_date("2026-03-29"));
  EXPECT_EQ(last_sunday(year{2026}, October), parse_iso_date("2026-10-25"));
  EXPECT_EQ(last_sunday(year{2027}, March), parse_iso_date("2027-03-28"));
  EXPECT_EQ(last_sunday(year{2027}, October), parse_iso_date("2027-10-31"));  // the 31st itself
}

TEST(CopenhagenTimeTest, WinterIsUtcPlusOne) {
  const auto t = copenhagen_time(utc("2026-12-04", 13, 5));
  EXPECT_EQ(t.day, parse_iso_date("2026-12-04"));
  EXPECT_EQ(t.hour, 14);
  EXPECT_EQ(t.minute, 5);
  EXPECT_EQ(t.offset_minutes, 60);
}

TEST(CopenhagenTimeTest, SummerIsUtcPlusTwoAndCrossesMidnight) {
  const auto t = copenhagen_time(utc("2026-07-01", 22, 30));
  EXPECT_EQ(t.day, parse_iso_date("2026-07-02"));
  EXPECT_EQ(t.hour, 0);
  EXPECT_EQ(t.minute, 30);
  EXPECT_EQ(t.offset_minutes, 120);
}

TEST(CopenhagenTimeTest, SummerTimeStartsAtOneUtcOnTheLastSundayOfMarch) {
  EXPECT_FALSE(is_copenhagen_summer_time(utc("2026-03-29", 0, 59, 59)));
  EXPECT_TRUE(is_copenhagen_summer_time(utc("2026-03-29", 1)));
  const auto before = copenhagen_time(utc("2026-03-29", 0, 59, 59));
  EXPECT_EQ(before.hour, 1);
  EXPECT_EQ(before.minute, 59);
  const auto after = copenhagen_time(utc("2026-03-29", 1));  // 02:00 CET becomes 03:00 CEST
  EXPECT_EQ(after.hour, 3);
  EXPECT_EQ(after.minute, 0);
  EXPECT_FALSE(is_copenhagen_summer_time(utc("2026-03-22", 12)));  // a Sunday, but not the last
}

TEST(CopenhagenTimeTest, SummerTimeEndsAtOneUtcOnTheLastSundayOfOctober) {
  EXPECT_TRUE(is_copenhagen_summer_time(utc("2026-10-25", 0, 59, 59)));
  EXPECT_FALSE(is_copenhagen_summer_time(utc("2026-10-25", 1)));
  EXPECT_EQ(copenhagen_time(utc("2026-10-25", 0, 30)).hour, 2);   // 02:30 CEST
  EXPECT_EQ(copenhagen_time(utc("2026-10-25", 1, 30)).hour, 2);   // 02:30 CET, the hour again
  EXPECT_TRUE(is_copenhagen_summer_time(utc("2027-10-30", 23)));  // 2027: the 31st is the last Sunday
  EXPECT_FALSE(is_copenhagen_summer_time(utc("2027-10-31", 1)));
}

TEST(CopenhagenTimeTest, DayStartIsLocalMidnight) {
  EXPECT_EQ(copenhagen_day_start(parse_iso_date("2026-12-04").value()), utc("2026-12-03", 23));
  EXPECT_EQ(copenhagen_day_start(parse_iso_date("2026-07-02").value()), utc("2026-07-01", 22));
  // The days of the changes begin before them, in the old offset.
  EXPECT_EQ(copenhagen_day_start(parse_iso_date("2026-03-29").value()), utc("2026-03-28", 23));
  EXPECT_EQ(copenhagen_day_start(parse_iso_date("2026-10-25").value()), utc("2026-10-24", 22));
  EXPECT_EQ(copenhagen_day_start(parse_iso_date("2026-10-26").value()), utc("2026-10-25", 23));
}

}  // namespace
}  // namespace forkant
