#pragma once
// One initiative's standing in the impact assessments, as the portfolio, the overview and the agenda need
// it: the latest completed assessment of each kind, the forum the grey zone goes to, what is open.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/impact/routing.hpp"

namespace forkant {

enum class RiskTier { none, minimal, transparency, high, prohibited };  // the AI Act's tiers as screened
std::string_view to_string(RiskTier tier);  // "none", "minimal", "transparency", "high", "prohibited"

// The tier a screening's findings give: "prohibited" > "ai_act_high_risk" > "transparency_duty" >
// minimal (an AI system with nothing above: "ai_system" or "ai_act_art6_3_exception") > none (not an AI
// system, or not screened). AIA levels say nothing of the AI Act's tier.
RiskTier risk_tier(const std::vector<Finding>& findings);

struct RiskSummary {
  std::int64_t initiative_id = 0;
  bool assessed = false;  // any completed assessment
  RiskTier tier = RiskTier::none;
  std::optional<int> aia_level;  // 1..4, latest rule
  std::optional<Forum> forum;    // who must judge; none: nothing to judge
  int open_judgements = 0;
  int open_obligations = 0;
  bool needs_reassessment = false;  // a substantial change since the last assessment
};

}  // namespace forkant
