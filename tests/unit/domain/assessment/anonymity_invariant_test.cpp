// The anonymity invariant, checked on many generated rounds with link and hand-entered responses: for
// every statistic, each shown figure describes at least `threshold` respondents of whom none or at least
// `threshold` came through private links, and no shown figure minus any combination of shown group
// figures describes 1..threshold-1 respondents or 1..threshold-1 link respondents. Contributor sets are
// recomputed here from the raw answers, independently of the aggregation, and compared with the n the results
// claim.

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "domain/assessment/results.hpp"
#include "domain/assessment/scoring.hpp"
#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::small_framework;

// std::*_distribution differ between standard libraries; modulo keeps the rounds identical everywhere.
class Rng {
 public:
  explicit Rng(std::uint32_t seed) : engine_(seed) {}
  int below(int n) { return static_cast<int>(engine_() % static_cast<std::uint32_t>(n)); }

 private:
  std::mt19937 engine_;
};

RoundInput random_round(const Framework& fw, Rng& rng) {
  RoundInput round;
  round.k = 3 + rng.below(3);
  const int groups = 1 + rng.below(4);
  for (int g = 0; g < groups; ++g) round.groups.push_back("g" + std::to_string(g));
  for (int g = 0; g < groups; ++g) {
    const int size = rng.below(9);
    for (int i = 0; i < size; ++i) {
      // A quarter typed in by hand, in some groups all of them (paper-only groups).
      const bool paper_group = g == 1 && rng.below(3) == 0;
      std::optional<std::string> typist;
      if (paper_group || rng.below(4) == 0) typist = "typist" + std::to_string(rng.below(2));
      SubmittedResponse r{round.groups[static_cast<std::size_t>(g)], {}, typist};
      for (const Dimension& d : fw.dimensions) {
        for (const Item& item : d.items) {
          const int roll = rng.below(10);  // 30 % unanswered, the rest spread over don't know and 1..5
          if (item.kind == ItemKind::comment) {
            if (roll < 3) r.answers.comments[item.id] = "c" + std::to_string(i);
            continue;
          }
          if (roll < 3) continue;
          const int value = item.kind == ItemKind::importance ? 1 + rng.below(5) : rng.below(6);
          r.answers.values[item.id] = value;
        }
      }
      if (rng.below(2) == 0) r.answers.purposes = {{"p.x", 100}};
      round.responses.push_back(std::move(r));
    }
  }
  return round;
}

struct Statistic {
  std::string name;
  std::function<bool(const ResponseAnswers&)> contributes;
  std::function<bool(const SetResult&)> shown;
  std::function<int(const SetResult&)> claimed_n;  // -1 when the result carries no n
  bool detail = false;
};

std::vector<Statistic> statistics_of(const Framework& fw) {
  std::vector<Statistic> stats;
  for (std::size_t i = 0; i < fw.dimensions.size(); ++i) {
    const Dimension& d = fw.dimensions[i];
    auto result = [i](const SetResult& s) -> const DimensionResult& { return s.dimensions[i]; };
    stats.push_back({d.id + " score",
                     [&d](const ResponseAnswers& a) { return dimension_score(d, a).has_value(); },
                     [=](const SetResult& s) { return result(s).score.has_value(); },
                     [=](const SetResult& s) { return result(s).n; }});
    stats.push_back({d.id + " spread",
                     [&d](const ResponseAnswers& a) { return dimension_score(d, a).has_value(); },
                     [=](const SetResult& s) {
                       EXPECT_FALSE(result(s).disagreement && !result(s).spread) << "a flag without its sd";
                       return result(s).spread.has_value();
                     },
                     [=](const SetResult& s) { return result(s).n; }, true});
    for (ItemKind kind : {ItemKind::importance, ItemKind::position}) {
      const Item* item = d.item_of_kind(kind);
      if (!item) continue;
      const bool importance = kind == ItemKind::importance;
      stats.push_back({item->id, [item](const ResponseAnswers& a) { return rating(a, item->id).has_value(); },
                       [=](const SetResult& s) {
                         return importance ? result(s).importance.has_value()
                                           : result(s).position.has_value();
                       },
                       [](const SetResult&) { return -1; }});
    }
    for (const Item& item : d.items) {
      if (!is_rated(item.kind)) continue;
      auto find = [id = item.id](const SetResult& s) -> const ItemDistribution* {
        for (const ItemDistribution& x : s.distributions) {
          if (x.item_id == id) return &x;
        }
        return nullptr;
      };
      stats.push_back({item.id + " distribution",
                       [id = item.id](const ResponseAnswers& a) { return a.values.contains(id); },
                       [=](const SetResult& s) { return find(s) != nullptr; },
                       [=](const SetResult& s) { return find(s)->n; }, true});
    }
  }
  stats.push_back({"purposes", [](const ResponseAnswers& a) { return has_allocation(a); },
                   [](const SetResult& s) { return s.purposes.has_value(); },
                   [](const SetResult& s) { return s.purposes->n; }});
  stats.push_back(
      {"purpose sd", [](const ResponseAnswers& a) { return has_allocation(a); },
       [](const SetResult& s) { return s.purposes && s.purposes->purposes.front().sd.has_value(); },
       [](const SetResult& s) { return s.purposes->n; }, true});
  stats.push_back({"comments", [](const ResponseAnswers&) { return true; },
                   [](const SetResult& s) { return !s.comments.empty(); },
                   [](const SetResult&) { return -1; }, true});
  return stats;
}

