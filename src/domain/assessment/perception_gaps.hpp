#pragma once
// Perception gaps: for each question, how far top management's score lies from each other group's score.
// The op-ed's point is that the leadership sees the organisation differently from those who live in it;
// this makes that difference a view of its own, largest first.
//
// Computed from shown figures only: a gap needs top management's score AND the other group's score to
// have passed the anonymity guard (results.hpp). A suppressed group, a group left out of the whole round
// and a dimension score withheld in either group give no gap. The difference of two shown means of two
// disjoint groups says nothing the two means do not say already (docs/anonymity.md).

#include <string>
#include <vector>

#include "domain/assessment/results.hpp"

namespace forkant {

struct PerceptionGap {
  std::string dimension_id;
  std::string group;  // the other group
  double top = 0;     // top management's score
  double other = 0;   // the other group's score
  double gap = 0;     // top - other: positive when top management rates the question higher
};

// Every gap between top management and each other shown group on each question with both scores shown,
// largest absolute gap first; equal gaps keep framework order, then group order. Empty when the round
// marks no top group, or top management's set is suppressed.
std::vector<PerceptionGap> perception_gaps(const RoundResults& results);

}  // namespace forkant
