#include "render/format.hpp"

#include <array>
#include <cstdio>
#include <ctime>

#include "domain/copenhagen_time.hpp"

namespace forkant {
namespace {

constexpr std::array<const char*, 12> kMonthsDa{"januar",    "februar", "marts",    "april",
                                                "maj",       "juni",    "juli",     "august",
                                                "september", "oktober", "november", "december"};
constexpr std::array<const char*, 12> kMonthsEn{"January",   "February", "March",    "April",
                                                "May",       "June",     "July",     "August",
                                                "September", "October",  "November", "December"};

}  // namespace

std::string format_timestamp(std::int64_t unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
  return buf;
}

std::string format_day(std::int64_t unix_seconds) {
  return format_iso_date(utc_day(unix_seconds));
}

std::string format_day(std::int64_t unix_seconds, std::string_view lang) {
  return format_date_table(copenhagen_time(unix_seconds).day, lang);
}

std::string format_day_time(std::int64_t unix_seconds, std::string_view lang) {
  const LocalTime t = copenhagen_time(unix_seconds);
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:%02d", t.hour, t.minute);
  return format_date_table(t.day, lang) + " " + clock;
}

std::string format_date_text(Date date, std::string_view lang) {
  const auto day = static_cast<unsigned>(date.day());
  const auto month = static_cast<unsigned>(date.month()) - 1;
  const auto year = std::to_string(static_cast<int>(date.year()));
  if (lang == "en") return std::to_string(day) + " " + kMonthsEn.at(month) + " " + year;
  return std::to_string(day) + ". " + kMonthsDa.at(month) + " " + year;
}

std::string format_date_table(Date date, std::string_view lang) {
  if (lang == "en") return format_iso_date(date);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u-%02u-%04d", static_cast<unsigned>(date.day()),
                static_cast<unsigned>(date.month()), static_cast<int>(date.year()));
  return buf;
}

}  // namespace forkant
