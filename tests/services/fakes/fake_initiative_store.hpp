#pragma once
// The initiative register in memory, with the semantics of src/storage/sql/initiative_store.cpp: ids
// ascending, a compare-and-set on the version, versions, phase changes and measurements append-only, a
// phase change setting the phase, lists by title.

#include <map>
#include <optional>
#include <vector>

#include "fakes/fake_transactor.hpp"
#include "services/initiatives.hpp"

namespace forkant::test {

class FakeInitiativeStore final : public InitiativeStore, public FakeTable {
 public:
  std::int64_t insert_initiative(const Initiative& initiative, std::int64_t created_by,
                                 std::int64_t now) override;
  std::optional<Initiative> find_initiative(std::int64_t initiative_id) override;
  std::vector<Initiative> initiatives(std::int64_t org_id) override;
  bool update_initiative(const Initiative& initiative, int expected_version) override;
  void insert_initiative_version(std::int64_t org_id, const InitiativeVersion& version) override;
  std::vector<InitiativeVersion> initiative_versions(std::int64_t org_id,
                                                     std::int64_t initiative_id) override;
  void insert_phase_change(std::int64_t org_id, std::int64_t initiative_id,
                           const PhaseChange& change) override;
  std::int64_t insert_measurement(std::int64_t org_id, std::int64_t initiative_id,
                                  const BenefitMeasurement& measurement, std::int64_t now) override;
  std::vector<BenefitMeasurement> measurements(std::int64_t org_id, std::int64_t initiative_id) override;
  std::vector<Initiative> initiatives_linking_decision(std::int64_t org_id,
                                                       std::int64_t decision_id) override;
  std::vector<Initiative> initiatives_linking_goal(std::int64_t org_id, std::int64_t goal_id) override;

  std::function<void()> snapshot() override { return snapshot_of(s_); }

 private:
  struct Measured {
    std::int64_t org_id = 0;
    std::int64_t initiative_id = 0;
    BenefitMeasurement measurement;
  };
  struct State {
    std::int64_t next_id = 1;
    std::map<std::int64_t, Initiative> initiatives;
    std::vector<std::pair<std::int64_t, InitiativeVersion>> versions;  // with the organisation
    std::int64_t next_measurement_id = 1;
    std::vector<Measured> measurements;
  } s_;
  std::vector<Initiative> matching(std::int64_t org_id,
                                   const std::function<bool(const Initiative&)>& keep) const;
};

}  // namespace forkant::test
