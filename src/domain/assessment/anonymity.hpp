#pragma once
// The anonymity rules of PRODUCT.md, decided on counts alone so they can be proven on counts alone.
//
// A round's results are shown for "sets" of respondents: the whole round (set 0) and each group
// (set 1 + i for group i). Two guarantees:
//   1. A set is shown only when at least k of its respondents submitted.
//   2. No two shown sets differ by 1..k-1 respondents. Groups are disjoint, so the only differences to
//      worry about are "whole minus some shown groups"; the tightest is the rest = whole minus every shown
//      group. When the rest has 1..k-1 respondents, those respondents (the suppressed groups) are left out
//      of the whole, which then equals the union of the shown groups.
// Each statistic (a dimension score, a mean importance, an item distribution, ...) has its own
// contributors: the respondents who answered what it is computed from. `guard_statistic` applies the same
// two rules to them with the statistic's threshold (k, or max(k, 5) for distributions and comments):
//   - a group shows it when the group is shown and it has >= threshold contributors there;
//   - the whole shows it when the whole is shown, it has >= threshold contributors there, and
//     whole contributors - sum of the contributors of the groups that show it is 0 or >= threshold.
// Here a withheld whole-round statistic is suppressed rather than recomputed without someone, so the
// whole-round figures of one page always describe the same respondents.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace forkant {

inline constexpr int kMinAnonymityThreshold = 3;
inline constexpr int kDetailThreshold = 5;
inline constexpr std::size_t kWholeSet = 0;

// Item distributions and comments reveal more than a mean and need a larger set.
inline int detail_threshold(int k) {
  return k > kDetailThreshold ? k : kDetailThreshold;
}

struct SetPlan {
  std::vector<int> respondents;  // per set; the whole counts the respondents it keeps
  std::vector<bool> shown;       // per set
  std::vector<bool> excluded;    // per group (index i): its respondents are left out of the whole
};

// `group_sizes[i]` = submitted responses of group i; `k` >= kMinAnonymityThreshold.
SetPlan plan_sets(std::span<const int> group_sizes, int k);

// Which sets may show a statistic with `contributors[s]` contributors in set s (the whole counting only
// the respondents it keeps). Returns one flag per set.
std::vector<bool> guard_statistic(const SetPlan& plan, std::span<const int> contributors, int threshold);

}  // namespace forkant
