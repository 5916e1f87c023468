#pragma once
// Contributions for the peer benchmark's tests: one statistic per figure given.

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/networks/peer_rules.hpp"

namespace forkant::testing {

// Organisation `org` of `kind` and `band` with `respondents`, and the same respondents behind each of
// `values` (nullopt: no figure for that statistic).
inline PeerContribution peer(std::int64_t org, int respondents, std::vector<std::optional<double>> values,
                             OrgKind kind = OrgKind::municipality,
                             SizeBand band = SizeBand::from_20k_to_40k) {
  PeerContribution c;
  c.contribution_id = org;
  c.org_id = org;
  c.framework_id = 1;
  c.round_closed_at = 1000;
  c.kind = kind;
  c.band = band;
  c.respondents = respondents;
  for (const auto& v : values) {
    c.figures.push_back(v ? std::optional(PeerFigure{*v, respondents}) : std::nullopt);
  }
  return c;
}

// `count` organisations numbered from `first`, each with `respondents` and one figure.
inline std::vector<PeerContribution> peers(int count, std::int64_t first = 1,
                                           OrgKind kind = OrgKind::municipality,
                                           SizeBand band = SizeBand::from_20k_to_40k, int respondents = 10) {
  std::vector<PeerContribution> out;
  for (int i = 0; i < count; ++i) {
    out.push_back(peer(first + i, respondents, {3.0 + 0.1 * i}, kind, band));
  }
  return out;
}

}  // namespace forkant::testing
