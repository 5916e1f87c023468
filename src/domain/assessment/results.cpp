#include "domain/assessment/results.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <span>
#include <utility>

#include "domain/assessment/answer_table.hpp"

namespace forkant {
namespace {

// Scores are means of small integers; a standard deviation that is 1.0 on paper must not miss the flag
// by a rounding error.
constexpr double kTolerance = 1e-9;

std::vector<std::string> all_groups(const RoundInput& round) {
  std::vector<std::string> groups = round.groups;
  for (const SubmittedResponse& r : round.responses) {
    if (std::find(groups.begin(), groups.end(), r.group) == groups.end()) groups.push_back(r.group);
  }
  return groups;
}

// A mean of ratings in one set: the sum is exact (small integers), so the order does not matter.
struct RatingSum {
  SetCount n;
  long sum = 0;
};

// One dimension's figures in one set, gathered in one pass over the respondents. The scores are kept
// for the median; the mean adds them in respondent order, as a plain mean would.
struct DimensionSums {
  SetCount n;
  Moments moments;
  std::vector<double> scores;
  RatingSum importance, position;
};

struct PurposeSums {
  long sum = 0;
  long squares = 0;
};

// The sample sd of integers from exact sums: n * sum of squares - sum^2 has no rounding in it.
double integer_sd(long n, long sum, long squares) {
  if (n < 2) return 0.0;
  const auto spread = static_cast<double>(n * squares - sum * sum);
  return std::sqrt(spread / static_cast<double>(n * (n - 1)));
}

class Aggregator {
 public:
  // `everything` false: the dimension scores alone, all a previous round gives (its trends).
  Aggregator(const Framework& framework, const AnswerLayout& layout, const RoundInput& round, bool everything)
      : fw_(framework),
        layout_(layout),
        round_(round),
        everything_(everything),
        k_(std::max(round.k, kMinAnonymityThreshold)),
        groups_(all_groups(round)),
        table_(index_answers(layout, round.responses)) {
    std::vector<SetCount> group_sizes(groups_.size());
    set_of_.reserve(round.responses.size());
    for (const SubmittedResponse& r : round.responses) {
      const auto g =
          static_cast<std::size_t>(std::find(groups_.begin(), groups_.end(), r.group) - groups_.begin());
      ++group_sizes[g].all;
      group_sizes[g].link += !r.by_hand();
      set_of_.push_back(g + 1);
    }
    plan_ = plan_sets(group_sizes, k_);
  }

  RoundResults run() {
    start_sets();
    gather();
    for (std::size_t d = 0; d < fw_.dimensions.size(); ++d) add_dimension(d);
    if (everything_) {
      add_distributions();
      add_purposes();
      add_comments();
      add_hand_entered();
    }
    RoundResults results;
    results.k = k_;
    for (SetResult& set : sets_) {
      if (everything_ && !set.suppressed) add_summary(set);
    }
    results.whole = std::move(sets_[kWholeSet]);
    results.groups.assign(std::make_move_iterator(sets_.begin() + 1), std::make_move_iterator(sets_.end()));
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (plan_.excluded[g]) results.excluded_groups.push_back(groups_[g]);
    }
    return results;
  }

 private:
  bool kept(std::size_t r) const { return !plan_.excluded[set_of_[r] - 1]; }
  bool link(std::size_t r) const { return !round_.responses[r].by_hand(); }

  // The one pass: every respondent's row counts in their group and, when kept, in the whole round. Only
  // the scores go to both as they come (a mean of them depends on the order of the sum, and the whole
  // round's must be the plain one); the rest are integer counts and sums, which the whole round then
  // takes from its kept groups exactly.
  void gather() {
    const std::size_t dims = fw_.dimensions.size();
    dimensions_.assign(sets_.size() * dims, {});
    if (everything_) {
      counts_.assign(sets_.size() * table_.width, {});
      item_links_.assign(sets_.size() * table_.width, 0);
      allocations_.assign(sets_.size(), {});
      purposes_.assign(sets_.size() * table_.purposes, {});
    }
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      for (std::size_t d = 0; d < dims; ++d) {
        dimensions_[s * dims + d].scores.reserve(static_cast<std::size_t>(plan_.respondents[s].all));
      }
    }
    for (std::size_t r = 0; r < round_.responses.size(); ++r) {
      const std::span<const std::int8_t> row = table_.row(r);
      const int l = link(r) ? 1 : 0;
      add_scores(row, set_of_[r], kept(r), l);
      if (everything_) add_counts(row, r, set_of_[r], l);
    }
    if (!everything_) return;
    for (std::size_t s = kWholeSet + 1; s < sets_.size(); ++s) {
      if (!plan_.excluded[s - 1]) add_to_whole(s);
    }
  }

