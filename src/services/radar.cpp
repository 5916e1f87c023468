#include "services/radar.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "services/initiatives.hpp"

namespace forkant {
namespace {

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1));
}

std::string unix_lines(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return trim(out);
}

Error history_error() {
  return Error::conflict("radar_edition_history", "error.radar_edition_history");
}

std::string edition_object(std::int64_t id) {
  return "radar_edition:" + std::to_string(id);
}

std::string entry_object(std::int64_t id) {
  return "radar_entry:" + std::to_string(id);
}

std::vector<RadarEntryDraft> drafts(const std::vector<RadarEntry>& entries) {
  std::vector<RadarEntryDraft> out;
  out.reserve(entries.size());
  for (const RadarEntry& e : entries) out.push_back(e.content);
  return out;
}

}  // namespace

RadarEntryDraft normalised(RadarEntryDraft draft) {
  draft.name = trim(draft.name);
  draft.description = unix_lines(draft.description);
  if (draft.hold) draft.hold->reason = unix_lines(draft.hold->reason);
  for (Prerequisite& p : draft.prerequisites) p.name = trim(p.name);
  std::sort(draft.initiative_ids.begin(), draft.initiative_ids.end());
  draft.initiative_ids.erase(std::unique(draft.initiative_ids.begin(), draft.initiative_ids.end()),
                             draft.initiative_ids.end());
  return draft;
}

Date RadarService::today() const {
  return utc_day(clock_.now());
}

void RadarService::audit(std::int64_t org_id, std::int64_t actor, const std::string& action,
                         const std::string& object, const std::string& detail) {
  audit_.append_audit({org_id, actor, action, object, detail}, clock_.now());
}

std::optional<RadarEdition> RadarService::current_edition(std::int64_t org_id) {
  for (RadarEdition& e : store_.editions(org_id)) {
    if (e.current) return std::move(e);
  }
  return std::nullopt;
}

std::optional<RadarEdition> RadarService::previous_edition(const RadarEdition& edition) {
  // editions() is newest first: the one after `edition` in that list.
  const auto all = store_.editions(edition.org_id);
  const auto it =
      std::find_if(all.begin(), all.end(), [&](const RadarEdition& e) { return e.id == edition.id; });
  if (it == all.end() || it + 1 == all.end()) return std::nullopt;
  return *(it + 1);
}

RadarView RadarService::view(const RadarEdition& edition) {
  RadarView v;
  v.edition = edition;
  v.previous = previous_edition(edition);
  const auto before =
      v.previous ? drafts(store_.entries(edition.org_id, v.previous->id)) : std::vector<RadarEntryDraft>{};
  int number = 0;
  for (RadarEntry& e : store_.entries(edition.org_id, edition.id)) {
    const Movement m = compute_movement(e.content, before);
    v.blips.push_back({std::move(e), ++number, m});
  }
  return v;
}

Result<std::int64_t> RadarService::create_edition(std::int64_t org_id, std::int64_t actor,
                                                  const std::string& title, Date published_on,
                                                  const QuadrantNames& quadrants, bool copy_current) {
  RadarEdition edition;
  edition.org_id = org_id;
  edition.title = trim(title);
  edition.published_on = published_on;
  for (std::size_t i = 0; i < quadrants.size(); ++i) edition.quadrants[i] = trim(quadrants[i]);
  edition.current = true;
  if (auto s = validate_edition(edition.title, edition.quadrants); !s) return s.error();
  if (!published_on.ok()) return Error::invalid("radar_date", "error.radar_date");
  const auto now = clock_.now();
  std::int64_t id = 0;
  tx_.transaction([&] {
    const auto current = current_edition(org_id);
    std::vector<RadarEntryDraft> carried;
    if (copy_current && current) carried = carry_over(drafts(store_.entries(org_id, current->id)));
    id = store_.insert_current_edition(edition, actor, now);
    for (const RadarEntryDraft& e : carried) store_.insert_entry(org_id, id, e, now);
    audit(org_id, actor, "radar.edition_created", edition_object(id), edition.title);
  });
  return id;
}

Status RadarService::edit_edition(const RadarEdition& edition, std::int64_t actor, const std::string& title,
                                  Date published_on, const QuadrantNames& quadrants) {
  if (!edition.current) return history_error();
  RadarEdition changed = edition;
  changed.title = trim(title);
  changed.published_on = published_on;
  for (std::size_t i = 0; i < quadrants.size(); ++i) changed.quadrants[i] = trim(quadrants[i]);
  if (auto s = validate_edition(changed.title, changed.quadrants); !s) return s;
  if (!published_on.ok()) return Error::invalid("radar_date", "error.radar_date");
  tx_.transaction([&] {
    store_.update_edition(changed);
    audit(edition.org_id, actor, "radar.edition_edited", edition_object(edition.id), changed.title);
  });
  return ok_status();
}

