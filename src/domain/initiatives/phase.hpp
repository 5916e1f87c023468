#pragma once
// How an initiative moves between its phases. Any move is allowed (an initiative may skip the pilot or go
// back to analysis after one) except to the phase it is in. A stopped initiative may only be taken up
// again as an idea: it starts over, so that the analysis and the gate past the pilot are met again rather
// than jumped. Stopping needs its reason: it is a deliberate non-choice and is recorded as one. The gate
// past the pilot is phase_gate.hpp.

#include <cstddef>
#include <string>

#include "domain/date.hpp"
#include "domain/initiatives/initiative.hpp"
#include "domain/result.hpp"

namespace forkant {

inline constexpr std::size_t kMaxPhaseReasonChars = 5000;

// Codes: phase_unchanged, stop_reason_required, restart_only_as_idea, reason_too_long, invalid_utf8.
Status check_phase_change(Phase from, Phase to, const std::string& reason);

// The change to record (reason trimmed of nothing: stored as written).
PhaseChange make_phase_change(Phase from, Phase to, Date on, std::string reason, std::int64_t by_user_id);

}  // namespace forkant
