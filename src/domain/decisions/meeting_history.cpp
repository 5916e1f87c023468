#include "domain/decisions/meeting_history.hpp"

#include <algorithm>
#include <tuple>

namespace forkant {

SinceLastMeeting since_last_meeting(const std::vector<Decision>& decisions, const std::vector<Step>& steps,
                                    std::optional<Date> after, Date until) {
  const auto in_period = [&](Date d) { return (!after || *after < d) && d <= until; };
  SinceLastMeeting out;
  out.after = after;
  out.until = until;
  for (const auto& d : decisions) {
    if (in_period(d.content.decided_on)) {
      (d.content.kind == DecisionKind::deselected ? out.deselected : out.decided).push_back(d);
    }
    if (d.reviewed_on && in_period(*d.reviewed_on)) out.reviewed.push_back(d);
  }
  for (const auto& s : steps) {
    if (s.status == StepStatus::done && s.evaluation && in_period(s.evaluation->evaluated_on)) {
      out.evaluated.push_back(s);
    }
  }
  const auto by_decided = [](const Decision& a, const Decision& b) {
    return std::tie(a.content.decided_on, a.id) < std::tie(b.content.decided_on, b.id);
  };
  std::sort(out.decided.begin(), out.decided.end(), by_decided);
  std::sort(out.deselected.begin(), out.deselected.end(), by_decided);
  std::sort(out.reviewed.begin(), out.reviewed.end(), [](const Decision& a, const Decision& b) {
    return std::tie(*a.reviewed_on, a.id) < std::tie(*b.reviewed_on, b.id);
  });
  std::sort(out.evaluated.begin(), out.evaluated.end(), [](const Step& a, const Step& b) {
    return std::tie(a.evaluation->evaluated_on, a.id) < std::tie(b.evaluation->evaluated_on, b.id);
  });
  return out;
}

}  // namespace forkant
