#pragma once
// Which edits of an initiative need a new impact assessment: those that change what the assessment judged
// — the technology, whether personal data or special categories are processed, the kinds of data and the
// source systems, the purposes (materially: one added or dropped, or a weight moved by kMaterialWeightShift
// points or more) and the partners (who; not the wording of their role). Rewording the title or the
// description, the communication plan or the benefits does not: the assessment still covers the thing.

#include <vector>

#include "domain/initiatives/initiative.hpp"
#include "domain/initiatives/initiative_history.hpp"

namespace forkant {

inline constexpr int kMaterialWeightShift = 20;

// The fields whose change is substantial, in declaration order; empty: the change is not substantial.
std::vector<InitiativeField> substantial_changes(const InitiativeDraft& before, const InitiativeDraft& after);

inline bool is_substantial_change(const InitiativeDraft& before, const InitiativeDraft& after) {
  return !substantial_changes(before, after).empty();
}

}  // namespace forkant
