#include "domain/copenhagen_time.hpp"

namespace forkant {
namespace {

std::int64_t unix_of(Date day) {
  return std::chrono::sys_days{day}.time_since_epoch() / std::chrono::seconds{1};
}

constexpr std::int64_t kHour = 3600;

}  // namespace

Date last_sunday(std::chrono::year year, std::chrono::month month) {
  return Date{std::chrono::sys_days{year / month / std::chrono::Sunday[std::chrono::last]}};
}

bool is_copenhagen_summer_time(std::int64_t unix_seconds) {
  const auto year = utc_day(unix_seconds).year();
  const std::int64_t starts = unix_of(last_sunday(year, std::chrono::March)) + kHour;
  const std::int64_t ends = unix_of(last_sunday(year, std::chrono::October)) + kHour;
  return unix_seconds >= starts && unix_seconds < ends;
}

LocalTime copenhagen_time(std::int64_t unix_seconds) {
  const int offset = is_copenhagen_summer_time(unix_seconds) ? 120 : 60;
  const std::int64_t local = unix_seconds + std::int64_t{offset} * 60;
  const Date day = utc_day(local);
  const std::int64_t seconds_of_day = local - unix_of(day);
  return {day, static_cast<int>(seconds_of_day / kHour), static_cast<int>(seconds_of_day % kHour / 60),
          offset};
}

std::int64_t copenhagen_day_start(Date day) {
  // Local midnight is 22:00 or 23:00 UTC the day before, and the offset never changes within the two
  // hours before midnight UTC (changes happen at 01:00 UTC), so the offset two hours before is exact.
  const std::int64_t midnight_utc = unix_of(day);
  const int offset = is_copenhagen_summer_time(midnight_utc - 2 * kHour) ? 120 : 60;
  return midnight_utc - std::int64_t{offset} * 60;
}

}  // namespace forkant
