#pragma once
// Impact assessments of initiatives (issue 12): the organisation's questionnaire library (Canada's AIA as
// imported, forkant's screenings), stored assessments that keep the exact questionnaire and rule version
// they were answered with, their results under any rule version, grey-zone routing per organisation, the
// judgements recorded as decisions and the obligations followed up. What is open here holds an initiative
// at pilot (InitiativeService::set_open_items).
//
// Tenant rule (as DecisionService): lookups by id return the object with its organisation; the web layer
// authorizes against that organisation and answers 404 for another organisation's ids.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/initiatives/phase_gate.hpp"
#include "domain/initiatives/risk_summary.hpp"

namespace forkant {

class ImpactService {
 public:
  // Per initiative of the organisation that has any assessment (an initiative left out has none).
  std::map<std::int64_t, RiskSummary> risk_summaries(std::int64_t org_id);
  // What holds the initiative at pilot: judgements not yet recorded, obligations not yet met, a
  // reassessment after a substantial change. Titles in `lang`.
  std::vector<OpenItem> open_items(std::int64_t org_id, std::int64_t initiative_id, const std::string& lang);
};

}  // namespace forkant