  void add_scores(std::span<const std::int8_t> row, std::size_t s, bool kept, int l) {
    const std::size_t dims = fw_.dimensions.size();
    for (std::size_t d = 0; d < dims; ++d) {
      const std::optional<double> score = row_score(layout_.dimensions[d], row);
      if (!score) continue;
      for (DimensionSums* sums : {&dimensions_[s * dims + d], kept ? &dimensions_[d] : nullptr}) {
        if (!sums) break;
        ++sums->n.all;
        sums->n.link += l;
        sums->moments.add(*score);
        if (everything_) sums->scores.push_back(*score);  // for the median
      }
    }
  }

  void add_counts(std::span<const std::int8_t> row, std::size_t r, std::size_t s, int l) {
    const std::size_t dims = fw_.dimensions.size();
    for (std::size_t d = 0; d < dims; ++d) {
      const AnswerLayout::DimensionSlots& slots = layout_.dimensions[d];
      DimensionSums& sums = dimensions_[s * dims + d];
      for (auto [rating, total] : {std::pair{rating_at(row, slots.importance), &sums.importance},
                                   std::pair{rating_at(row, slots.position), &sums.position}}) {
        if (!rating) continue;
        ++total->n.all;
        total->n.link += l;
        total->sum += *rating;
      }
    }
    for (std::size_t slot = 0; slot < table_.width; ++slot) {
      if (row[slot] == kNoAnswer) continue;
      ++counts_[s * table_.width + slot][static_cast<std::size_t>(row[slot])];
      item_links_[s * table_.width + slot] += l;
    }
    if (!table_.allocated[r]) return;
    ++allocations_[s].all;
    allocations_[s].link += l;
    const std::span<const int> points = table_.points_of(r);
    for (std::size_t p = 0; p < points.size(); ++p) {
      PurposeSums& sums = purposes_[s * table_.purposes + p];
      sums.sum += points[p];
      sums.squares += static_cast<long>(points[p]) * points[p];
    }
  }

  void add_to_whole(std::size_t s) {
    auto add = [](SetCount& to, SetCount from) {
      to.all += from.all;
      to.link += from.link;
    };
    const std::size_t dims = fw_.dimensions.size();
    for (std::size_t d = 0; d < dims; ++d) {
      for (auto part : {&DimensionSums::importance, &DimensionSums::position}) {
        add((dimensions_[d].*part).n, (dimensions_[s * dims + d].*part).n);
        (dimensions_[d].*part).sum += (dimensions_[s * dims + d].*part).sum;
      }
    }
    for (std::size_t slot = 0; slot < table_.width; ++slot) {
      for (std::size_t v = 0; v < counts_[slot].size(); ++v)
        counts_[slot][v] += counts_[s * table_.width + slot][v];
      item_links_[slot] += item_links_[s * table_.width + slot];
    }
    add(allocations_[kWholeSet], allocations_[s]);
    for (std::size_t p = 0; p < table_.purposes; ++p) {
      purposes_[p].sum += purposes_[s * table_.purposes + p].sum;
      purposes_[p].squares += purposes_[s * table_.purposes + p].squares;
    }
  }

  // One statistic's contributors per set.
  template <typename CountOf>
  std::vector<SetCount> contributors(CountOf count_of) const {
    std::vector<SetCount> n;
    n.reserve(sets_.size());
    for (std::size_t s = 0; s < sets_.size(); ++s) n.push_back(count_of(s));
    return n;
  }

