#pragma once
// What a framework asks of one respondent, so that the first page can promise the time honestly: the
// number of answers to give, on how many pages, and about how long that takes. The time is computed from
// a stated rate (kSecondsPerRating for each rating on a scale, kSecondsForAllocation for spreading the
// points of a purpose allocation), rounded up to whole kMinutesRoundedTo minutes, never less than that.
// The rate is deliberately not optimistic: it is read on a phone by someone who meets the statements for
// the first time.

#include "domain/assessment/framework.hpp"

namespace forkant {

inline constexpr int kSecondsPerRating = 10;
inline constexpr int kSecondsForAllocation = 60;
inline constexpr int kMinutesRoundedTo = 5;

struct Workload {
  int ratings = 0;          // statements, positions and importance ratings
  bool allocation = false;  // the framework asks for a purpose allocation
  int answers = 0;          // ratings, and the allocation counted as one
  int pages = 0;            // one per dimension
  int minutes = 0;          // about; a multiple of kMinutesRoundedTo
};

Workload workload(const Framework& framework);

}  // namespace forkant
