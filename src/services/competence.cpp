#include "services/competence.hpp"

#include <utility>

#include "services/decisions.hpp"

namespace forkant {
namespace {

std::string object(const char* kind, std::int64_t id) {
  return std::string(kind) + ":" + std::to_string(id);
}

// "Datakyndighed · medarbejdere · Børn og unge: 1 → 3" (the audit entry's detail; codes, not labels).
std::string cell_detail(const CompetenceMatrix& m, const CompetenceCell& c) {
  const auto* competence = m.competence(c.competence_id);
  const auto* sector = c.sector_id ? m.sector(*c.sector_id) : nullptr;
  return (competence ? competence->name : std::string("?")) + " · " + std::string(to_string(c.role)) + " · " +
         (sector ? sector->name : std::string("*")) + ": " + std::to_string(c.current_level) + " → " +
         std::to_string(c.needed_level);
}

bool name_taken(const std::vector<Competence>& list, const std::string& name, std::int64_t except) {
  for (const auto& c : list) {
    if (c.id != except && name_key(c.name) == name_key(name)) return true;
  }
  return false;
}

bool name_taken(const std::vector<Sector>& list, const std::string& name, std::int64_t except) {
  for (const auto& s : list) {
    if (s.id != except && name_key(s.name) == name_key(name)) return true;
  }
  return false;
}

Error locked() {
  return Error::conflict("competence_builtin_locked", "error.competence.builtin_locked");
}

}  // namespace

const CompetenceCell* CompetenceMatrix::cell_at(std::int64_t competence_id, CompetenceRole role,
                                                std::optional<std::int64_t> sector_id) const {
  for (const auto& c : cells) {
    if (c.competence_id == competence_id && c.role == role && c.sector_id == sector_id) return &c;
  }
  return nullptr;
}

const Competence* CompetenceMatrix::competence(std::int64_t id) const {
  for (const auto& c : competencies) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

const Sector* CompetenceMatrix::sector(std::int64_t id) const {
  for (const auto& s : sectors) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

Date CompetenceService::today() const {
  return utc_day(clock_.now());
}

void CompetenceService::audit(std::int64_t org_id, std::int64_t actor, const std::string& action,
                              const std::string& object, const std::string& detail) {
  audit_.append_audit({org_id, actor, action, object, detail}, clock_.now());
}

void CompetenceService::ensure_builtin(std::int64_t org_id) {
  const std::string key{kAiLiteracy.key};
  if (store_.has_builtin(org_id, key)) return;
  tx_.transaction(
      [&] { store_.ensure_builtin(org_id, key, std::string(kAiLiteracy.default_name), clock_.now()); });
}

CompetenceMatrix CompetenceService::matrix(std::int64_t org_id) {
  ensure_builtin(org_id);
  CompetenceMatrix m;
  // Three reads: a cell whose competence or sector went in between is left out where it is shown
  // (rank_gaps, the matrix's places), never shown against the wrong row.
  m.competencies = store_.competencies(org_id);
  m.sectors = store_.sectors(org_id);
  m.cells = store_.cells(org_id);
  return m;
}

std::vector<RankedGap> CompetenceService::ranked_gaps(const CompetenceMatrix& m) const {
  return rank_gaps(m.competencies, m.sectors, m.cells, today());
}

std::vector<RankedGap> CompetenceService::ranked_gaps(std::int64_t org_id) {
  return ranked_gaps(matrix(org_id));
}

std::optional<bool> CompetenceService::gap_open(std::int64_t org_id, const std::string& name) {
  const auto m = matrix(org_id);
  for (const auto& c : m.competencies) {
    if (name_key(c.name) != name_key(name)) continue;
    for (const auto& cell : m.cells) {
      if (cell.competence_id == c.id && gap_size(cell) > 0) return true;
    }
    return false;
  }
  return std::nullopt;
}

std::vector<AgendaCompetenceGap> CompetenceService::agenda_gaps(std::int64_t org_id) {
  std::vector<AgendaCompetenceGap> out;
  for (const auto& g : gaps_without_step(ranked_gaps(org_id))) {
    out.push_back({g.cell.id, g.competence_name, std::string(to_string(g.cell.role)), g.sector_name, g.size,
                   g.legal_duty, g.cell.due_on});
  }
  return out;
}

CellContext CompetenceService::cell_context(std::int64_t org_id) {
  CellContext context;
  for (const auto& c : store_.competencies(org_id)) context.competence_ids.insert(c.id);
  for (const auto& s : store_.sectors(org_id)) context.sector_ids.insert(s.id);
  context.member_user_ids = decisions_.validation_context(org_id).member_user_ids;
  return context;
}

Result<std::int64_t> CompetenceService::add_competence(std::int64_t org_id, std::int64_t actor,
                                                       Competence competence) {
  competence.org_id = org_id;
  competence.builtin.clear();
  if (auto s = validate(competence); !s) return s.error();
  ensure_builtin(org_id);
  std::optional<Error> error;
  std::int64_t id = 0;
  tx_.transaction([&] {
    error.reset();
    id = 0;
    if (name_taken(store_.competencies(org_id), competence.name, 0)) {
      error = Error::conflict("competence_name_taken", "error.competence.competence_name_taken");
      return;
    }
    id = store_.insert_competence(competence, clock_.now());
    audit(org_id, actor, "competence.created", object("competence", id), competence.name);
  });
  if (error) return *error;
  return id;
}

Result<Competence> CompetenceService::edit_competence(const Competence& current, std::int64_t actor,
                                                      const std::string& name,
                                                      const std::string& description) {
  Competence edited = current;
  edited.name = name;
  edited.description = description;
  if (current.legal_duty() && name != current.name) return locked();
  if (auto s = validate(edited); !s) return s.error();
  std::optional<Error> error;
  tx_.transaction([&] {
    error.reset();
    if (name_taken(store_.competencies(current.org_id), name, current.id)) {
      error = Error::conflict("competence_name_taken", "error.competence.competence_name_taken");
      return;
    }
    store_.update_competence(edited);
    audit(current.org_id, actor, "competence.edited", object("competence", current.id), edited.name);
  });
  if (error) return *error;
  return edited;
}

Status CompetenceService::delete_competence(const Competence& current, std::int64_t actor) {
  if (current.legal_duty()) return locked();
  tx_.transaction([&] {
    store_.delete_competence(current.org_id, current.id);
    audit(current.org_id, actor, "competence.deleted", object("competence", current.id), current.name);
  });
  return ok_status();
}

Result<std::int64_t> CompetenceService::add_sector(std::int64_t org_id, std::int64_t actor, Sector sector) {
  sector.org_id = org_id;
  if (auto s = validate(sector); !s) return s.error();
  std::optional<Error> error;
  std::int64_t id = 0;
  tx_.transaction([&] {
    error.reset();
    id = 0;
    if (name_taken(store_.sectors(org_id), sector.name, 0)) {
      error = Error::conflict("sector_name_taken", "error.competence.sector_name_taken");
      return;
    }
    id = store_.insert_sector(sector, clock_.now());
    audit(org_id, actor, "competence.sector_created", object("competence_sector", id), sector.name);
  });
  if (error) return *error;
  return id;
}

Result<Sector> CompetenceService::rename_sector(const Sector& current, std::int64_t actor,
                                                const std::string& name) {
  Sector edited = current;
  edited.name = name;
  if (auto s = validate(edited); !s) return s.error();
  std::optional<Error> error;
  tx_.transaction([&] {
    error.reset();
    if (name_taken(store_.sectors(current.org_id), name, current.id)) {
      error = Error::conflict("sector_name_taken", "error.competence.sector_name_taken");
      return;
    }
    store_.update_sector(edited);
    audit(current.org_id, actor, "competence.sector_renamed", object("competence_sector", current.id),
          current.name + " → " + edited.name);
  });
  if (error) return *error;
  return edited;
}

Status CompetenceService::delete_sector(const Sector& current, std::int64_t actor) {
  tx_.transaction([&] {
    store_.delete_sector(current.org_id, current.id);
    audit(current.org_id, actor, "competence.sector_deleted", object("competence_sector", current.id),
          current.name);
  });
  return ok_status();
}

Result<CompetenceCell> CompetenceService::save_cell(std::int64_t org_id, std::int64_t actor,
                                                    CompetenceCell input, std::optional<int> base_version) {
  input.org_id = org_id;
  std::optional<Error> error;
  CompetenceCell saved;
  tx_.transaction([&] {
    error.reset();
    saved = input;
    if (auto s = validate(input, cell_context(org_id)); !s) {
      error = s.error();
      return;
    }
    const CompetenceMatrix m{store_.competencies(org_id), store_.sectors(org_id), store_.cells(org_id)};
    const auto now = clock_.now();
    if (const auto* existing = m.cell_at(input.competence_id, input.role, input.sector_id)) {
      if (base_version && *base_version != existing->version) {
        error = Error::conflict("stale_version", "error.competence.stale_version",
                                {{"current", std::to_string(existing->version)}});
        return;
      }
      saved.id = existing->id;
      saved.step_id = existing->step_id;
      if (!store_.update_cell(saved, existing->version, actor, now)) {
        error = Error::conflict("stale_version", "error.competence.stale_version",
                                {{"current", std::to_string(existing->version)}});
        return;
      }
      saved.version = existing->version + 1;
    } else {
      saved.step_id.reset();
      saved.version = 1;
      saved.id = store_.insert_cell(saved, actor, now);
    }
    audit(org_id, actor, "competence.cell_saved", object("competence_cell", saved.id), cell_detail(m, saved));
  });
  if (error) return *error;
  return saved;
}

Result<std::int64_t> CompetenceService::gap_to_step(const CompetenceCell& cell, std::int64_t actor,
                                                    std::int64_t goal_id, const GapStepWording& wording,
                                                    std::optional<Date> due_on) {
  if (gap_size(cell) <= 0) return Error::invalid("no_gap", "error.competence.no_gap");
  if (cell.step_id) return Error::conflict("gap_has_step", "error.competence.gap_has_step");
  const auto goal = decisions_.find_goal(goal_id);
  if (!goal || goal->org_id != cell.org_id)
    return Error::invalid("unknown_goal", "error.competence.unknown_goal");
  const auto due = due_on ? due_on : cell.due_on;
  if (!due) return Error::invalid("due_on_required", "error.competence.due_on_required");
  Step step;
  step.hypothesis = wording.hypothesis;
  step.success_criterion = wording.success_criterion;
  step.owner_user_id = cell.owner_user_id.value_or(actor);
  step.due_on = *due;
  std::optional<Error> error;
  std::int64_t step_id = 0;
  // The step and the link commit together: DecisionService::add_step joins this transaction.
  tx_.transaction([&] {
    error.reset();
    step_id = 0;
    const auto fresh = store_.find_cell(cell.id);
    if (!fresh || fresh->org_id != cell.org_id) {
      error = Error::not_found();
      return;
    }
    if (fresh->step_id) {
      error = Error::conflict("gap_has_step", "error.competence.gap_has_step");
      return;
    }
    auto added = decisions_.add_step(*goal, actor, step);
    if (!added) {
      error = added.error();
      return;
    }
    step_id = *added;
    store_.link_step(cell.org_id, cell.id, step_id);
    const CompetenceMatrix m{store_.competencies(cell.org_id), store_.sectors(cell.org_id), {}};
    audit(cell.org_id, actor, "competence.gap_to_step", object("competence_cell", cell.id),
          cell_detail(m, *fresh) + " → " + goal->title);
  });
  if (error) return *error;
  return step_id;
}

}  // namespace forkant
