#include "services/initiatives.hpp"

#include <cmath>
#include <stdexcept>
#include <utility>

#include "domain/decisions/field_check.hpp"
#include "domain/initiatives/phase.hpp"
#include "domain/initiatives/substantial_change.hpp"
#include "domain/utf8.hpp"
#include "services/decisions.hpp"

namespace forkant {
namespace {

std::string object(std::int64_t id) {
  return "initiative:" + std::to_string(id);
}

// At most `max` characters of `text`, cut between characters (the title of the stop decision).
std::string clip(const std::string& text, std::size_t max) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U && chars++ == max) return text.substr(0, i);
  }
  return text;
}

}  // namespace

Date InitiativeService::today() const {
  return utc_day(clock_.now());
}

void InitiativeService::audit(std::int64_t org_id, std::int64_t actor, const std::string& action,
                              std::int64_t initiative_id, const std::string& detail) {
  audit_.append_audit({org_id, actor, action, object(initiative_id), detail}, clock_.now());
}

InitiativeValidationContext InitiativeService::validation_context(std::int64_t org_id) {
  const auto decision_context = decisions_.validation_context(org_id);
  InitiativeValidationContext context{
      decision_context.member_user_ids, decision_context.purpose_ids, {}, decision_context.goal_ids, {}};
  for (const auto& d : decisions_.all_decisions(org_id)) context.decision_ids.insert(d.id);
  for (const auto& s : decisions_.steps(org_id)) context.step_ids.insert(s.id);
  return context;
}

Result<std::int64_t> InitiativeService::create_initiative(std::int64_t org_id, std::int64_t actor,
                                                          const InitiativeDraft& draft) {
  if (auto status = validate(draft, validation_context(org_id)); !status) return status.error();
  Initiative initiative;
  initiative.org_id = org_id;
  initiative.content = draft;
  const auto now = clock_.now();
  tx_.transaction([&] {
    initiative.id = store_.insert_initiative(initiative, actor, now);
    store_.insert_initiative_version(org_id, {initiative.id, 1, draft, actor, now});
    audit(org_id, actor, "initiative.created", initiative.id, draft.title);
  });
  return initiative.id;
}

Result<Initiative> InitiativeService::edit_initiative(const Initiative& current, std::int64_t actor,
                                                      int base_version, const InitiativeDraft& content) {
  auto edited = apply_initiative_edit(current, base_version, content, validation_context(current.org_id));
  if (!edited) return edited.error();
  bool stale = false;
  tx_.transaction([&] {
    stale = false;
    // Compare-and-set on the version: an edit that raced this one since `current` was read loses.
    if (!store_.update_initiative(*edited, current.version)) {
      stale = true;
      return;
    }
    store_.insert_initiative_version(current.org_id,
                                     {current.id, edited->version, content, actor, clock_.now()});
    std::string fields;
    for (const auto field : diff(current.content, content)) {
      fields += (fields.empty() ? "" : ",") + std::string{to_string(field)};
    }
    audit(current.org_id, actor, "initiative.edited", current.id,
          "version " + std::to_string(edited->version) + ": " + fields);
  });
  if (stale) {
    const auto now = store_.find_initiative(current.id);
    return Error::conflict("stale_version", "error.initiative.stale_version",
                           {{"current", std::to_string(now ? now->version : current.version)}});
  }
  return *edited;
}

DecisionDraft InitiativeService::stop_decision(const Initiative& initiative, const std::string& reason,
                                               const std::string& lang) {
  const bool danish = lang != "en";
  DecisionDraft d;
  d.kind = DecisionKind::deselected;
  d.title = clip((danish ? "Stoppet: " : "Stopped: ") + initiative.content.title, kMaxTitleChars);
  d.rationale = reason;
  d.questions = initiative.content.questions.empty() ? std::set<int>{9} : initiative.content.questions;
  for (const auto& p : initiative.content.purposes) d.purposes.push_back(p.purpose_id);
  d.owner_user_id = initiative.content.owner_user_id;
  d.body = danish ? "Initiativets ejer" : "The initiative's owner";
  d.decided_on = today();
  return d;
}

