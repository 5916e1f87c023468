#pragma once
// Calendar dates as the domain sees them: a day, no time of day, no time zone. g++ 12 has the C++20
// calendar types but not std::chrono::parse/format, so ISO 8601 (YYYY-MM-DD) is read and written here.
// The domain never reads the clock; "today" is always passed in.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace forkant {

using Date = std::chrono::year_month_day;

// Parses exactly "YYYY-MM-DD" (year 0001-9999) naming a real calendar day; "2026-02-30",
// "2026-2-3", " 2026-02-03" and "2026-02-03T00:00" are all refused.
std::optional<Date> parse_iso_date(std::string_view text);

// "YYYY-MM-DD". Precondition: `date.ok()`.
std::string format_iso_date(Date date);

// Adds whole calendar months; a day that does not exist in the target month is clamped to its last
// day (Jan 31 + 1 month = Feb 28/29), as a calendar would.
Date add_months(Date date, int months);

Date add_days(Date date, int days);

// Days from `from` to `to`; negative when `to` is earlier.
int days_between(Date from, Date to);

// The calendar day (UTC) a Unix time falls on: how services turn the clock's "now" into "today".
Date utc_day(std::int64_t unix_seconds);

// Dates compare with the built-in operators of std::chrono::year_month_day (==, <, <=>).

}  // namespace forkant
