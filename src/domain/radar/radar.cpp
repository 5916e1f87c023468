#include "domain/radar/radar.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "domain/utf8.hpp"

namespace forkant {
namespace {

Error invalid(std::string code, std::map<std::string, std::string> params = {}) {
  std::string key = "error." + code;
  return Error::invalid(std::move(code), std::move(key), std::move(params));
}

std::string_view trim_view(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

bool blank(std::string_view s) {
  return trim_view(s).empty();
}

}  // namespace

std::string_view to_string(Ring ring) {
  switch (ring) {
    case Ring::adopt:
      return "adopt";
    case Ring::trial:
      return "trial";
    case Ring::assess:
      return "assess";
    case Ring::hold:
      return "hold";
  }
  return "assess";
}

std::optional<Ring> ring_from_string(std::string_view name) {
  for (Ring r : {Ring::adopt, Ring::trial, Ring::assess, Ring::hold}) {
    if (to_string(r) == name) return r;
  }
  return std::nullopt;
}

std::string_view to_string(Movement movement) {
  switch (movement) {
    case Movement::new_entry:
      return "new";
    case Movement::moved_in:
      return "moved_in";
    case Movement::moved_out:
      return "moved_out";
    case Movement::no_change:
      return "no_change";
  }
  return "no_change";
}

std::optional<Movement> movement_from_string(std::string_view name) {
  for (Movement m : {Movement::new_entry, Movement::moved_in, Movement::moved_out, Movement::no_change}) {
    if (to_string(m) == name) return m;
  }
  return std::nullopt;
}

std::string_view to_string(PrerequisiteKind kind) {
  switch (kind) {
    case PrerequisiteKind::data:
      return "data";
    case PrerequisiteKind::competence:
      return "competence";
    case PrerequisiteKind::standard:
      return "standard";
    case PrerequisiteKind::partner:
      return "partner";
  }
  return "data";
}

std::optional<PrerequisiteKind> prerequisite_kind_from_string(std::string_view name) {
  for (PrerequisiteKind k : {PrerequisiteKind::data, PrerequisiteKind::competence, PrerequisiteKind::standard,
                             PrerequisiteKind::partner}) {
    if (to_string(k) == name) return k;
  }
  return std::nullopt;
}

QuadrantNames default_quadrant_names() {
  return {"Techniques", "Platforms", "Tools", "Languages & Frameworks"};
}

std::string entry_key(std::string_view name) {
  std::string key(trim_view(name));
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return key;
}

Status validate_entry(const RadarEntryDraft& entry) {
  if (blank(entry.name)) return invalid("radar_name_required");
  if (utf8_length(entry.name) > kMaxEntryName) {
    return invalid("radar_name_too_long", {{"max", std::to_string(kMaxEntryName)}});
  }
  if (entry.name.find_first_of("<>") != std::string::npos) return invalid("radar_name_markup");
  if (utf8_length(entry.description) > kMaxEntryDescription) {
    return invalid("radar_description_too_long", {{"max", std::to_string(kMaxEntryDescription)}});
  }
  if (entry.quadrant < 0 || entry.quadrant >= kQuadrantCount) return invalid("radar_quadrant");
  const bool is_hold = entry.ring == Ring::hold;
  if (is_hold != entry.hold.has_value()) return invalid("radar_hold_details");
  if (entry.hold) {
    if (blank(entry.hold->reason) || !entry.hold->since.ok() || !entry.hold->revisit_on.ok()) {
      return invalid("radar_hold_details");
    }
    if (entry.hold->revisit_on < entry.hold->since) return invalid("radar_hold_revisit_before");
    if (utf8_length(entry.hold->reason) > kMaxHoldReason) {
      return invalid("radar_hold_reason_too_long", {{"max", std::to_string(kMaxHoldReason)}});
    }
  }
  if (entry.prerequisites.size() > kMaxPrerequisites) {
    return invalid("radar_too_many_prerequisites", {{"max", std::to_string(kMaxPrerequisites)}});
  }
  std::set<std::pair<PrerequisiteKind, std::string>> seen;
  for (const Prerequisite& p : entry.prerequisites) {
    if (blank(p.name) || utf8_length(p.name) > kMaxEntryName) return invalid("radar_prerequisite_name");
    if (!seen.insert({p.kind, entry_key(p.name)}).second) {
      return invalid("radar_prerequisite_duplicate", {{"name", p.name}});
    }
  }
  return ok_status();
}

Status validate_edition(std::string_view title, const QuadrantNames& quadrants) {
  if (blank(title)) return invalid("radar_title_required");
  if (utf8_length(title) > kMaxEditionTitle) {
    return invalid("radar_title_too_long", {{"max", std::to_string(kMaxEditionTitle)}});
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < quadrants.size(); ++i) {
    if (blank(quadrants[i]) || utf8_length(quadrants[i]) > kMaxQuadrantName ||
        quadrants[i].find_first_of("<>") != std::string::npos) {
      return invalid("radar_quadrant_name", {{"index", std::to_string(i + 1)}});
    }
    if (!seen.insert(entry_key(quadrants[i])).second) {
      return invalid("radar_quadrant_duplicate", {{"name", quadrants[i]}});
    }
  }
  return ok_status();
}

Movement compute_movement(const RadarEntryDraft& entry, std::span<const RadarEntryDraft> previous) {
  if (entry.recorded_movement) return *entry.recorded_movement;
  const std::string key = entry_key(entry.name);
  const auto before = std::find_if(previous.begin(), previous.end(),
                                   [&](const RadarEntryDraft& p) { return entry_key(p.name) == key; });
  if (before == previous.end()) return Movement::new_entry;
  if (entry.ring < before->ring) return Movement::moved_in;
  if (entry.ring > before->ring) return Movement::moved_out;
  return Movement::no_change;
}

std::vector<RadarEntryDraft> carry_over(std::span<const RadarEntryDraft> current) {
  std::vector<RadarEntryDraft> next(current.begin(), current.end());
  for (RadarEntryDraft& e : next) e.recorded_movement.reset();
  return next;
}

bool hold_due(const RadarEntryDraft& entry, Date today) {
  return entry.ring == Ring::hold && entry.hold && entry.hold->revisit_on <= today;
}

}  // namespace forkant