  void start_sets() {
    sets_.resize(plan_.shown.size());
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      if (s != kWholeSet) sets_[s].group = groups_[s - 1];
      sets_[s].respondents = plan_.respondents[s].all;
      sets_[s].suppressed = !plan_.shown[s];
      sets_[s].needed = sets_[s].suppressed ? needed_for(plan_.respondents[s], k_) : 0;
    }
  }

  // Who entered the hand-entered responses of each shown set: visible to everyone who sees the results,
  // since those rows are known to the people who typed them.
  void add_hand_entered() {
    std::vector<std::map<std::string, int>> by_name(sets_.size());
    for (std::size_t r = 0; r < round_.responses.size(); ++r) {
      const SubmittedResponse& response = round_.responses[r];
      if (!response.by_hand()) continue;
      ++by_name[set_of_[r]][*response.entered_by];
      if (kept(r)) ++by_name[kWholeSet][*response.entered_by];
    }
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      if (sets_[s].suppressed) continue;
      for (const auto& [name, count] : by_name[s]) {
        sets_[s].entered_by.push_back({name, count});
        sets_[s].by_hand += count;
      }
    }
  }

  void add_dimension(std::size_t d) {
    const std::size_t dims = fw_.dimensions.size();
    auto at = [&](std::size_t s) -> DimensionSums& { return dimensions_[s * dims + d]; };
    const std::vector<SetCount> scores = contributors([&](std::size_t s) { return at(s).n; });
    const std::vector<bool> show_score = guard_statistic(plan_, scores, k_);
    const std::vector<bool> show_spread = guard_statistic(plan_, scores, detail_threshold(k_));
    const std::vector<bool> show_importance =
        guard_statistic(plan_, contributors([&](std::size_t s) { return at(s).importance.n; }), k_);
    const std::vector<bool> show_position =
        guard_statistic(plan_, contributors([&](std::size_t s) { return at(s).position.n; }), k_);
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      if (sets_[s].suppressed) continue;
      DimensionSums& sums = at(s);
      DimensionResult result{.dimension_id = fw_.dimensions[d].id};
      if (show_score[s]) {
        result.score = sums.moments.mean();
        result.n = sums.n.all;
      }
      if (everything_ && show_score[s] && show_spread[s]) {
        const Moments& m = sums.moments;
        result.spread = Spread{median_in_place(sums.scores), m.sd(), m.min(), m.max()};
        result.disagreement = result.spread->sd >= kDisagreementSd - kTolerance;
      }
      auto mean_of = [](const RatingSum& r) { return static_cast<double>(r.sum) / r.n.all; };
      if (everything_ && show_importance[s]) result.importance = mean_of(sums.importance);
      if (everything_ && show_position[s]) result.position = mean_of(sums.position);
      if (result.score && result.importance) {
        result.priority = *result.importance * (kScaleMax - *result.score);
      }
      sets_[s].dimensions.push_back(std::move(result));
    }
  }

  void add_distributions() {
    const std::size_t width = table_.width;
    for (std::size_t slot = 0; slot < width; ++slot) {
      std::vector<SetCount> n = contributors([&](std::size_t s) {
        const auto& counts = counts_[s * width + slot];
        return SetCount{std::accumulate(counts.begin(), counts.end(), 0), item_links_[s * width + slot]};
      });
      const std::vector<bool> shown = guard_statistic(plan_, n, detail_threshold(k_));
      for (std::size_t s = 0; s < sets_.size(); ++s) {
        if (!shown[s]) continue;
        sets_[s].distributions.push_back(
            {.item_id = layout_.items[slot]->id, .n = n[s].all, .counts = counts_[s * width + slot]});
      }
    }
  }

  void add_purposes() {
    if (fw_.purposes.empty()) return;
    // Points left out of an allocation are 0: the allocation as a whole sums to 100.
    const std::vector<bool> shown = guard_statistic(plan_, allocations_, k_);
    const std::vector<bool> spread = guard_statistic(plan_, allocations_, detail_threshold(k_));
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      if (!shown[s]) continue;
      const long n = allocations_[s].all;
      PurposeAllocation allocation{.n = allocations_[s].all};
      for (std::size_t p = 0; p < fw_.purposes.size(); ++p) {
        const PurposeSums& sums = purposes_[s * table_.purposes + p];
        allocation.purposes.push_back(
            {fw_.purposes[p].id, static_cast<double>(sums.sum) / static_cast<double>(n),
             spread[s] ? std::optional(integer_sd(n, sums.sum, sums.squares)) : std::nullopt});
      }
      sets_[s].purposes = std::move(allocation);
    }
  }

  // Comments appear for the whole round only, never per group, and sorted: their order must not hint at
  // who wrote them or when.
  void add_comments() {
    SetResult& whole = sets_[kWholeSet];
    if (whole.suppressed || !passes_threshold(plan_.respondents[kWholeSet], detail_threshold(k_))) return;
    std::vector<std::vector<std::string>> texts(fw_.dimensions.size());
    for (const TableComment& c : table_.comments) {
      if (kept(c.respondent) && !c.text->empty()) texts[c.dimension].push_back(*c.text);
    }
    for (std::size_t d = 0; d < texts.size(); ++d) {
      std::sort(texts[d].begin(), texts[d].end());
      if (!texts[d].empty()) whole.comments.emplace(fw_.dimensions[d].id, std::move(texts[d]));
    }
  }

  static void add_summary(SetResult& set) {
    std::vector<double> scores;
    int positions = 0;
    int taken = 0;
    std::vector<const DimensionResult*> ranked;
    for (const DimensionResult& d : set.dimensions) {
      if (d.score) scores.push_back(*d.score);
      if (d.position) {
        ++positions;
        taken += *d.position >= kPositionTaken;
      }
      if (d.priority) ranked.push_back(&d);
    }
    if (!scores.empty()) set.index = mean(scores);
    if (positions > 0) set.position_share = static_cast<double>(taken) / positions;
    // Rounded keys: priorities equal on paper must tie (and keep framework order), whatever the last bit.
    auto key = [](const DimensionResult* d) { return std::llround(*d->priority * 1e9); };
    std::stable_sort(ranked.begin(), ranked.end(), [&](auto* a, auto* b) { return key(a) > key(b); });
    for (const DimensionResult* d : ranked) set.priority_order.push_back(d->dimension_id);
  }

  const Framework& fw_;
  const AnswerLayout& layout_;
  const RoundInput& round_;
  bool everything_;
  int k_;
  std::vector<std::string> groups_;
  AnswerTable table_;
  std::vector<std::size_t> set_of_;  // per respondent: 1 + group index
  SetPlan plan_;
  std::vector<SetResult> sets_;
  // Gathered per set (row-major by set): dimensions, item ratings 0..5, purpose points.
  std::vector<DimensionSums> dimensions_;
  std::vector<std::array<int, kScaleMax + 1>> counts_;
  std::vector<int> item_links_;
  std::vector<SetCount> allocations_;
  std::vector<PurposeSums> purposes_;
};

