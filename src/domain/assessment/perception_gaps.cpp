#include "domain/assessment/perception_gaps.hpp"

#include <algorithm>
#include <cmath>

namespace forkant {
namespace {

const DimensionResult* find_dimension(const SetResult& set, const std::string& id) {
  auto it = std::find_if(set.dimensions.begin(), set.dimensions.end(),
                         [&](const DimensionResult& d) { return d.dimension_id == id; });
  return it == set.dimensions.end() ? nullptr : &*it;
}

bool excluded(const RoundResults& results, const std::string& group) {
  return std::find(results.excluded_groups.begin(), results.excluded_groups.end(), group) !=
         results.excluded_groups.end();
}

}  // namespace

std::vector<PerceptionGap> perception_gaps(const RoundResults& results) {
  std::vector<PerceptionGap> gaps;
  const SetResult* top = top_management(results);
  if (!top || top->suppressed || excluded(results, top->group)) return gaps;
  for (const DimensionResult& t : top->dimensions) {  // framework order
    if (!t.score) continue;
    for (const SetResult& other : results.groups) {
      if (&other == top || other.suppressed || excluded(results, other.group)) continue;
      const DimensionResult* o = find_dimension(other, t.dimension_id);
      if (!o || !o->score) continue;
      gaps.push_back({t.dimension_id, other.group, *t.score, *o->score, *t.score - *o->score});
    }
  }
  // Rounded keys: gaps equal on paper tie (and keep their order), whatever the last bit.
  auto key = [](const PerceptionGap& g) { return std::llround(std::fabs(g.gap) * 1e9); };
  std::stable_sort(gaps.begin(), gaps.end(),
                   [&](const PerceptionGap& a, const PerceptionGap& b) { return key(a) > key(b); });
  return gaps;
}

}  // namespace forkant
