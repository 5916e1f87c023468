#include "domain/initiatives/waiting_judgement.hpp"

#include <algorithm>
#include <tuple>

#include "domain/decisions/decision_filter.hpp"

namespace forkant {

std::vector<WaitingInitiative> waiting_for_judgement(const std::vector<Initiative>& initiatives,
                                                     const std::map<std::int64_t, RiskSummary>& summaries) {
  std::vector<WaitingInitiative> out;
  for (const Initiative& initiative : initiatives) {
    const auto it = summaries.find(initiative.id);
    if (it == summaries.end() || it->second.open_judgements <= 0 || initiative.phase == Phase::stopped)
      continue;
    out.push_back({initiative.id, initiative.content.title, initiative.phase, it->second.forum,
                   it->second.open_judgements});
  }
  // -1 for no forum, so that a named forum comes before an unnamed one.
  const auto rank = [](const WaitingInitiative& w) { return w.forum ? static_cast<int>(*w.forum) : -1; };
  std::sort(out.begin(), out.end(), [&](const WaitingInitiative& a, const WaitingInitiative& b) {
    const int ra = rank(a), rb = rank(b);
    const auto ka = title_sort_key(a.title), kb = title_sort_key(b.title);
    return std::tie(rb, ka, a.initiative_id) < std::tie(ra, kb, b.initiative_id);
  });
  return out;
}

}  // namespace forkant
