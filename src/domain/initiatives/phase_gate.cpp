#include "domain/initiatives/phase_gate.hpp"

#include <string>

namespace forkant {
namespace {

// Past the pilot means scale-up or operation; the order of the enum is the order of the phases.
bool beyond_pilot(Phase phase) {
  return phase == Phase::scale_up || phase == Phase::operation;
}

}  // namespace

bool moves_past_pilot(Phase from, Phase to) {
  return beyond_pilot(to) && !beyond_pilot(from);
}

Status check_phase_gate(Phase from, Phase to, const std::vector<OpenItem>& open) {
  if (moves_past_pilot(from, to) && !open.empty()) {
    return Error::conflict("phase_gate_open", "error.initiative.phase_gate_open",
                           {{"count", std::to_string(open.size())}});
  }
  return ok_status();
}

}  // namespace forkant
