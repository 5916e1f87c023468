#pragma once
// The competence matrix's gaps, ranked: what to close first (issue 17). A gap is a cell whose level
// needed is above today's level; its size is needed - today. The rule, in order (each line breaks the
// ties of the ones above it):
//   1. a legal duty first (the AI Act's Art. 4 row)
//   2. the larger gap first
//   3. the earlier date first, so an overdue gap comes before one due later, the most overdue first; a
//      gap without a date after every dated one
//   4. the more senior role first (direktion, chefer, ledere, medarbejdere, politikere, borgere)
//   5. the competence's name (name_key: ASCII letters folded, byte order)
//   6. a cell for every sector before a cell for one sector, then the sector's name
//   7. the cell's id, so that the order is the same every time
// docs/competence.md gives the same rule to readers.

#include <cstdint>
#include <string>
#include <vector>

#include "domain/competence/competence.hpp"
#include "domain/date.hpp"

namespace forkant {

struct RankedGap {
  int rank = 0;  // 1-based
  CompetenceCell cell;
  std::string competence_name;
  std::string competence_builtin;  // "" or kAiLiteracy.key
  std::string sector_name;         // "" for every sector
  int size = 0;
  bool legal_duty = false;
  bool overdue = false;  // dated before `today`
  bool has_step() const { return cell.step_id.has_value(); }
};

// Every gap of `cells`, ranked by the rule above. Cells whose competence or sector is not in the lists
// are left out (they cannot be shown).
std::vector<RankedGap> rank_gaps(const std::vector<Competence>& competencies,
                                 const std::vector<Sector>& sectors, const std::vector<CompetenceCell>& cells,
                                 Date today);

// The ranked gaps that have not become a step of a goal yet, in rank order.
std::vector<RankedGap> gaps_without_step(const std::vector<RankedGap>& ranked);

}  // namespace forkant
