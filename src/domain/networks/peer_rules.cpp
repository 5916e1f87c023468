#include "domain/networks/peer_rules.hpp"

#include <algorithm>
#include <bit>
#include <map>
#include <numeric>

namespace forkant {
namespace {

constexpr OrgKind kOrgKinds[] = {OrgKind::municipality, OrgKind::region, OrgKind::state_agency,
                                 OrgKind::other};

// Membership of one shown set: one bit per peer (a network of 1,000 is 16 words, so comparing two sets
// costs next to nothing and every pair can be checked).
using Members = std::vector<std::uint64_t>;

Members no_members(std::size_t peers) {
  return Members((peers + 63) / 64, 0);
}

void add_member(Members& m, std::size_t i) {
  m[i / 64] |= std::uint64_t{1} << (i % 64);
}

// A difference of 1..kMinPeerOrganisations-1 organisations would describe too few.
bool isolates(int difference) {
  return difference > 0 && difference < kMinPeerOrganisations;
}

bool differ_safely(const Members& a, const Members& b) {
  int only_a = 0;
  int only_b = 0;
  for (std::size_t w = 0; w < a.size(); ++w) {
    only_a += std::popcount(a[w] & ~b[w]);
    only_b += std::popcount(b[w] & ~a[w]);
  }
  return !isolates(only_a) && !isolates(only_b);
}

// A view with its shown sets: [0] its organisations, [1 + s] statistic s (empty when not shown).
struct Planned {
  PeerView view;
  std::vector<Members> shown;
};

Planned plan_view(std::span<const PeerContribution> peers, std::size_t statistics, const PeerFilter& filter) {
  Planned out{{filter, {}, {}}, {}};
  Members organisations = no_members(peers.size());
  std::vector<int> respondents;
  for (std::size_t i = 0; i < peers.size(); ++i) {
    if (!matches(filter, peers[i])) continue;
    add_member(organisations, i);
    respondents.push_back(peers[i].respondents);
  }
  out.view.organisations = judge_peers(respondents);
  out.shown.push_back(out.view.organisations.shown() ? std::move(organisations) : Members{});
  for (std::size_t s = 0; s < statistics; ++s) {
    Members members = no_members(peers.size());
    respondents.clear();
    for (std::size_t i = 0; i < peers.size(); ++i) {
      if (!matches(filter, peers[i]) || s >= peers[i].figures.size() || !peers[i].figures[s]) continue;
      add_member(members, i);
      respondents.push_back(peers[i].figures[s]->respondents);
    }
    out.view.statistics.push_back(judge_peers(respondents));
    out.shown.push_back(out.view.shows(s) ? std::move(members) : Members{});
  }
  return out;
}

// Whether `candidate` may be offered beside `offered`: every pair of shown sets of the same statistic
// (the organisations counting as one) differs by none or enough.
bool compatible(const Planned& candidate, const std::vector<Planned>& offered) {
  for (const Planned& other : offered) {
    if (candidate.shown[0] == other.shown[0]) return false;  // the same organisations: adds nothing
    for (std::size_t s = 0; s < candidate.shown.size(); ++s) {
      if (candidate.shown[s].empty() || other.shown[s].empty()) continue;
      if (!differ_safely(candidate.shown[s], other.shown[s])) return false;
    }
  }
  return true;
}

}  // namespace

std::vector<PeerContribution> peer_set(std::span<const PeerContribution> contributions,
                                       std::int64_t framework_id, std::int64_t viewer_org) {
  std::map<std::int64_t, const PeerContribution*> latest;  // by organisation
  for (const PeerContribution& c : contributions) {
    if (c.framework_id != framework_id || c.org_id == viewer_org) continue;
    const PeerContribution*& kept = latest[c.org_id];
    auto later = [](const PeerContribution& a, const PeerContribution& b) {
      return a.round_closed_at != b.round_closed_at ? a.round_closed_at > b.round_closed_at
                                                    : a.contribution_id > b.contribution_id;
    };
    if (!kept || later(c, *kept)) kept = &c;
  }
  std::vector<PeerContribution> out;
  out.reserve(latest.size());
  for (const auto& [org, c] : latest) out.push_back(*c);
  return out;
}

PeerVerdict judge_peers(std::span<const int> respondents) {
  PeerVerdict v;
  v.organisations = static_cast<int>(respondents.size());
  if (v.organisations < kMinPeerOrganisations) {
    v.refusal = PeerRefusal::too_few;
    v.needed = kMinPeerOrganisations - v.organisations;
    return v;
  }
  const long total = std::accumulate(respondents.begin(), respondents.end(), 0L);
  const long largest = *std::max_element(respondents.begin(), respondents.end());
  // largest / total > 1/4, in integers: exactly a quarter passes.
  v.refusal = largest * kDominanceShare > total ? PeerRefusal::dominated : PeerRefusal::none;
  return v;
}

bool matches(const PeerFilter& filter, const PeerContribution& c) {
  return (!filter.kind || *filter.kind == c.kind) && (!filter.band || *filter.band == c.band);
}

std::string peer_filter_key(const PeerFilter& filter) {
  if (filter.kind) return "kind-" + std::string(org_kind_name(*filter.kind));
  if (filter.band) return "band-" + std::string(size_band_key(*filter.band));
  return "";
}

std::optional<PeerFilter> parse_peer_filter(std::string_view key) {
  PeerFilter filter;
  if (key.empty()) return filter;
  if (key.starts_with("kind-")) {
    const auto kind = parse_org_kind(key.substr(5));
    if (!kind) return std::nullopt;
    filter.kind = kind;
    return filter;
  }
  if (key.starts_with("band-")) {
    const auto band = parse_size_band(key.substr(5));
    if (!band || *band == SizeBand::unknown) return std::nullopt;
    filter.band = band;
    return filter;
  }
  return std::nullopt;
}

std::vector<PeerFilter> peer_filter_candidates(std::span<const PeerContribution> peers) {
  std::vector<PeerFilter> out;
  for (OrgKind kind : kOrgKinds) {
    if (std::any_of(peers.begin(), peers.end(), [&](const PeerContribution& c) { return c.kind == kind; }))
      out.push_back({kind, std::nullopt});
  }
  for (SizeBand band : kSizeBands) {
    if (band == SizeBand::unknown) continue;  // "size not stated" is no kind of peer
    if (std::any_of(peers.begin(), peers.end(), [&](const PeerContribution& c) { return c.band == band; }))
      out.push_back({std::nullopt, band});
  }
  return out;
}

std::vector<PeerView> plan_peer_views(std::span<const PeerContribution> peers, std::size_t statistics,
                                      std::span<const PeerFilter> candidates) {
  std::vector<Planned> offered;
  offered.push_back(plan_view(peers, statistics, PeerFilter{}));
  std::vector<Planned> tried;
  for (const PeerFilter& filter : candidates) {
    if (filter.everyone()) continue;
    Planned p = plan_view(peers, statistics, filter);
    if (p.view.organisations.shown()) tried.push_back(std::move(p));
  }
  std::stable_sort(tried.begin(), tried.end(), [](const Planned& a, const Planned& b) {
    return a.view.organisations.organisations > b.view.organisations.organisations;
  });
  for (Planned& p : tried) {
    if (compatible(p, offered)) offered.push_back(std::move(p));
  }
  std::vector<PeerView> out;
  out.reserve(offered.size());
  for (Planned& p : offered) out.push_back(std::move(p.view));
  return out;
}

}  // namespace forkant
