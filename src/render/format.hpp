#pragma once
// Presentation of times and dates for people, in the reader's language ("da" is the default): Danish
// "4. december 2026" in running text and "04-12-2026" in tables; English "4 December 2026" in running
// text and ISO "2026-12-04" in tables (day-first and month-first readers both read it the same way).

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/date.hpp"

namespace forkant {

// Unix seconds -> "2026-11-26 20:15 UTC".
std::string format_timestamp(std::int64_t unix_seconds);
// Unix seconds -> "2026-11-26".
std::string format_day(std::int64_t unix_seconds);

// The Copenhagen day of a Unix time for a table: "04-12-2026" / "2026-12-04".
std::string format_day(std::int64_t unix_seconds, std::string_view lang);
// The Copenhagen day and clock of a Unix time for a table: "04-12-2026 14:05" / "2026-12-04 14:05".
std::string format_day_time(std::int64_t unix_seconds, std::string_view lang);

// "4. december 2026" / "4 December 2026". Precondition: `date.ok()`.
std::string format_date_text(Date date, std::string_view lang);
// "04-12-2026" / "2026-12-04". Precondition: `date.ok()`.
std::string format_date_table(Date date, std::string_view lang);

}  // namespace forkant
