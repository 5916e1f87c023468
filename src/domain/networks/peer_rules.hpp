#pragma once
// The rules of the peer benchmark (issue 15; docs/networks.md, "Peer benchmark"). A statistic over
// organisations, such as the median of their scores on one question, is shown only when
//   1. at least kMinPeerOrganisations organisations contribute to it, and
//   2. no single organisation holds more than a quarter of the respondents behind it (the dominance
//      rule of official statistics: exactly 25 % passes, anything above does not);
// and the viewer's own organisation is never one of them, contributing or not: a set that held the
// viewer could be "subtracted" by it to learn about fewer than five others.
// Filters (kind of organisation, size band) are offered only when every shown set still passes and no
// two shown sets of the same statistic differ by 1..4 organisations either way: otherwise the
// difference of two views would describe a handful of organisations, or one.
// Only contributions of the same framework id and version are ever combined, and an organisation counts
// once: its latest contribution.
//
// Decided on who contributes and how many respondents each has, never on the values, so that whether a
// figure is shown says nothing about it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/organisation.hpp"
#include "domain/networks/size_band.hpp"

namespace forkant {

inline constexpr int kMinPeerOrganisations = 5;
// No organisation may hold more than 1/kDominanceShare of the respondents behind a statistic.
inline constexpr int kDominanceShare = 4;

// One organisation's figure of one statistic and the respondents behind it.
struct PeerFigure {
  double value = 0;
  int respondents = 0;
};

// One contribution as the benchmark reads it.
struct PeerContribution {
  std::int64_t contribution_id = 0;
  std::int64_t org_id = 0;
  std::int64_t framework_id = 0;     // the exact framework version
  std::int64_t round_closed_at = 0;  // the latest round of an organisation is the one that counts
  OrgKind kind = OrgKind::municipality;
  SizeBand band = SizeBand::unknown;
  int respondents = 0;  // the whole round's: weighs the organisation in its view's set
  // Per statistic, in the caller's order (e.g. the framework's dimensions, then the position share);
  // nullopt where the contribution has no figure for it.
  std::vector<std::optional<PeerFigure>> figures;
};

// The contributions a viewer of organisation `viewer_org` is compared with: those of `framework_id`
// only; one per organisation, the one whose round closed last (the latest contributed on a tie); and
// none of the viewer's own.
std::vector<PeerContribution> peer_set(std::span<const PeerContribution> contributions,
                                       std::int64_t framework_id, std::int64_t viewer_org);

enum class PeerRefusal { none, too_few, dominated };

struct PeerVerdict {
  int organisations = 0;
  PeerRefusal refusal = PeerRefusal::too_few;
  int needed = 0;  // too_few: how many more organisations must contribute
  bool shown() const { return refusal == PeerRefusal::none; }
};

// Rules 1 and 2 on one set: the respondents behind the statistic, one entry per organisation.
PeerVerdict judge_peers(std::span<const int> respondents);

// A view of the peers: everyone, or one kind of organisation, or one size band (never both: one
// criterion at a time keeps the views few enough to check every pair).
struct PeerFilter {
  std::optional<OrgKind> kind;
  std::optional<SizeBand> band;
  bool everyone() const { return !kind && !band; }
  friend bool operator==(const PeerFilter&, const PeerFilter&) = default;
};

bool matches(const PeerFilter& filter, const PeerContribution& c);
// "" for everyone, "kind-municipality", "band-40000_60000": stable, for URLs.
std::string peer_filter_key(const PeerFilter& filter);
std::optional<PeerFilter> parse_peer_filter(std::string_view key);

// Every filter that selects some of `peers`: each kind present, then each known size band present.
std::vector<PeerFilter> peer_filter_candidates(std::span<const PeerContribution> peers);

struct PeerView {
  PeerFilter filter;
  PeerVerdict organisations;            // the organisations of the view, weighed by their respondents
  std::vector<PeerVerdict> statistics;  // per statistic, over the organisations with a figure for it
  // Whether statistic s is shown: both its set and the view's organisations pass.
  bool shows(std::size_t s) const { return organisations.shown() && statistics[s].shown(); }
};

// The views a viewer may see of `peers` (peer_set's result) with `statistics` figures each: first the
// unfiltered view, always (what it shows is up to its verdicts); then each candidate whose organisations
// pass and whose shown sets (its organisations, and each statistic it shows) differ from the shown sets
// of every view offered before it by none or at least kMinPeerOrganisations organisations, each way.
// A candidate that selects the same organisations as an offered view adds nothing and is left out.
// Candidates are tried largest first (in their given order on a tie), so the broadest comparisons win.
std::vector<PeerView> plan_peer_views(std::span<const PeerContribution> peers, std::size_t statistics,
                                      std::span<const PeerFilter> candidates);

}  // namespace forkant