Result<Initiative> InitiativeService::change_phase(const Initiative& current, std::int64_t actor, Phase to,
                                                   const std::string& reason, const std::string& lang) {
  if (auto status = check_phase_change(current.phase, to, reason); !status) return status.error();
  if (moves_past_pilot(current.phase, to)) {
    if (auto status = check_phase_gate(current.phase, to, open_items(current, lang)); !status) {
      return status.error();
    }
  }
  std::optional<DecisionDraft> stop;
  if (to == Phase::stopped) {
    stop = stop_decision(current, reason, lang);
    if (auto status = validate(*stop, decisions_.validation_context(current.org_id)); !status) {
      return status.error();
    }
  }
  Initiative changed = current;
  std::optional<Error> error;
  tx_.transaction([&] {
    // From scratch in each run: a retried run would otherwise add its phase change twice.
    changed = current;
    error.reset();
    // The phase as stored now: a change that raced this one since `current` was read loses.
    const auto fresh = store_.find_initiative(current.id);
    if (!fresh || fresh->phase != current.phase || fresh->version != current.version) {
      error = Error::conflict("stale_version", "error.initiative.stale_version",
                              {{"current", std::to_string(fresh ? fresh->version : current.version)}});
      return;
    }
    const auto change = make_phase_change(current.phase, to, today(), reason, actor);
    store_.insert_phase_change(current.org_id, current.id, change);
    changed.phase = to;
    changed.phase_changes.push_back(change);
    audit(current.org_id, actor, "initiative.phase", current.id,
          std::string{to_string(current.phase)} + " -> " + std::string{to_string(to)} +
              (reason.empty() ? "" : ": " + clip(reason, 200)));
    if (stop) {
      // The stop is a deliberate non-choice in the register, linked from the initiative (a new version,
      // so the history says when the link came).
      const auto decision_id = decisions_.create_decision(current.org_id, actor, *stop);
      if (!decision_id) throw std::runtime_error("stop decision refused: " + decision_id.error().code);
      changed.content.decision_ids.insert(*decision_id);
      changed.version = current.version + 1;
      if (!store_.update_initiative(changed, current.version)) throw std::runtime_error("initiative moved");
      store_.insert_initiative_version(current.org_id,
                                       {current.id, changed.version, changed.content, actor, clock_.now()});
    }
  });
  if (error) return *error;
  return changed;
}

std::vector<OpenItem> InitiativeService::open_items(const Initiative& initiative, const std::string& lang) {
  if (!open_items_) return {};
  return open_items_(initiative.org_id, initiative.id, lang);
}

Result<std::int64_t> InitiativeService::record_measurement(const Initiative& initiative, std::int64_t actor,
                                                           const BenefitMeasurement& measurement) {
  const auto& benefits = initiative.content.benefits;
  if (measurement.benefit_index < 0 ||
      static_cast<std::size_t>(measurement.benefit_index) >= benefits.size()) {
    return Error::invalid("benefit_unknown", "error.initiative.benefit_unknown");
  }
  if (!std::isfinite(measurement.value)) {
    return Error::invalid("measurement_value_invalid", "error.initiative.measurement_value_invalid");
  }
  if (!measurement.measured_on.ok()) {
    return Error::invalid("measured_on_required", "error.initiative.measured_on_required");
  }
  if (!is_valid_utf8(measurement.note)) {
    return Error::invalid("invalid_utf8", "error.invalid_utf8", {{"field", "note"}});
  }
  if (utf8_length(measurement.note) > kMaxMeasurementNoteChars) {
    return Error::invalid("note_too_long", "error.initiative.note_too_long",
                          {{"max", std::to_string(kMaxMeasurementNoteChars)}});
  }
  BenefitMeasurement stored = measurement;
  stored.benefit_title = benefits[static_cast<std::size_t>(measurement.benefit_index)].title;
  std::int64_t id = 0;
  tx_.transaction([&] {
    id = store_.insert_measurement(initiative.org_id, initiative.id, stored, clock_.now());
    audit(initiative.org_id, actor, "initiative.measured", initiative.id,
          stored.benefit_title + ": " + format_iso_date(stored.measured_on));
  });
  return id;
}

std::vector<InitiativeVersion> InitiativeService::versions(const Initiative& initiative) {
  return store_.initiative_versions(initiative.org_id, initiative.id);
}

std::vector<InitiativeHistoryEntry> InitiativeService::history(
    const std::vector<InitiativeVersion>& versions) {
  std::vector<InitiativeVersionContent> contents;
  contents.reserve(versions.size());
  for (const auto& v : versions) contents.push_back({v.version, &v.content, v.edited_by, v.edited_at});
  return initiative_history(std::move(contents));
}

std::vector<BenefitMeasurement> InitiativeService::measurements(const Initiative& initiative) {
  return store_.measurements(initiative.org_id, initiative.id);
}

bool InitiativeService::substantially_changed_since(const Initiative& initiative, int version) {
  if (version >= initiative.version) return false;
  for (const auto& v : versions(initiative)) {
    if (v.version == version) return is_substantial_change(v.content, initiative.content);
  }
  return true;  // a version that is not stored covers nothing
}

}  // namespace forkant