Status RadarService::check_links(std::int64_t org_id, const RadarEntryDraft& draft) {
  if (draft.initiative_ids.empty()) return ok_status();
  std::set<std::int64_t> known;
  for (const auto& i : initiatives_.initiatives(org_id)) known.insert(i.id);
  for (std::int64_t id : draft.initiative_ids) {
    if (!known.contains(id)) {
      return Error::invalid("radar_initiative_unknown", "error.radar_initiative_unknown",
                            {{"id", std::to_string(id)}});
    }
  }
  return ok_status();
}

Result<std::int64_t> RadarService::create_entry(const RadarEdition& edition, std::int64_t actor,
                                                RadarEntryDraft draft) {
  if (!edition.current) return history_error();
  draft = normalised(std::move(draft));
  if (auto s = validate_entry(draft); !s) return s.error();
  if (auto s = check_links(edition.org_id, draft); !s) return s.error();
  const std::string key = entry_key(draft.name);
  std::int64_t id = 0;
  bool taken = false;
  tx_.transaction([&] {
    taken = false;
    for (const RadarEntry& e : store_.entries(edition.org_id, edition.id)) {
      if (entry_key(e.content.name) == key) taken = true;
    }
    if (taken) return;
    if (store_.entries(edition.org_id, edition.id).size() >= kMaxEntriesPerEdition) return;
    id = store_.insert_entry(edition.org_id, edition.id, draft, clock_.now());
    audit(edition.org_id, actor, "radar.entry_created", entry_object(id), draft.name);
  });
  if (taken) return Error::conflict("radar_name_taken", "error.radar_name_taken", {{"name", draft.name}});
  if (id == 0) {
    return Error::invalid("radar_too_many_entries", "error.radar_too_many_entries",
                          {{"max", std::to_string(kMaxEntriesPerEdition)}});
  }
  return id;
}

Status RadarService::edit_entry(const RadarEntry& entry, std::int64_t actor, RadarEntryDraft draft) {
  const auto edition = store_.find_edition(entry.edition_id);
  if (!edition || !edition->current) return history_error();
  draft = normalised(std::move(draft));
  if (auto s = validate_entry(draft); !s) return s;
  if (auto s = check_links(entry.org_id, draft); !s) return s;
  const std::string key = entry_key(draft.name);
  bool taken = false;
  tx_.transaction([&] {
    taken = false;
    for (const RadarEntry& e : store_.entries(entry.org_id, entry.edition_id)) {
      if (e.id != entry.id && entry_key(e.content.name) == key) taken = true;
    }
    if (taken) return;
    RadarEntry changed = entry;
    changed.content = draft;
    store_.update_entry(changed);
    std::string detail = draft.name + ": " + std::string(to_string(entry.content.ring)) + " -> " +
                         std::string(to_string(draft.ring));
    audit(entry.org_id, actor, "radar.entry_edited", entry_object(entry.id), detail);
  });
  if (taken) return Error::conflict("radar_name_taken", "error.radar_name_taken", {{"name", draft.name}});
  return ok_status();
}

Status RadarService::delete_entry(const RadarEntry& entry, std::int64_t actor) {
  const auto edition = store_.find_edition(entry.edition_id);
  if (!edition || !edition->current) return history_error();
  tx_.transaction([&] {
    store_.delete_entry(entry.org_id, entry.id);
    audit(entry.org_id, actor, "radar.entry_deleted", entry_object(entry.id), entry.content.name);
  });
  return ok_status();
}