void add_trend(SetResult& current, const SetResult& previous) {
  for (DimensionResult& d : current.dimensions) {
    auto it = std::find_if(previous.dimensions.begin(), previous.dimensions.end(),
                           [&](const DimensionResult& p) { return p.dimension_id == d.dimension_id; });
    if (d.score && it != previous.dimensions.end() && it->score) d.trend = *d.score - *it->score;
  }
}

void add_trends(RoundResults& current, const RoundResults& previous) {
  add_trend(current.whole, previous.whole);
  for (SetResult& group : current.groups) {
    auto it = std::find_if(previous.groups.begin(), previous.groups.end(),
                           [&](const SetResult& p) { return p.group == group.group; });
    if (it != previous.groups.end()) add_trend(group, *it);
  }
}

}  // namespace

bool trend_baseline(const Framework& framework, const PreviousRound& previous) {
  return previous.framework_id == framework.id && previous.framework_version == framework.version;
}

const SetResult* top_management(const RoundResults& results) {
  if (results.top_group.empty()) return nullptr;
  for (const SetResult& g : results.groups) {
    if (g.group == results.top_group) return &g;
  }
  return nullptr;
}

RoundResults compute_results(const Framework& framework, const RoundInput& round,
                             const PreviousRound* previous) {
  const AnswerLayout layout = answer_layout(framework);
  RoundResults results = Aggregator(framework, layout, round, true).run();
  results.top_group = round.top_group;
  if (previous && trend_baseline(framework, *previous)) {
    add_trends(results, Aggregator(framework, layout, previous->round, false).run());
  }
  return results;
}

}  // namespace forkant
