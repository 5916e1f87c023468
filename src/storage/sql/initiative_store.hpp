#pragma once
// The InitiativeStore (services/initiatives.hpp) on migration 012. Every query on tenant data
// filters by organisation id; a lookup by id returns the organisation with the initiative so that the
// caller can authorize. Writes join the caller's transaction (Transactor's rule).

#include <memory>

#include "services/initiatives.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlInitiativeStore final : public InitiativeStore {
 public:
  explicit SqlInitiativeStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

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

 private:
  std::vector<Initiative> select(const std::string& where, std::int64_t org_id, std::int64_t other);
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
