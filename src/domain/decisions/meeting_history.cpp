#include "domain/decisions/meeting_history.hpp"

#include <algorithm>
#include <tuple>

#include "domain/utf8.hpp"

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

std::vector<std::string> attendee_names(const std::vector<std::string>& texts) {
  std::vector<std::string> out;
  for (const auto& text : texts) {
    const std::string_view all = text;
    for (std::size_t pos = 0; pos <= all.size();) {
      const auto end = std::min(all.find('\n', pos), all.size());
      std::string_view line = all.substr(pos, end - pos);
      pos = end + 1;
      const auto first = line.find_first_not_of(" \t\r\f\v");
      if (first == std::string_view::npos) continue;
      line = line.substr(first, line.find_last_not_of(" \t\r\f\v") - first + 1);
      out.emplace_back(line);
    }
  }
  return out;
}

Status check_attendees(const std::vector<std::string>& names) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!is_valid_utf8(names[i]))
      return Error::invalid("invalid_utf8", "error.invalid_utf8", {{"field", "attendees"}});
    if (utf8_length(names[i]) > kMaxAttendeeChars) {
      return Error::invalid("attendee_too_long", "error.attendee_too_long",
                            {{"n", std::to_string(i + 1)}, {"max", std::to_string(kMaxAttendeeChars)}});
    }
  }
  if (names.size() > kMaxAttendees) {
    return Error::invalid("too_many_attendees", "error.too_many_attendees",
                          {{"max", std::to_string(kMaxAttendees)}, {"count", std::to_string(names.size())}});
  }
  return ok_status();
}

}  // namespace forkant
