#include "render/format.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

Date day(const char* iso) {
  return parse_iso_date(iso).value();
}

TEST(FormatDateTest, DanishTextAndTable) {
  EXPECT_EQ(format_date_text(day("2026-12-04"), "da"), "4. december 2026");
  EXPECT_EQ(format_date_text(day("2027-01-31"), "da"), "31. januar 2027");
  EXPECT_EQ(format_date_table(day("2026-12-04"), "da"), "04-12-2026");
  EXPECT_EQ(format_date_table(day("2027-01-31"), "da"), "31-01-2027");
}

TEST(FormatDateTest, EnglishTextAndTable) {
  EXPECT_EQ(format_date_text(day("2026-12-04"), "en"), "4 December 2026");
  EXPECT_EQ(format_date_text(day("2026-05-01"), "en"), "1 May 2026");
  EXPECT_EQ(format_date_table(day("2026-12-04"), "en"), "2026-12-04");
}

TEST(FormatDateTest, AnyOtherLanguageIsDanish) {
  EXPECT_EQ(format_date_text(day("2026-03-09"), ""), "9. marts 2026");
  EXPECT_EQ(format_date_table(day("2026-03-09"), "de"), "09-03-2026");
}

}  // namespace
}  // namespace forkant

namespace forkant {
namespace {

TEST(FormatDayTest, ATimeIsShownOnItsCopenhagenDay) {
  // 2026-12-03 23:30 UTC is 4 December 00:30 in Copenhagen.
  const std::int64_t t = std::chrono::sys_days{parse_iso_date("2026-12-03").value()}.time_since_epoch() /
                             std::chrono::seconds{1} +
                         23 * 3600 + 30 * 60;
  EXPECT_EQ(format_day(t, "da"), "04-12-2026");
  EXPECT_EQ(format_day(t, "en"), "2026-12-04");
}

}  // namespace
}  // namespace forkant
