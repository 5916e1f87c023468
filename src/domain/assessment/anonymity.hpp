#pragma once
// The anonymity rules of PRODUCT.md, decided on counts alone so they can be proven on counts alone.
//
// A round's results are shown for "sets" of respondents: the whole round (set 0) and each group
// (set 1 + i for group i). Each set is counted twice: all its responses, and those that came through a
// private link. Responses entered by hand (paper forms imported by a coordinator) are known to whoever
// entered them, so only the link responses are secret; padding a set with known rows must not bring a
// single secret one into view. Two guarantees, each applied to both counts:
//   1. A set is shown only when at least k of its responses were submitted, and its link responses
//      number none or at least k (a set of paper answers alone is known to its typist anyway).
//   2. No two shown sets differ by 1..k-1 responses, nor by 1..k-1 link responses. Groups are disjoint,
//      so the only differences to worry about are "whole minus some shown groups"; the tightest is the
//      rest = whole minus every shown group. When the rest has 1..k-1 responses or 1..k-1 link responses,
//      the suppressed groups are left out of the whole, which then equals the union of the shown groups.
//      (Every shown part has 0 or >= k of each, so any union of parts has too.)
// Each statistic (a dimension score, a mean importance, an item distribution, a standard deviation ...)
// has its own contributors: the respondents who answered what it is computed from. `guard_statistic`
// applies the same two rules to them with the statistic's threshold (k for means, max(k, 5) for spread,
// order statistics, distributions and comments):
//   - a group shows it when the group is shown and its contributors pass rule 1 with the threshold;
//   - the whole shows it when the whole is shown, its contributors pass rule 1, and whole contributors
//     minus those of the groups that show it are 0 or >= threshold, in both counts.
// Here a withheld whole-round statistic is suppressed rather than recomputed without someone, so the
// whole-round figures of one page always describe the same respondents.
//
// What no software can tell: a coordinator who answers private links personally. Those rows count as
// link responses. docs/anonymity.md and the round page where links are handed out say so.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace forkant {

inline constexpr int kMinAnonymityThreshold = 3;
inline constexpr int kDetailThreshold = 5;
inline constexpr std::size_t kWholeSet = 0;

// Item distributions, spread and order statistics and comments reveal more than a mean and need a larger
// set: with three respondents median, min and max are their three scores.
inline int detail_threshold(int k) {
  return k > kDetailThreshold ? k : kDetailThreshold;
}

// Responses of one set: all of them, and those that came through a private link.
struct SetCount {
  int all = 0;
  int link = 0;
  friend bool operator==(const SetCount&, const SetCount&) = default;
};

// Rule 1 on one count: enough responses, and the secret ones none or enough.
inline bool passes_threshold(SetCount c, int threshold) {
  return c.all >= threshold && (c.link == 0 || c.link >= threshold);
}

// A difference of 1..threshold-1 (of either count) would single someone out.
inline bool isolates(SetCount difference, int threshold) {
  auto small = [threshold](int n) { return n > 0 && n < threshold; };
  return small(difference.all) || small(difference.link);
}

struct SetPlan {
  std::vector<SetCount> respondents;  // per set; the whole counts the respondents it keeps
  std::vector<bool> shown;            // per set
  std::vector<bool> excluded;         // per group (index i): its respondents are left out of the whole
};

// `groups[i]` = submitted responses of group i; `k` >= kMinAnonymityThreshold.
SetPlan plan_sets(std::span<const SetCount> groups, int k);

// Which sets may show a statistic with `contributors[s]` contributors in set s (the whole counting only
// the respondents it keeps). Returns one flag per set.
std::vector<bool> guard_statistic(const SetPlan& plan, std::span<const SetCount> contributors, int threshold);

// More submissions needed before a suppressed set with `count` is shown: the missing responses, or the
// missing link responses when those are the shortfall.
int needed_for(SetCount count, int k);

}  // namespace forkant
