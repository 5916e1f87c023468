#include "domain/assessment/results.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "domain/assessment/scoring.hpp"

namespace forkant {
namespace {

// Scores are means of small integers; a standard deviation that is 1.0 on paper must not miss the flag
// by a rounding error.
constexpr double kTolerance = 1e-9;

struct Respondent {
  std::size_t set = 0;  // 1 + group index
  bool kept = true;     // counts in the whole round
  const SubmittedResponse* response = nullptr;
  std::vector<std::optional<double>> scores;  // per dimension
};

// One statistic's values in one set, and how many of them came through a private link.
struct Sample {
  std::vector<double> values;
  int link = 0;
};
using Samples = std::vector<Sample>;  // per set

std::vector<SetCount> sizes(const Samples& samples) {
  std::vector<SetCount> n;
  for (const auto& s : samples) n.push_back({static_cast<int>(s.values.size()), s.link});
  return n;
}

std::vector<std::string> all_groups(const RoundInput& round) {
  std::vector<std::string> groups = round.groups;
  for (const SubmittedResponse& r : round.responses) {
    if (std::find(groups.begin(), groups.end(), r.group) == groups.end()) groups.push_back(r.group);
  }
  return groups;
}

class Aggregator {
 public:
  Aggregator(const Framework& framework, const RoundInput& round)
      : fw_(framework), k_(std::max(round.k, kMinAnonymityThreshold)), groups_(all_groups(round)) {
    std::vector<SetCount> group_sizes(groups_.size());
    for (const SubmittedResponse& r : round.responses) {
      const auto g =
          static_cast<std::size_t>(std::find(groups_.begin(), groups_.end(), r.group) - groups_.begin());
      ++group_sizes[g].all;
      group_sizes[g].link += !r.by_hand();
      Respondent& respondent = respondents_.emplace_back();
      respondent.set = g + 1;
      respondent.response = &r;
      for (const Dimension& d : fw_.dimensions) respondent.scores.push_back(dimension_score(d, r.answers));
    }
    plan_ = plan_sets(group_sizes, k_);
    for (Respondent& r : respondents_) r.kept = !plan_.excluded[r.set - 1];
  }

  RoundResults run() {
    start_sets();
    for (std::size_t d = 0; d < fw_.dimensions.size(); ++d) add_dimension(fw_.dimensions[d], d);
    for (const Dimension& d : fw_.dimensions) {
      for (const Item& item : d.items) {
        if (is_rated(item.kind)) add_distribution(item);
      }
    }
    add_purposes();
    add_comments();
    add_hand_entered();
    RoundResults results;
    results.k = k_;
    for (SetResult& set : sets_) {
      if (!set.suppressed) add_summary(set);
    }
    results.whole = std::move(sets_[kWholeSet]);
    results.groups.assign(std::make_move_iterator(sets_.begin() + 1), std::make_move_iterator(sets_.end()));
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (plan_.excluded[g]) results.excluded_groups.push_back(groups_[g]);
    }
    return results;
  }

 private:
  // A respondent's value counts in their group and, when kept, in the whole round.
  template <typename ValueOf>
  Samples collect(ValueOf value_of) const {
    Samples samples(sets_.size());
    for (const Respondent& r : respondents_) {
      if (const std::optional<double> v = value_of(r)) {
        const int link = r.response->by_hand() ? 0 : 1;
        samples[r.set].values.push_back(*v);
        samples[r.set].link += link;
        if (r.kept) {
          samples[kWholeSet].values.push_back(*v);
          samples[kWholeSet].link += link;
        }
      }
    }
    return samples;
  }

  Samples ratings_of(const Item* item) const {
    return collect([&](const Respondent& r) -> std::optional<double> {
      if (!item) return std::nullopt;
      if (auto v = rating(r.response->answers, item->id)) return *v;
      return std::nullopt;
    });
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
    for (const Respondent& r : respondents_) {
      if (!r.response->by_hand()) continue;
      ++by_name[r.set][*r.response->entered_by];
      if (r.kept) ++by_name[kWholeSet][*r.response->entered_by];
    }
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      if (sets_[s].suppressed) continue;
      for (const auto& [name, count] : by_name[s]) {
        sets_[s].entered_by.push_back({name, count});
        sets_[s].by_hand += count;
      }
    }
  }

