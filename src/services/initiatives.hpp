#pragma once
// The initiative register (issue 12): digital initiatives with their versions, dated phase changes,
// benefit measurements and links to decisions, goals and steps. The rules live in domain/initiatives/;
// this service loads what they need, calls them and stores the result together with its audit entry in
// one transaction. Stopping an initiative records a deliberate non-choice in the decision register.
//
// Tenant rule (as DecisionService): lookups by id return the initiative with its organisation; the web
// layer authorizes against that organisation and answers 404 for another organisation's ids.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/initiatives/initiative.hpp"
#include "domain/initiatives/initiative_history.hpp"
#include "domain/initiatives/initiative_validation.hpp"
#include "domain/initiatives/phase_gate.hpp"
#include "domain/initiatives/risk_summary.hpp"
#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

class DecisionService;
struct DecisionDraft;

// One saved content of an initiative (version 1 included), append-only.
struct InitiativeVersion {
  std::int64_t initiative_id = 0;
  int version = 1;
  InitiativeDraft content;
  std::optional<std::int64_t> edited_by;
  std::int64_t edited_at = 0;  // Unix seconds
};

class InitiativeStore {
 public:
  virtual ~InitiativeStore() = default;
  virtual std::int64_t insert_initiative(const Initiative& initiative, std::int64_t created_by,
                                         std::int64_t now) = 0;
  virtual std::optional<Initiative> find_initiative(std::int64_t initiative_id) = 0;
  virtual std::vector<Initiative> initiatives(std::int64_t org_id) = 0;  // by title
  // Writes the content only if the stored version is still `expected_version` (false otherwise).
  virtual bool update_initiative(const Initiative& initiative, int expected_version) = 0;
  virtual void insert_initiative_version(std::int64_t org_id, const InitiativeVersion& version) = 0;
  virtual std::vector<InitiativeVersion> initiative_versions(std::int64_t org_id,
                                                             std::int64_t initiative_id) = 0;
  virtual void insert_phase_change(std::int64_t org_id, std::int64_t initiative_id,
                                   const PhaseChange& change) = 0;  // sets the phase too
  virtual std::int64_t insert_measurement(std::int64_t org_id, std::int64_t initiative_id,
                                          const BenefitMeasurement& measurement, std::int64_t now) = 0;
  virtual std::vector<BenefitMeasurement> measurements(std::int64_t org_id, std::int64_t initiative_id) = 0;
  // The organisation's initiatives that link to a decision, goal or step (the links' other way).
  virtual std::vector<Initiative> initiatives_linking_decision(std::int64_t org_id,
                                                               std::int64_t decision_id) = 0;
  virtual std::vector<Initiative> initiatives_linking_goal(std::int64_t org_id, std::int64_t goal_id) = 0;
};

class InitiativeService {
 public:
  // What is open for an initiative in its impact assessments (services/impact.hpp supplies it; until it
  // is set nothing is open). `lang` words the items' titles.
  using OpenItems = std::function<std::vector<OpenItem>(std::int64_t org_id, std::int64_t initiative_id,
                                                        const std::string& lang)>;

  InitiativeService(InitiativeStore& store, AuditStore& audit, Transactor& tx, const Clock& clock,
                    DecisionService& decisions)
      : store_(store), audit_(audit), tx_(tx), clock_(clock), decisions_(decisions) {}
  void set_open_items(OpenItems open_items) { open_items_ = std::move(open_items); }

  Date today() const;

  std::vector<Initiative> initiatives(std::int64_t org_id) { return store_.initiatives(org_id); }
  std::optional<Initiative> find_initiative(std::int64_t initiative_id) {
    return store_.find_initiative(initiative_id);
  }
  Result<std::int64_t> create_initiative(std::int64_t org_id, std::int64_t actor,
                                         const InitiativeDraft& draft);
  // stale_version is a conflict (409).
  Result<Initiative> edit_initiative(const Initiative& current, std::int64_t actor, int base_version,
                                     const InitiativeDraft& content);
  // Refused: "phase_unchanged", "stop_reason_required", "phase_gate_open" (conflict, with the open items in
  // the caller's hands through open_items()). Stopping also records a `deselected` decision with the reason.
  Result<Initiative> change_phase(const Initiative& current, std::int64_t actor, Phase to,
                                  const std::string& reason, const std::string& lang);
  std::vector<OpenItem> open_items(const Initiative& initiative, const std::string& lang);
  Result<std::int64_t> record_measurement(const Initiative& initiative, std::int64_t actor,
                                          const BenefitMeasurement& measurement);
  std::vector<InitiativeVersion> versions(const Initiative& initiative);
  // The history view (what changed in each version), oldest first, over `versions`.
  static std::vector<InitiativeHistoryEntry> history(const std::vector<InitiativeVersion>& versions);
  // What the organisation's references in a draft may point to (members, purposes, decisions, goals, steps).
  InitiativeValidationContext validation_context(std::int64_t org_id);
  std::vector<BenefitMeasurement> measurements(const Initiative& initiative);
  // Whether the initiative has changed substantially (domain/initiatives/substantial_change.hpp) since
  // `version`: an impact assessment made at that version no longer covers it.
  bool substantially_changed_since(const Initiative& initiative, int version);
  // Errors: "benefit_unknown" (no such benefit in the current content), "measurement_value_invalid",
  // "measured_on_required", note_too_long / invalid_utf8. measured_on, value and note are the caller's.
  static constexpr std::size_t kMaxMeasurementNoteChars = 1000;
  std::vector<Initiative> linking_decision(std::int64_t org_id, std::int64_t decision_id) {
    return store_.initiatives_linking_decision(org_id, decision_id);
  }
  std::vector<Initiative> linking_goal(std::int64_t org_id, std::int64_t goal_id) {
    return store_.initiatives_linking_goal(org_id, goal_id);
  }

 private:
  InitiativeStore& store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  DecisionService& decisions_;
  OpenItems open_items_;

  void audit(std::int64_t org_id, std::int64_t actor, const std::string& action, std::int64_t initiative_id,
             const std::string& detail);
  // The deliberate non-choice that records a stop in the decision register.
  DecisionDraft stop_decision(const Initiative& initiative, const std::string& reason,
                              const std::string& lang);
};

}  // namespace forkant
