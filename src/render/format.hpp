#pragma once
// Presentation of times and dates for people.

#include <cstdint>
#include <string>

namespace forkant {

// Unix seconds -> "2026-11-26 20:15 UTC".
std::string format_timestamp(std::int64_t unix_seconds);
// Unix seconds -> "2026-11-26".
std::string format_day(std::int64_t unix_seconds);

}  // namespace forkant
