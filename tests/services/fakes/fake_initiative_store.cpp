#include "fakes/fake_initiative_store.hpp"

#include <algorithm>

namespace forkant::test {

std::int64_t FakeInitiativeStore::insert_initiative(const Initiative& initiative, std::int64_t,
                                                    std::int64_t now) {
  Initiative stored = initiative;
  stored.id = s_.next_id++;
  stored.created_at = now;
  s_.initiatives[stored.id] = stored;
  return stored.id;
}

std::optional<Initiative> FakeInitiativeStore::find_initiative(std::int64_t initiative_id) {
  const auto it = s_.initiatives.find(initiative_id);
  if (it == s_.initiatives.end()) return std::nullopt;
  return it->second;
}

std::vector<Initiative> FakeInitiativeStore::matching(
    std::int64_t org_id, const std::function<bool(const Initiative&)>& keep) const {
  std::vector<Initiative> out;
  for (const auto& [id, i] : s_.initiatives) {
    if (i.org_id == org_id && keep(i)) out.push_back(i);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.content.title < b.content.title; });
  return out;
}

std::vector<Initiative> FakeInitiativeStore::initiatives(std::int64_t org_id) {
  return matching(org_id, [](const Initiative&) { return true; });
}

bool FakeInitiativeStore::update_initiative(const Initiative& initiative, int expected_version) {
  const auto it = s_.initiatives.find(initiative.id);
  if (it == s_.initiatives.end() || it->second.org_id != initiative.org_id ||
      it->second.version != expected_version) {
    return false;
  }
  it->second.content = initiative.content;
  it->second.version = initiative.version;
  return true;
}

void FakeInitiativeStore::insert_initiative_version(std::int64_t org_id, const InitiativeVersion& version) {
  for (const auto& [org, v] : s_.versions) {
    if (v.initiative_id == version.initiative_id && v.version == version.version)
      throw FakeStoreError("UNIQUE constraint failed: initiative_versions");
  }
  s_.versions.emplace_back(org_id, version);
}

std::vector<InitiativeVersion> FakeInitiativeStore::initiative_versions(std::int64_t org_id,
                                                                        std::int64_t initiative_id) {
  std::vector<InitiativeVersion> out;
  for (const auto& [org, v] : s_.versions) {
    if (org == org_id && v.initiative_id == initiative_id) out.push_back(v);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
  return out;
}

void FakeInitiativeStore::insert_phase_change(std::int64_t org_id, std::int64_t initiative_id,
                                              const PhaseChange& change) {
  const auto it = s_.initiatives.find(initiative_id);
  if (it == s_.initiatives.end() || it->second.org_id != org_id)
    throw FakeStoreError("FOREIGN KEY constraint failed: initiative_phase_changes");
  if (change.to == Phase::stopped && change.reason.empty())
    throw FakeStoreError("CHECK constraint failed: reason");
  it->second.phase = change.to;
  it->second.phase_changes.push_back(change);
}

std::int64_t FakeInitiativeStore::insert_measurement(std::int64_t org_id, std::int64_t initiative_id,
                                                     const BenefitMeasurement& measurement, std::int64_t) {
  BenefitMeasurement stored = measurement;
  stored.id = s_.next_measurement_id++;
  s_.measurements.push_back({org_id, initiative_id, stored});
  return stored.id;
}

std::vector<BenefitMeasurement> FakeInitiativeStore::measurements(std::int64_t org_id,
                                                                  std::int64_t initiative_id) {
  std::vector<BenefitMeasurement> out;
  for (const auto& m : s_.measurements) {
    if (m.org_id == org_id && m.initiative_id == initiative_id) out.push_back(m.measurement);
  }
  return out;
}

std::vector<Initiative> FakeInitiativeStore::initiatives_linking_decision(std::int64_t org_id,
                                                                          std::int64_t decision_id) {
  return matching(org_id, [&](const Initiative& i) { return i.content.decision_ids.contains(decision_id); });
}

std::vector<Initiative> FakeInitiativeStore::initiatives_linking_goal(std::int64_t org_id,
                                                                      std::int64_t goal_id) {
  return matching(org_id, [&](const Initiative& i) { return i.content.goal_ids.contains(goal_id); });
}

}  // namespace forkant::test
