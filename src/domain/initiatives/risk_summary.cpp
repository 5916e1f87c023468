#include "domain/initiatives/risk_summary.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace forkant {

std::string_view to_string(RiskTier tier) {
  switch (tier) {
    case RiskTier::none:
      return "none";
    case RiskTier::minimal:
      return "minimal";
    case RiskTier::transparency:
      return "transparency";
    case RiskTier::high:
      return "high";
    case RiskTier::prohibited:
      return "prohibited";
  }
  return "none";
}

RiskTier risk_tier(const std::vector<Finding>& findings) {
  // Highest first: the first key found decides.
  constexpr std::array<std::pair<std::string_view, RiskTier>, 5> kTiers{{
      {"prohibited", RiskTier::prohibited},
      {"ai_act_high_risk", RiskTier::high},
      {"transparency_duty", RiskTier::transparency},
      {"ai_act_art6_3_exception", RiskTier::minimal},
      {"ai_system", RiskTier::minimal},
  }};
  for (const auto& entry : kTiers) {
    const auto found = [&](const Finding& f) { return f.key == entry.first; };
    if (std::any_of(findings.begin(), findings.end(), found)) return entry.second;
  }
  return RiskTier::none;
}

}  // namespace forkant
