#pragma once
// The competence matrix (issue 17, question 6; docs/competence.md): each organisation's competencies and
// sectors, the cells (competence x role x every sector or one sector) with today's level, the level
// needed, the route, an owner and a date, the ranked gaps, and a gap made a step of a goal in one action.
// The rules live in domain/competence/; this service loads what they need and stores every change
// together with its audit entry in one transaction.
//
// The AI Act's Art. 4 row is built in: migration 021 inserted it for the organisations that existed, and
// every read of the matrix inserts it for an organisation that lacks it (created on first use; inserting
// twice is harmless). It cannot be deleted or renamed.
//
// Tenant rule (as DecisionService): lookups by id return the object with its organisation; the web layer
// authorizes against that organisation and answers 404 for another organisation's ids.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/competence/competence.hpp"
#include "domain/competence/gap_ranking.hpp"
#include "domain/date.hpp"
#include "domain/decisions/agenda.hpp"
#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

class DecisionService;

class CompetenceStore {
 public:
  virtual ~CompetenceStore() = default;
  // Inserts the built-in row unless the organisation has it (never fails because it exists).
  virtual void ensure_builtin(std::int64_t org_id, const std::string& key, const std::string& name,
                              std::int64_t now) = 0;
  virtual bool has_builtin(std::int64_t org_id, const std::string& key) = 0;
  virtual std::vector<Competence> competencies(std::int64_t org_id) = 0;  // built-in first, then by name
  virtual std::optional<Competence> find_competence(std::int64_t competence_id) = 0;
  virtual std::int64_t insert_competence(const Competence& competence, std::int64_t now) = 0;
  virtual void update_competence(const Competence& competence) = 0;  // name and description
  virtual void delete_competence(std::int64_t org_id, std::int64_t competence_id) = 0;  // and its cells
  virtual std::vector<Sector> sectors(std::int64_t org_id) = 0;                         // by name
  virtual std::optional<Sector> find_sector(std::int64_t sector_id) = 0;
  virtual std::int64_t insert_sector(const Sector& sector, std::int64_t now) = 0;
  virtual void update_sector(const Sector& sector) = 0;
  virtual void delete_sector(std::int64_t org_id, std::int64_t sector_id) = 0;  // and its cells
  virtual std::vector<CompetenceCell> cells(std::int64_t org_id) = 0;
  virtual std::optional<CompetenceCell> find_cell(std::int64_t cell_id) = 0;
  virtual std::int64_t insert_cell(const CompetenceCell& cell, std::int64_t actor, std::int64_t now) = 0;
  // Writes only if the stored version is still `expected_version` (false otherwise); sets version + 1.
  virtual bool update_cell(const CompetenceCell& cell, int expected_version, std::int64_t actor,
                           std::int64_t now) = 0;
  virtual void link_step(std::int64_t org_id, std::int64_t cell_id, std::int64_t step_id) = 0;
};

// The organisation's whole matrix: competencies (built-in first, then by name), sectors by name, cells.
struct CompetenceMatrix {
  std::vector<Competence> competencies;
  std::vector<Sector> sectors;
  std::vector<CompetenceCell> cells;
  // The cell at a place, if one was recorded.
  const CompetenceCell* cell_at(std::int64_t competence_id, CompetenceRole role,
                                std::optional<std::int64_t> sector_id) const;
  const Competence* competence(std::int64_t id) const;
  const Sector* sector(std::int64_t id) const;
};

// How the caller words the step a gap becomes (the web layer, in the user's language).
struct GapStepWording {
  std::string hypothesis;
  std::string success_criterion;
};

class CompetenceService {
 public:
  CompetenceService(CompetenceStore& store, AuditStore& audit, Transactor& tx, const Clock& clock,
                    DecisionService& decisions)
      : store_(store), audit_(audit), tx_(tx), clock_(clock), decisions_(decisions) {}

  Date today() const;

  CompetenceMatrix matrix(std::int64_t org_id);
  std::vector<RankedGap> ranked_gaps(std::int64_t org_id);
  std::vector<RankedGap> ranked_gaps(const CompetenceMatrix& matrix) const;
  // For the radar's competence prerequisites (issue 17, part 1): whether the organisation's competence of
  // that name (name_key) has an open gap in any cell; nullopt when it has no such competence.
  std::optional<bool> gap_open(std::int64_t org_id, const std::string& name);
  // The gaps without a step, in rank order, as the drafted agenda takes them (DecisionService's hook).
  std::vector<AgendaCompetenceGap> agenda_gaps(std::int64_t org_id);

  std::optional<Competence> find_competence(std::int64_t id) { return store_.find_competence(id); }
  std::optional<Sector> find_sector(std::int64_t id) { return store_.find_sector(id); }
  std::optional<CompetenceCell> find_cell(std::int64_t id) { return store_.find_cell(id); }

  // Errors: see validate(Competence); "competence_name_taken" (conflict) when another competence of the
  // organisation has the same name_key.
  Result<std::int64_t> add_competence(std::int64_t org_id, std::int64_t actor, Competence competence);
  // The built-in row keeps its name ("competence_builtin_locked", conflict); its description may change.
  Result<Competence> edit_competence(const Competence& current, std::int64_t actor, const std::string& name,
                                     const std::string& description);
  // Deletes the competence and its cells; the built-in row is refused ("competence_builtin_locked").
  Status delete_competence(const Competence& current, std::int64_t actor);

  // Errors: see validate(Sector); "sector_name_taken" (conflict).
  Result<std::int64_t> add_sector(std::int64_t org_id, std::int64_t actor, Sector sector);
  Result<Sector> rename_sector(const Sector& current, std::int64_t actor, const std::string& name);
  Status delete_sector(const Sector& current, std::int64_t actor);

  // Records the cell at its place (competence, role, every sector or one): a new cell, or the one there
  // when `base_version` matches its version ("stale_version", conflict, otherwise; a new cell needs none).
  // The step link is kept. Errors: see validate(CompetenceCell).
  Result<CompetenceCell> save_cell(std::int64_t org_id, std::int64_t actor, CompetenceCell input,
                                   std::optional<int> base_version);

  // Makes the cell's gap a planned step of the goal, in one transaction with the link. `due_on` overrides
  // the cell's date. Errors: "no_gap" (the cell has none), "gap_has_step" (conflict), "unknown_goal",
  // "due_on_required" (neither a date given nor one on the cell), and the step's own validation.
  Result<std::int64_t> gap_to_step(const CompetenceCell& cell, std::int64_t actor, std::int64_t goal_id,
                                   const GapStepWording& wording, std::optional<Date> due_on);

 private:
  CompetenceStore& store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  DecisionService& decisions_;

  void ensure_builtin(std::int64_t org_id);
  void audit(std::int64_t org_id, std::int64_t actor, const std::string& action, const std::string& object,
             const std::string& detail);
  CellContext cell_context(std::int64_t org_id);
};

}  // namespace forkant
