#include "domain/assessment/anonymity.hpp"

#include <cassert>

namespace forkant {

SetPlan plan_sets(std::span<const int> group_sizes, int k) {
  SetPlan plan;
  int total = 0;
  int in_shown_groups = 0;
  plan.respondents.push_back(0);
  plan.shown.push_back(false);
  for (int n : group_sizes) {
    total += n;
    plan.respondents.push_back(n);
    plan.shown.push_back(n >= k);
    if (n >= k) in_shown_groups += n;
  }
  const int rest = total - in_shown_groups;
  // With no group shown there is nothing to subtract from; the whole stands or falls on its own count.
  const bool exclude_rest = in_shown_groups > 0 && rest > 0 && rest < k;
  for (int n : group_sizes) plan.excluded.push_back(exclude_rest && n > 0 && n < k);
  plan.respondents[kWholeSet] = exclude_rest ? in_shown_groups : total;
  plan.shown[kWholeSet] = plan.respondents[kWholeSet] >= k;
  return plan;
}

std::vector<bool> guard_statistic(const SetPlan& plan, std::span<const int> contributors, int threshold) {
  assert(contributors.size() == plan.shown.size());
  std::vector<bool> shown(contributors.size(), false);
  int covered = 0;  // contributors in the groups that show the statistic
  for (std::size_t s = kWholeSet + 1; s < contributors.size(); ++s) {
    shown[s] = plan.shown[s] && contributors[s] >= threshold;
    if (shown[s]) covered += contributors[s];
  }
  const int whole = contributors[kWholeSet];
  const int rest = whole - covered;
  shown[kWholeSet] = plan.shown[kWholeSet] && whole >= threshold && !(rest > 0 && rest < threshold);
  return shown;
}

}  // namespace forkant
