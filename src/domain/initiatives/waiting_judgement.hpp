#pragma once
// The initiatives waiting for a judgement: an impact assessment has routed a grey zone to a forum and the
// judgement is not yet recorded. The overview lists them and the drafted agenda item brings each up
// (question 2: who should judge the grey zones, and how?). A stopped initiative waits for nothing.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/impact/routing.hpp"
#include "domain/initiatives/initiative.hpp"
#include "domain/initiatives/risk_summary.hpp"

namespace forkant {

struct WaitingInitiative {
  std::int64_t initiative_id = 0;
  std::string title;
  Phase phase = Phase::idea;
  std::optional<Forum> forum;  // who must judge; none when the routing named no forum
  int open_judgements = 0;
  bool operator==(const WaitingInitiative&) const = default;
};

// Ordered by forum, the highest first (a judgement there covers the lower ones'), then title, then id.
std::vector<WaitingInitiative> waiting_for_judgement(const std::vector<Initiative>& initiatives,
                                                     const std::map<std::int64_t, RiskSummary>& summaries);

}  // namespace forkant
