// The peer benchmark's guarantees on many generated networks (seeded, so every run sees the same ones):
// whatever a viewer can be shown - the unfiltered view and every filter offered, each statistic in each -
// describes at least five organisations, none of them the viewer, none holding more than a quarter of the
// respondents behind it; and no two shown sets of the same statistic differ by 1..4 organisations either
// way. The sets are recomputed here from the raw contributions, independently of peer_rules.cpp.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <vector>

#include "domain/networks/peer_rules.hpp"
#include "domain/networks/peer_statistics.hpp"

namespace forkant {
namespace {

// std::*_distribution differ between standard libraries; modulo keeps the networks identical everywhere.
class Rng {
 public:
  explicit Rng(std::uint32_t seed) : engine_(seed) {}
  int below(int n) { return static_cast<int>(engine_() % static_cast<std::uint32_t>(n)); }

 private:
  std::mt19937 engine_;
};

constexpr OrgKind kKinds[] = {OrgKind::municipality, OrgKind::region, OrgKind::state_agency, OrgKind::other};

struct Network {
  std::vector<PeerContribution> contributions;
  std::size_t statistics = 0;
  std::int64_t framework_id = 1;
  std::int64_t viewer = 0;
};

Network random_network(Rng& rng) {
  Network n;
  n.statistics = 1 + static_cast<std::size_t>(rng.below(4));
  const int organisations = rng.below(36);
  // Few kinds and bands per network, so that filters overlap and differ by small numbers often.
  const int kinds = 1 + rng.below(3);
  const int bands = 1 + rng.below(4);
  std::int64_t next_id = 1;
  for (int o = 1; o <= organisations; ++o) {
    const OrgKind kind = kKinds[rng.below(kinds)];
    const SizeBand band = kSizeBands[rng.below(bands + 1) % 6];
    const int rounds = 1 + (rng.below(4) == 0 ? rng.below(3) : 0);  // some contribute several rounds
    for (int r = 0; r < rounds; ++r) {
      PeerContribution c;
      c.contribution_id = next_id++;
      c.org_id = o;
      c.framework_id = rng.below(6) == 0 ? 2 : 1;  // another version now and then: never combined
      c.round_closed_at = 100 * rng.below(5);
      c.kind = kind;
      c.band = band;
      // Mostly alike, sometimes one large organisation that dominates.
      c.respondents = rng.below(12) == 0 ? 50 + rng.below(300) : 3 + rng.below(20);
      for (std::size_t s = 0; s < n.statistics; ++s) {
        if (rng.below(8) == 0) {
          c.figures.emplace_back();
          continue;
        }
        const int behind = 3 + rng.below(c.respondents - 2);
        c.figures.push_back(PeerFigure{1.0 + rng.below(41) / 10.0, behind});
      }
      n.contributions.push_back(c);
    }
  }
  // The viewer: a contributor, a member that contributes nothing, or one that contributes another version.
  n.viewer = organisations > 0 && rng.below(3) != 0 ? 1 + rng.below(organisations) : 1000;
  return n;
}

// The latest contribution of each organisation but the viewer, recomputed plainly.
std::map<std::int64_t, PeerContribution> expected_peers(const Network& n) {
  std::map<std::int64_t, PeerContribution> latest;
  for (const PeerContribution& c : n.contributions) {
    if (c.framework_id != n.framework_id || c.org_id == n.viewer) continue;
    auto it = latest.find(c.org_id);
    if (it == latest.end() || c.round_closed_at > it->second.round_closed_at ||
        (c.round_closed_at == it->second.round_closed_at && c.contribution_id > it->second.contribution_id)) {
      latest[c.org_id] = c;
    }
  }
  return latest;
}

bool in_view(const PeerFilter& f, const PeerContribution& c) {
  return (!f.kind || *f.kind == c.kind) && (!f.band || *f.band == c.band);
}

// A shown set: the organisations, and the respondents of each behind the statistic.
using Shown = std::map<std::int64_t, int>;

// Statistic s of the view, or (s == statistics) the view's organisations.
Shown shown_set(const std::map<std::int64_t, PeerContribution>& peers, const PeerFilter& f, std::size_t s,
                std::size_t statistics) {
  Shown out;
  for (const auto& [org, c] : peers) {
    if (!in_view(f, c)) continue;
    if (s == statistics) {
      out[org] = c.respondents;
    } else if (c.figures[s]) {
      out[org] = c.figures[s]->respondents;
    }
  }
  return out;
}

int one_way(const Shown& a, const Shown& b) {
  int only = 0;
  for (const auto& [org, r] : a) only += static_cast<int>(b.count(org) == 0);
  return only;
}

TEST(PeerRulesProperty, NoShownStatisticBreaksARuleAndNoTwoDifferByOneToFour) {
  Rng rng(20261206);
  int shown_statistics = 0, offered_filters = 0, refused_filters = 0, viewers_contributing = 0;
  for (int iteration = 0; iteration < 3000; ++iteration) {
    const Network n = random_network(rng);
    const auto expected = expected_peers(n);
    const std::vector<PeerContribution> peers = peer_set(n.contributions, n.framework_id, n.viewer);
    ASSERT_EQ(peers.size(), expected.size());
    for (const PeerContribution& c : peers) {
      ASSERT_NE(c.org_id, n.viewer);
      ASSERT_EQ(c.contribution_id, expected.at(c.org_id).contribution_id);
    }
    for (const PeerContribution& c : n.contributions) viewers_contributing += c.org_id == n.viewer;
    const std::vector<PeerFilter> candidates = peer_filter_candidates(peers);
    const std::vector<PeerView> views = plan_peer_views(peers, n.statistics, candidates);
    ASSERT_FALSE(views.empty());
    ASSERT_TRUE(views[0].filter.everyone());
    offered_filters += static_cast<int>(views.size()) - 1;
    refused_filters += static_cast<int>(candidates.size()) - (static_cast<int>(views.size()) - 1);

    // Every set a viewer can be shown, per statistic (the organisations last).
    std::vector<std::vector<Shown>> shown(n.statistics + 1);
    for (const PeerView& v : views) {
      if (!v.filter.everyone()) {
        ASSERT_TRUE(v.organisations.shown()) << "iteration " << iteration;
      }
      const std::vector<PeerStatistic> stats = peer_statistics(peers, v);
      for (std::size_t s = 0; s <= n.statistics; ++s) {
        const bool is_shown = s == n.statistics ? v.organisations.shown() : v.shows(s);
        if (!is_shown) {
          if (s < n.statistics) {
            ASSERT_FALSE(stats[s].distribution);
          }
          continue;
        }
        const Shown set = shown_set(expected, v.filter, s, n.statistics);
        // Rule 1 and 2, recomputed.
        ASSERT_GE(set.size(), 5U) << "iteration " << iteration;
        long total = 0, largest = 0;
        for (const auto& [org, r] : set) {
          ASSERT_NE(org, n.viewer);
          total += r;
          largest = std::max<long>(largest, r);
        }
        ASSERT_LE(largest * 4, total) << "iteration " << iteration;
        if (s < n.statistics) {
          ASSERT_TRUE(stats[s].distribution);
          ASSERT_EQ(stats[s].distribution->organisations, static_cast<int>(set.size()));
          ++shown_statistics;
        }
        shown[s].push_back(set);
      }
    }
    // No two shown sets of one statistic differ by 1..4 organisations, either way.
    for (const std::vector<Shown>& sets : shown) {
      for (std::size_t a = 0; a < sets.size(); ++a) {
        for (std::size_t b = a + 1; b < sets.size(); ++b) {
          for (int d : {one_way(sets[a], sets[b]), one_way(sets[b], sets[a])}) {
            ASSERT_FALSE(d >= 1 && d <= 4) << "iteration " << iteration << ": sets differ by " << d;
          }
        }
      }
    }
  }
  // The generator reaches every branch: statistics shown, filters offered and refused, viewers inside.
  EXPECT_GT(shown_statistics, 3000);
  EXPECT_GT(offered_filters, 300);
  EXPECT_GT(refused_filters, 300);
  EXPECT_GT(viewers_contributing, 300);
}

}  // namespace
}  // namespace forkant
