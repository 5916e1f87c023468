#pragma once
// "Siden sidste møde": what happened between two meetings of the management, for the agenda of the next
// one and the page of each held meeting. A thing counts for the period (after, until] by its own date:
// a decision or deselection by its decision date, a step by its evaluation date, a review by the day it
// was marked reviewed.

#include <optional>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/goal.hpp"

namespace forkant {

struct SinceLastMeeting {
  std::optional<Date> after;  // the previous held meeting; nullopt: from the start
  Date until{};
  std::vector<Decision> decided;     // decided or postponed, oldest first
  std::vector<Decision> deselected;  // decisions not to pursue, oldest first
  std::vector<Step> evaluated;       // steps done with their evaluation, oldest evaluation first
  std::vector<Decision> reviewed;    // review points settled, oldest first

  bool empty() const {
    return decided.empty() && deselected.empty() && evaluated.empty() && reviewed.empty();
  }
};

SinceLastMeeting since_last_meeting(const std::vector<Decision>& decisions, const std::vector<Step>& steps,
                                    std::optional<Date> after, Date until);

}  // namespace forkant
