#include "domain/assessment/anonymity.hpp"

#include <algorithm>
#include <cassert>

namespace forkant {

SetPlan plan_sets(std::span<const SetCount> groups, int k) {
  SetPlan plan;
  SetCount total;
  SetCount in_shown_groups;
  plan.respondents.push_back({});
  plan.shown.push_back(false);
  for (SetCount n : groups) {
    total.all += n.all;
    total.link += n.link;
    const bool shown = passes_threshold(n, k);
    plan.respondents.push_back(n);
    plan.shown.push_back(shown);
    if (shown) {
      in_shown_groups.all += n.all;
      in_shown_groups.link += n.link;
    }
  }
  const SetCount rest{total.all - in_shown_groups.all, total.link - in_shown_groups.link};
  // With no group shown there is nothing to subtract from; the whole stands or falls on its own count.
  const bool exclude_rest = in_shown_groups.all > 0 && isolates(rest, k);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    plan.excluded.push_back(exclude_rest && groups[g].all > 0 && !plan.shown[g + 1]);
  }
  plan.respondents[kWholeSet] = exclude_rest ? in_shown_groups : total;
  plan.shown[kWholeSet] = passes_threshold(plan.respondents[kWholeSet], k);
  return plan;
}

std::vector<bool> guard_statistic(const SetPlan& plan, std::span<const SetCount> contributors,
                                  int threshold) {
  assert(contributors.size() == plan.shown.size());
  std::vector<bool> shown(contributors.size(), false);
  SetCount covered;  // contributors in the groups that show the statistic
  for (std::size_t s = kWholeSet + 1; s < contributors.size(); ++s) {
    shown[s] = plan.shown[s] && passes_threshold(contributors[s], threshold);
    if (shown[s]) {
      covered.all += contributors[s].all;
      covered.link += contributors[s].link;
    }
  }
  const SetCount whole = contributors[kWholeSet];
  const SetCount rest{whole.all - covered.all, whole.link - covered.link};
  shown[kWholeSet] =
      plan.shown[kWholeSet] && passes_threshold(whole, threshold) && !isolates(rest, threshold);
  return shown;
}

int needed_for(SetCount count, int k) {
  const int more = std::max(0, k - count.all);
  const int more_links = count.link > 0 ? std::max(0, k - count.link) : 0;
  return std::max(more, more_links);
}

}  // namespace forkant
