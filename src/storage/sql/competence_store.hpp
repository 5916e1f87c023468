#pragma once
// The CompetenceStore (services/competence.hpp) on migration 021. Every query on tenant data filters by
// organisation id; a lookup by id returns the organisation with the object so that the caller can
// authorize. Writes join the caller's transaction (Transactor's rule).

#include <memory>

#include "services/competence.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

class SqlCompetenceStore final : public CompetenceStore {
 public:
  explicit SqlCompetenceStore(std::shared_ptr<Database> db) : db_(std::move(db)) {}

  void ensure_builtin(std::int64_t org_id, const std::string& key, const std::string& name,
                      std::int64_t now) override;
  bool has_builtin(std::int64_t org_id, const std::string& key) override;
  std::vector<Competence> competencies(std::int64_t org_id) override;
  std::optional<Competence> find_competence(std::int64_t competence_id) override;
  std::int64_t insert_competence(const Competence& competence, std::int64_t now) override;
  void update_competence(const Competence& competence) override;
  void delete_competence(std::int64_t org_id, std::int64_t competence_id) override;
  std::vector<Sector> sectors(std::int64_t org_id) override;
  std::optional<Sector> find_sector(std::int64_t sector_id) override;
  std::int64_t insert_sector(const Sector& sector, std::int64_t now) override;
  void update_sector(const Sector& sector) override;
  void delete_sector(std::int64_t org_id, std::int64_t sector_id) override;
  std::vector<CompetenceCell> cells(std::int64_t org_id) override;
  std::optional<CompetenceCell> find_cell(std::int64_t cell_id) override;
  std::int64_t insert_cell(const CompetenceCell& cell, std::int64_t actor, std::int64_t now) override;
  bool update_cell(const CompetenceCell& cell, int expected_version, std::int64_t actor,
                   std::int64_t now) override;
  void link_step(std::int64_t org_id, std::int64_t cell_id, std::int64_t step_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace forkant::sql