  void add_dimension(const Dimension& dimension, std::size_t index) {
    const Samples scores = collect([&](const Respondent& r) { return r.scores[index]; });
    const Samples importance = ratings_of(dimension.item_of_kind(ItemKind::importance));
    const Samples position = ratings_of(dimension.item_of_kind(ItemKind::position));
    const std::vector<bool> show_score = guard_statistic(plan_, sizes(scores), k_);
    const std::vector<bool> show_spread = guard_statistic(plan_, sizes(scores), detail_threshold(k_));
    const std::vector<bool> show_importance = guard_statistic(plan_, sizes(importance), k_);
    const std::vector<bool> show_position = guard_statistic(plan_, sizes(position), k_);
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      if (sets_[s].suppressed) continue;
      DimensionResult result{.dimension_id = dimension.id};
      const std::vector<double>& values = scores[s].values;
      if (show_score[s]) {
        result.score = mean(values);
        result.n = static_cast<int>(values.size());
      }
      if (show_score[s] && show_spread[s]) {
        result.spread = Spread{median(values), sample_sd(values), min_of(values), max_of(values)};
        result.disagreement = result.spread->sd >= kDisagreementSd - kTolerance;
      }
      if (show_importance[s]) result.importance = mean(importance[s].values);
      if (show_position[s]) result.position = mean(position[s].values);
      if (result.score && result.importance) {
        result.priority = *result.importance * (kScaleMax - *result.score);
      }
      sets_[s].dimensions.push_back(std::move(result));
    }
  }

  void add_distribution(const Item& item) {
    const Samples values = collect([&](const Respondent& r) -> std::optional<double> {
      auto it = r.response->answers.values.find(item.id);
      if (it == r.response->answers.values.end() || it->second < kDontKnow || it->second > kScaleMax)
        return std::nullopt;
      return it->second;
    });
    const std::vector<bool> shown = guard_statistic(plan_, sizes(values), detail_threshold(k_));
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      if (!shown[s]) continue;
      ItemDistribution distribution{.item_id = item.id, .n = static_cast<int>(values[s].values.size())};
      for (double v : values[s].values) ++distribution.counts[static_cast<std::size_t>(v)];
      sets_[s].distributions.push_back(std::move(distribution));
    }
  }

  void add_purposes() {
    if (fw_.purposes.empty()) return;
    // Points left out of an allocation are 0: the allocation as a whole sums to 100.
    std::vector<Samples> points;
    for (const Purpose& p : fw_.purposes) {
      points.push_back(collect([&](const Respondent& r) -> std::optional<double> {
        if (!has_allocation(r.response->answers)) return std::nullopt;
        auto it = r.response->answers.purposes.find(p.id);
        return it == r.response->answers.purposes.end() ? 0.0 : it->second;
      }));
    }
    const std::vector<bool> shown = guard_statistic(plan_, sizes(points.front()), k_);
    const std::vector<bool> spread = guard_statistic(plan_, sizes(points.front()), detail_threshold(k_));
    for (std::size_t s = 0; s < sets_.size(); ++s) {
      if (!shown[s]) continue;
      PurposeAllocation allocation{.n = static_cast<int>(points.front()[s].values.size())};
      for (std::size_t p = 0; p < fw_.purposes.size(); ++p) {
        const std::vector<double>& values = points[p][s].values;
        allocation.purposes.push_back(
            {fw_.purposes[p].id, mean(values), spread[s] ? std::optional(sample_sd(values)) : std::nullopt});
      }
      sets_[s].purposes = std::move(allocation);
    }
  }

  // Comments appear for the whole round only, never per group, and sorted: their order must not hint at
  // who wrote them or when.
  void add_comments() {
    SetResult& whole = sets_[kWholeSet];
    if (whole.suppressed || !passes_threshold(plan_.respondents[kWholeSet], detail_threshold(k_))) return;
    for (const Dimension& d : fw_.dimensions) {
      const Item* item = d.item_of_kind(ItemKind::comment);
      if (!item) continue;
      std::vector<std::string> texts;
      for (const Respondent& r : respondents_) {
        auto it = r.response->answers.comments.find(item->id);
        if (r.kept && it != r.response->answers.comments.end() && !it->second.empty())
          texts.push_back(it->second);
      }
      std::sort(texts.begin(), texts.end());
      if (!texts.empty()) whole.comments.emplace(d.id, std::move(texts));
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
  int k_;
  std::vector<std::string> groups_;
  std::vector<Respondent> respondents_;
  SetPlan plan_;
  std::vector<SetResult> sets_;
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
  RoundResults results = Aggregator(framework, round).run();
  results.top_group = round.top_group;
  if (previous && trend_baseline(framework, *previous)) {
    add_trends(results, Aggregator(framework, previous->round).run());
  }
  return results;
}

}  // namespace forkant
