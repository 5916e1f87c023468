#include "domain/initiatives/phase.hpp"

#include <string>
#include <utility>

#include "domain/decisions/field_check.hpp"
#include "domain/utf8.hpp"

namespace forkant {

Status check_phase_change(Phase from, Phase to, const std::string& reason) {
  if (from == to) {
    return Error::invalid("phase_unchanged", "error.initiative.phase_unchanged");
  }
  if (from == Phase::stopped && to != Phase::idea) {
    return Error::invalid("restart_only_as_idea", "error.initiative.restart_only_as_idea");
  }
  if (!is_valid_utf8(reason)) {
    return Error::invalid("invalid_utf8", "error.invalid_utf8", {{"field", "reason"}});
  }
  if (to == Phase::stopped && is_blank(reason)) {
    return Error::invalid("stop_reason_required", "error.initiative.stop_reason_required");
  }
  if (utf8_length(reason) > kMaxPhaseReasonChars) {
    return Error::invalid("reason_too_long", "error.initiative.reason_too_long",
                          {{"max", std::to_string(kMaxPhaseReasonChars)}});
  }
  return ok_status();
}

PhaseChange make_phase_change(Phase from, Phase to, Date on, std::string reason, std::int64_t by_user_id) {
  return {from, to, on, std::move(reason), by_user_id};
}

}  // namespace forkant
