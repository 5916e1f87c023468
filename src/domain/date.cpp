#include "domain/date.hpp"

#include <algorithm>
#include <cstdio>

namespace forkant {
namespace {

using namespace std::chrono;

// Reads `count` ASCII digits starting at `pos`; nullopt on any other character.
std::optional<int> read_digits(std::string_view text, std::size_t pos, std::size_t count) {
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return std::nullopt;
    }
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const auto y = read_digits(text, 0, 4);
  const auto m = read_digits(text, 5, 2);
  const auto d = read_digits(text, 8, 2);
  if (!y || !m || !d || *y == 0) {
    return std::nullopt;
  }
  const Date date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return date;
}

std::string format_iso_date(Date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

Date add_months(Date date, int months) {
  const year_month target = year_month{date.year(), date.month()} + std::chrono::months{months};
  const day last = year_month_day_last{target.year(), month_day_last{target.month()}}.day();
  return Date{target.year(), target.month(), std::min(date.day(), last)};
}

Date add_days(Date date, int days) {
  return Date{sys_days{date} + std::chrono::days{days}};
}

int days_between(Date from, Date to) {
  return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

Date utc_day(std::int64_t unix_seconds) {
  // Floor division: a time before 1970 still belongs to the day it falls in.
  return Date{
      std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{unix_seconds}})};
}

}  // namespace forkant
