#pragma once
// Wall-clock time in Europe/Copenhagen, where forkant's users live: CET (UTC+1) in winter and CEST
// (UTC+2) in summer, by the EU rule that summer time starts on the last Sunday of March and ends on the
// last Sunday of October, both at 01:00 UTC. g++ 12's standard library has no time-zone database, and
// Denmark has followed this rule since 1996; the domain does not need older times.

#include <cstdint>

#include "domain/date.hpp"

namespace forkant {

struct LocalTime {
  Date day{};
  int hour = 0;
  int minute = 0;
  int offset_minutes = 60;  // 60 (CET) or 120 (CEST)
};

// The last Sunday of `month` in `year`.
Date last_sunday(std::chrono::year year, std::chrono::month month);

// True from the last Sunday of March 01:00 UTC (inclusive) to the last Sunday of October 01:00 UTC
// (exclusive).
bool is_copenhagen_summer_time(std::int64_t unix_seconds);

LocalTime copenhagen_time(std::int64_t unix_seconds);

// The Unix time at which the day `day` begins in Copenhagen (local midnight).
std::int64_t copenhagen_day_start(Date day);

}  // namespace forkant
