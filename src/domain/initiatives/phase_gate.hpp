#pragma once
// An initiative cannot move past pilot (to scale-up or operation) while a judgement or an obligation its
// impact assessments require is open, or while it has had a substantial change since it was last
// assessed. The impact-assessment service knows what is open (services/impact.hpp); this rule decides.

#include <cstdint>
#include <string>
#include <vector>

#include "domain/initiatives/initiative.hpp"
#include "domain/result.hpp"

namespace forkant {

struct OpenItem {
  enum class Kind { judgement, obligation, reassessment };
  Kind kind = Kind::judgement;
  std::int64_t assessment_id = 0;
  std::string what;   // judgement: the forum ("dpo", ...); obligation: its id; reassessment: ""
  std::string title;  // for people, in the language asked for: what is open
};

// True for moves that leave the pilot behind: to scale_up or operation from an earlier phase.
bool moves_past_pilot(Phase from, Phase to);

// Ok, or conflict "phase_gate_open" {count} when the move passes pilot with `open` not empty.
Status check_phase_gate(Phase from, Phase to, const std::vector<OpenItem>& open);

}  // namespace forkant
