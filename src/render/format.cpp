#include "render/format.hpp"

#include <ctime>

#include "domain/date.hpp"

namespace forkant {

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

}  // namespace forkant
