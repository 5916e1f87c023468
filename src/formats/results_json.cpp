#include "formats/results_json.hpp"

#include <cmath>
#include <optional>
#include <string>

#include "domain/assessment/perception_gaps.hpp"

namespace forkant {
namespace {

using nlohmann::json;

json number(const std::optional<double>& x) {
  return x ? json(round2(*x)) : json(nullptr);
}

json dimension_to_json(const DimensionResult& d) {
  const auto& s = d.spread;
  auto spread = [&](double Spread::*field) { return s ? json(round2((*s).*field)) : json(nullptr); };
  return {
      {"id", d.dimension_id},
      {"score", number(d.score)},
      {"n", d.score ? json(d.n) : json(nullptr)},
      {"median", spread(&Spread::median)},
      {"sd", spread(&Spread::sd)},
      {"min", spread(&Spread::min)},
      {"max", spread(&Spread::max)},
      {"importance", number(d.importance)},
      {"position", number(d.position)},
      {"priority", number(d.priority)},
      // null, not false, where the spread is withheld: no flag is shown without the sd it rests on.
      {"disagreement", s ? json(d.disagreement) : json(nullptr)},
      {"trend", number(d.trend)},
  };
}

json distribution_to_json(const ItemDistribution& d) {
  json counts = {{"dk", d.counts[kDontKnow]}};
  for (int v = kScaleMin; v <= kScaleMax; ++v)
    counts[std::to_string(v)] = d.counts[static_cast<std::size_t>(v)];
  return {{"item", d.item_id}, {"n", d.n}, {"counts", std::move(counts)}};
}

json purposes_to_json(const std::optional<PurposeAllocation>& allocation) {
  if (!allocation) return nullptr;
  json purposes = json::array();
  for (const PurposeResult& p : allocation->purposes) {
    purposes.push_back({{"id", p.purpose_id}, {"mean", round2(p.mean)}, {"sd", number(p.sd)}});
  }
  return {{"n", allocation->n}, {"purposes", std::move(purposes)}};
}

json leadership_to_json(const RoundResults& results) {
  const SetResult* top = top_management(results);
  if (!top) return nullptr;
  if (top->suppressed) return {{"group", top->group}, {"suppressed", true}, {"needed", top->needed}};
  json flagged = json::array();
  for (const DimensionResult& d : top->dimensions) {
    if (d.spread && d.disagreement) flagged.push_back(d.dimension_id);
  }
  return {{"group", top->group},
          {"suppressed", false},
          {"respondents", top->respondents},
          {"position_share", number(top->position_share)},
          {"disagreements", std::move(flagged)},
          {"priorities", top->priority_order}};
}

json gaps_to_json(const RoundResults& results) {
  json gaps = json::array();
  for (const PerceptionGap& g : perception_gaps(results)) {
    gaps.push_back({{"dimension", g.dimension_id},
                    {"group", g.group},
                    {"top", round2(g.top)},
                    {"other", round2(g.other)},
                    {"gap", round2(g.gap)}});
  }
  return gaps;
}

}  // namespace

double round2(double x) {
  return std::round(x * 100.0) / 100.0;
}

json set_to_json(const SetResult& set) {
  if (set.suppressed) return {{"suppressed", true}, {"needed", set.needed}};
  json dimensions = json::array();
  for (const DimensionResult& d : set.dimensions) dimensions.push_back(dimension_to_json(d));
  json distributions = json::array();
  for (const ItemDistribution& d : set.distributions) distributions.push_back(distribution_to_json(d));
  json out = {
      {"suppressed", false},
      {"respondents", set.respondents},
      {"index", number(set.index)},
      {"position_share", number(set.position_share)},
      {"dimensions", std::move(dimensions)},
      {"priorities", set.priority_order},
      {"distributions", std::move(distributions)},
      {"purposes", purposes_to_json(set.purposes)},
  };
  json entered_by = json::array();
  for (const HandEntered& h : set.entered_by) entered_by.push_back({{"name", h.name}, {"count", h.count}});
  out["by_hand"] = set.by_hand;
  out["entered_by"] = std::move(entered_by);
  if (!set.comments.empty()) out["comments"] = set.comments;
  return out;
}

json results_to_json(const RoundResults& results) {
  json groups = json::array();
  for (const SetResult& g : results.groups)
    groups.push_back({{"group", g.group}, {"results", set_to_json(g)}});
  return {
      {"k", results.k},
      {"whole", set_to_json(results.whole)},
      {"groups", std::move(groups)},
      {"excluded_groups", results.excluded_groups},
      {"top_group", results.top_group.empty() ? json(nullptr) : json(results.top_group)},
      {"leadership", leadership_to_json(results)},
      {"perception_gaps", gaps_to_json(results)},
  };
}

}  // namespace forkant