// Rule 1 on one count (see anonymity.hpp), recomputed here.
bool enough(int all, int link, int threshold) {
  return all >= threshold && (link == 0 || link >= threshold);
}
bool isolating(int n, int threshold) {
  return n > 0 && n < threshold;
}

// Checks one statistic of one round; returns how many shown figures it saw.
int check(const RoundInput& round, const RoundResults& r, const Statistic& stat) {
  const int threshold = stat.detail ? detail_threshold(r.k) : r.k;
  const std::set<std::string> excluded(r.excluded_groups.begin(), r.excluded_groups.end());
  int whole = 0;
  int whole_links = 0;
  std::vector<int> groups(r.groups.size(), 0);
  std::vector<int> group_links(r.groups.size(), 0);
  for (const SubmittedResponse& resp : round.responses) {
    if (!stat.contributes(resp.answers)) continue;
    const int link = resp.entered_by ? 0 : 1;
    for (std::size_t g = 0; g < r.groups.size(); ++g) {
      groups[g] += r.groups[g].group == resp.group;
      group_links[g] += r.groups[g].group == resp.group ? link : 0;
    }
    whole += !excluded.contains(resp.group);
    whole_links += excluded.contains(resp.group) ? 0 : link;
  }
  std::vector<std::pair<int, int>> shown_groups;  // contributors (all, links) of the groups that show it
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    const SetResult& set = r.groups[g];
    if (set.suppressed || !stat.shown(set)) continue;
    EXPECT_TRUE(enough(groups[g], group_links[g], threshold))
        << stat.name << " of " << set.group << ": " << groups[g] << " with " << group_links[g] << " links";
    if (stat.claimed_n(set) >= 0) {
      EXPECT_EQ(stat.claimed_n(set), groups[g]) << stat.name;
    }
    shown_groups.emplace_back(groups[g], group_links[g]);
  }
  const bool whole_shown = !r.whole.suppressed && stat.shown(r.whole);
  if (whole_shown) {
    EXPECT_TRUE(enough(whole, whole_links, threshold)) << stat.name << ": " << whole << " / " << whole_links;
    if (stat.claimed_n(r.whole) >= 0) {
      EXPECT_EQ(stat.claimed_n(r.whole), whole) << stat.name;
    }
    for (unsigned mask = 1; mask < (1u << shown_groups.size()); ++mask) {
      int difference = whole;
      int link_difference = whole_links;
      for (std::size_t g = 0; g < shown_groups.size(); ++g) {
        if (mask & (1u << g)) {
          difference -= shown_groups[g].first;
          link_difference -= shown_groups[g].second;
        }
      }
      EXPECT_FALSE(isolating(difference, threshold))
          << stat.name << ": the whole minus shown groups isolates " << difference << " respondents";
      EXPECT_FALSE(isolating(link_difference, threshold))
          << stat.name << ": the whole minus shown groups isolates " << link_difference
          << " link respondents";
    }
  }
  return static_cast<int>(shown_groups.size()) + whole_shown;
}

TEST(AnonymityInvariantTest, NoTwoShownFiguresDifferByFewerThanThresholdRespondents) {
  const Framework fw = small_framework();
  const std::vector<Statistic> stats = statistics_of(fw);
  Rng rng(20200428);
  int shown = 0;
  int excluded_rounds = 0;
  int hand_shown = 0;
  for (int round_no = 0; round_no < 500; ++round_no) {
    const RoundInput round = random_round(fw, rng);
    const RoundResults r = compute_results(fw, round);
    excluded_rounds += !r.excluded_groups.empty();
    hand_shown += !r.whole.suppressed && r.whole.by_hand > 0;
    for (const SetResult& set : r.groups) hand_shown += !set.suppressed && set.by_hand > 0;
    for (const SetResult& set : r.groups) {
      if (set.suppressed) {
        EXPECT_GT(set.needed, 0);
        EXPECT_LE(set.needed, r.k);
        EXPECT_TRUE(set.dimensions.empty() && set.distributions.empty() && !set.purposes);
      }
    }
    for (const Statistic& stat : stats) shown += check(round, r, stat);
    if (::testing::Test::HasFailure()) FAIL() << "round " << round_no;
  }
  // The generator must exercise the interesting cases, not only trivially suppressed rounds.
  EXPECT_GT(shown, 2500) << shown;
  EXPECT_GT(excluded_rounds, 25) << excluded_rounds;
  EXPECT_GT(hand_shown, 100) << "shown sets with typed-in rows: " << hand_shown;
}

}  // namespace
}  // namespace forkant
