#pragma once
// The technology radar (issue 17, question 4; docs/radar.md): editions with four named quadrants, entries
// in rings, holds as deliberate non-choices, prerequisites checked against the linked initiatives, and
// import and export in Build Your Own Radar's CSV and JSON. Only the current edition changes; a new
// edition (started from the current one, or imported) becomes current and the old one is history.
// Every change is one transaction with its audit entry.
//
// Tenant rule (as the other services): lookups by id return objects with their organisation; the web
// layer authorizes against it and answers 404 for another organisation's ids.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/agenda.hpp"
#include "domain/radar/prerequisite_check.hpp"
#include "domain/radar/radar.hpp"
#include "domain/result.hpp"
#include "formats/byor_radar.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

class InitiativeService;

class RadarStore {
 public:
  virtual ~RadarStore() = default;
  // Inserts the edition as the organisation's current one (the previous current becomes history).
  virtual std::int64_t insert_current_edition(const RadarEdition& edition, std::int64_t created_by,
                                              std::int64_t now) = 0;
  virtual std::optional<RadarEdition> find_edition(std::int64_t edition_id) = 0;
  // Newest first (published_on, then id).
  virtual std::vector<RadarEdition> editions(std::int64_t org_id) = 0;
  virtual void update_edition(const RadarEdition& edition) = 0;  // title, date, quadrant names
  virtual std::int64_t insert_entry(std::int64_t org_id, std::int64_t edition_id,
                                    const RadarEntryDraft& entry, std::int64_t now) = 0;
  virtual void update_entry(const RadarEntry& entry) = 0;
  virtual void delete_entry(std::int64_t org_id, std::int64_t entry_id) = 0;
  virtual std::optional<RadarEntry> find_entry(std::int64_t entry_id) = 0;
  // By quadrant, ring, name.
  virtual std::vector<RadarEntry> entries(std::int64_t org_id, std::int64_t edition_id) = 0;
  // The entries of the organisation's editions that link an initiative.
  virtual std::vector<RadarEntry> entries_linking_initiative(std::int64_t org_id,
                                                             std::int64_t initiative_id) = 0;
};

// An entry with what the radar shows about it: its number on the chart (1.. in table order), its
// movement since the edition before.
struct RadarBlip {
  RadarEntry entry;
  int number = 0;
  Movement movement = Movement::no_change;
};

struct RadarView {
  RadarEdition edition;
  std::optional<RadarEdition> previous;
  std::vector<RadarBlip> blips;  // by quadrant, ring, name
};

// One prerequisite an initiative lacks, for the agenda and the overview.
struct MissingPrerequisite {
  RadarEntry entry;
  Prerequisite prerequisite;
  PrerequisiteFinding finding;
};

class RadarService {
 public:
  // The competence matrix's answer for a competence prerequisite (name -> open gap?); wired at start
  // when the matrix is there. Until then the initiatives' competence readiness decides.
  using CompetenceLookup = std::function<std::optional<bool>(std::int64_t org_id, std::string_view name)>;

  RadarService(RadarStore& store, AuditStore& audit, Transactor& tx, const Clock& clock,
               InitiativeService& initiatives)
      : store_(store), audit_(audit), tx_(tx), clock_(clock), initiatives_(initiatives) {}
  void set_competence_lookup(CompetenceLookup lookup) { competence_ = std::move(lookup); }

  Date today() const;

  std::vector<RadarEdition> editions(std::int64_t org_id) { return store_.editions(org_id); }
  std::optional<RadarEdition> current_edition(std::int64_t org_id);
  std::optional<RadarEdition> find_edition(std::int64_t edition_id) {
    return store_.find_edition(edition_id);
  }
  std::optional<RadarEntry> find_entry(std::int64_t entry_id) { return store_.find_entry(entry_id); }
  // The edition published before `edition` (what movement is measured against).
  std::optional<RadarEdition> previous_edition(const RadarEdition& edition);
  RadarView view(const RadarEdition& edition);

  // A new current edition. `copy_current`: it starts with the current edition's entries (movement is
  // then computed against that one). Errors: validate_edition's.
  Result<std::int64_t> create_edition(std::int64_t org_id, std::int64_t actor, const std::string& title,
                                      Date published_on, const QuadrantNames& quadrants, bool copy_current);
  // The current edition's title, date and quadrant names. Errors: radar_edition_history (not current).
  Status edit_edition(const RadarEdition& edition, std::int64_t actor, const std::string& title,
                      Date published_on, const QuadrantNames& quadrants);

  // Errors: validate_entry's, radar_edition_history (conflict), radar_name_taken (conflict, name),
  // radar_initiative_unknown (an id not of the organisation).
  Result<std::int64_t> create_entry(const RadarEdition& edition, std::int64_t actor, RadarEntryDraft draft);
  Status edit_entry(const RadarEntry& entry, std::int64_t actor, RadarEntryDraft draft);
  Status delete_entry(const RadarEntry& entry, std::int64_t actor);

  // A Build Your Own Radar file as a new current edition. Quadrants take the current edition's positions
  // when the names match. A hold from a file gets `published_on` as its date, a year later as its revisit
  // date and the description (else `hold_reason`) as its reason.
  Result<std::int64_t> import_byor(std::int64_t org_id, std::int64_t actor, const std::string& title,
                                   Date published_on, const ByorRadar& radar, const std::string& hold_reason,
                                   const std::string& format);
  ByorRadar export_byor(const RadarEdition& edition);

  std::vector<PrerequisiteFinding> check(const RadarEntry& entry);
  // The current edition's holds whose revisit date has come, by revisit date.
  std::vector<RadarEntry> holds_due(std::int64_t org_id);
  std::vector<RadarEntry> holds(std::int64_t org_id);  // of the current edition, by date
  // Prerequisites the current edition's entries demand that a linked initiative lacks.
  std::vector<MissingPrerequisite> missing_prerequisites(std::int64_t org_id);
  // The drafted agenda's radar points (domain/decisions/agenda.hpp): the current edition's holds and the
  // prerequisites its entries' linked initiatives lack.
  void agenda_feed(std::int64_t org_id, AgendaInput& input);
  std::vector<RadarEntry> linking_initiative(std::int64_t org_id, std::int64_t initiative_id) {
    return store_.entries_linking_initiative(org_id, initiative_id);
  }

 private:
  RadarStore& store_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
  InitiativeService& initiatives_;
  CompetenceLookup competence_;

  void audit(std::int64_t org_id, std::int64_t actor, const std::string& action, const std::string& object,
             const std::string& detail);
  Status check_links(std::int64_t org_id, const RadarEntryDraft& draft);
  // The matrix's answers by competence name, asked once per name for a whole radar (each answer reads
  // the whole matrix), not once per prerequisite and initiative.
  using CompetenceAnswers = std::map<std::string, std::optional<bool>, std::less<>>;
  std::vector<PrerequisiteFinding> check(const RadarEntry& entry, CompetenceAnswers& answers);
};

// Trims names, quadrant names and reasons and writes line breaks as "\n" (what the BYOR round trip keeps).
RadarEntryDraft normalised(RadarEntryDraft draft);

}  // namespace forkant
