#pragma once
// "Siden sidste møde": what happened between two meetings of the management, for the agenda of the next
// one and the page of each held meeting. A thing counts for the period (after, until] by its own date:
// a decision or deselection by its decision date, a step by its evaluation date, a review by the day it
// was marked reviewed.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/goal.hpp"
#include "domain/result.hpp"

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

// Who attended a held meeting, recorded with its minutes (migration 011): free-text names, since guests
// attend who are not members. The form has one name a line, the API a list; both go through
// `attendee_names`, which splits at line breaks, trims and drops blank lines, so a name never holds a
// line break (the store keeps the names one a line).
inline constexpr std::size_t kMaxAttendees = 60;
inline constexpr std::size_t kMaxAttendeeChars = 120;

std::vector<std::string> attendee_names(const std::vector<std::string>& texts);

// Codes: invalid_utf8 (field "attendees"), too_many_attendees ({max}, {count}), attendee_too_long
// ({n}: the name's number, {max}).
Status check_attendees(const std::vector<std::string>& names);

}  // namespace forkant