Result<std::int64_t> RadarService::import_byor(std::int64_t org_id, std::int64_t actor,
                                               const std::string& title, Date published_on,
                                               const ByorRadar& file, const std::string& hold_reason,
                                               const std::string& format) {
  const auto current = current_edition(org_id);
  const ByorRadar radar = current ? align_quadrants(file, current->quadrants) : file;
  RadarEdition edition;
  edition.org_id = org_id;
  edition.title = trim(title);
  edition.published_on = published_on;
  edition.quadrants = radar.quadrants;
  edition.current = true;
  if (auto s = validate_edition(edition.title, edition.quadrants); !s) return s.error();
  if (!published_on.ok()) return Error::invalid("radar_date", "error.radar_date");
  std::vector<RadarEntryDraft> entries;
  for (const ByorBlip& b : radar.blips) {
    RadarEntryDraft e;
    e.name = b.name;
    e.quadrant = b.quadrant;
    e.ring = b.ring;
    e.description = b.description;
    e.recorded_movement = b.movement;
    if (b.ring == Ring::hold) {
      e.hold = HoldDetails{published_on, add_months(published_on, 12),
                           b.description.empty() ? hold_reason : b.description.substr(0, kMaxHoldReason)};
    }
    e = normalised(std::move(e));
    if (auto s = validate_entry(e); !s) {
      Error error = s.error();
      error.params["name"] = e.name;
      return error;
    }
    entries.push_back(std::move(e));
  }
  const auto now = clock_.now();
  std::int64_t id = 0;
  tx_.transaction([&] {
    id = store_.insert_current_edition(edition, actor, now);
    for (const RadarEntryDraft& e : entries) store_.insert_entry(org_id, id, e, now);
    audit(org_id, actor, "radar.imported", edition_object(id),
          format + ": " + std::to_string(entries.size()) + ": " + edition.title);
  });
  return id;
}

ByorRadar RadarService::export_byor(const RadarEdition& edition) {
  ByorRadar radar;
  radar.quadrants = edition.quadrants;
  for (const RadarBlip& b : view(edition).blips) {
    radar.blips.push_back({b.entry.content.name, b.entry.content.ring, b.entry.content.quadrant,
                           b.entry.content.description, b.movement});
  }
  return radar;
}

std::vector<PrerequisiteFinding> RadarService::check(const RadarEntry& entry) {
  CompetenceAnswers answers;
  return check(entry, answers);
}

std::vector<PrerequisiteFinding> RadarService::check(const RadarEntry& entry, CompetenceAnswers& answers) {
  std::vector<Initiative> linked;
  for (std::int64_t id : entry.content.initiative_ids) {
    auto i = initiatives_.find_initiative(id);
    if (i && i->org_id == entry.org_id) linked.push_back(std::move(*i));
  }
  CompetenceGapLookup lookup;
  if (competence_) {
    lookup = [this, &answers, org = entry.org_id](std::string_view name) {
      auto it = answers.find(name);
      if (it == answers.end()) it = answers.emplace(std::string(name), competence_(org, name)).first;
      return it->second;
    };
  }
  return check_prerequisites(entry.content, linked, lookup);
}

std::vector<RadarEntry> RadarService::holds(std::int64_t org_id) {
  std::vector<RadarEntry> out;
  const auto current = current_edition(org_id);
  if (!current) return out;
  for (RadarEntry& e : store_.entries(org_id, current->id)) {
    if (e.content.ring == Ring::hold && e.content.hold) out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(), [](const RadarEntry& a, const RadarEntry& b) {
    return a.content.hold->revisit_on < b.content.hold->revisit_on;
  });
  return out;
}

std::vector<RadarEntry> RadarService::holds_due(std::int64_t org_id) {
  std::vector<RadarEntry> out;
  const Date day = today();
  for (RadarEntry& e : holds(org_id)) {
    if (hold_due(e.content, day)) out.push_back(std::move(e));
  }
  return out;
}

std::vector<MissingPrerequisite> RadarService::missing_prerequisites(std::int64_t org_id) {
  std::vector<MissingPrerequisite> out;
  const auto current = current_edition(org_id);
  if (!current) return out;
  CompetenceAnswers answers;
  for (const RadarEntry& e : store_.entries(org_id, current->id)) {
    if (e.content.prerequisites.empty() || e.content.initiative_ids.empty()) continue;
    for (const PrerequisiteFinding& f : check(e, answers)) {
      if (!f.met()) out.push_back({e, e.content.prerequisites[f.prerequisite], f});
    }
  }
  return out;
}

void RadarService::agenda_feed(std::int64_t org_id, AgendaInput& input) {
  for (const RadarEntry& e : holds(org_id)) {
    input.radar_holds.push_back({e.id, e.content.name, e.content.hold->revisit_on, e.content.hold->reason});
  }
  for (const MissingPrerequisite& m : missing_prerequisites(org_id)) {
    input.radar_prerequisites.push_back({m.entry.id, m.entry.content.name, m.prerequisite.name,
                                         m.finding.initiative_id, m.finding.initiative_title,
                                         std::string(to_string(m.finding.outcome))});
  }
}

}  // namespace forkant
