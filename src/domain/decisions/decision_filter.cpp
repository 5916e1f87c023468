#include "domain/decisions/decision_filter.hpp"

#include <algorithm>
#include <iterator>
#include <set>

namespace forkant {

bool matches(const Decision& decision, const DecisionFilter& filter) {
  const DecisionDraft& c = decision.content;
  if (filter.kind && c.kind != *filter.kind) {
    return false;
  }
  if (filter.question && !c.questions.contains(*filter.question)) {
    return false;
  }
  if (filter.owner_user_id && c.owner_user_id != *filter.owner_user_id) {
    return false;
  }
  if (filter.body && c.body != *filter.body) {
    return false;
  }
  if (filter.from && c.decided_on < *filter.from) {
    return false;
  }
  if (filter.to && c.decided_on > *filter.to) {
    return false;
  }
  return filter.include_superseded || !decision.is_superseded();
}

std::vector<Decision> filter_decisions(const std::vector<Decision>& decisions, const DecisionFilter& filter) {
  std::vector<Decision> result;
  std::copy_if(decisions.begin(), decisions.end(), std::back_inserter(result),
               [&](const Decision& d) { return matches(d, filter); });
  return result;
}

std::vector<std::string> distinct_bodies(const std::vector<Decision>& decisions) {
  std::set<std::string> bodies;
  for (const auto& d : decisions) {
    bodies.insert(d.content.body);
  }
  return {bodies.begin(), bodies.end()};
}

}  // namespace forkant
