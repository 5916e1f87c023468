#include "domain/overview/overview.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace forkant {
namespace {

const DimensionResult* find_dimension(const SetResult& set, const std::string& id) {
  for (const auto& d : set.dimensions) {
    if (d.dimension_id == id) return &d;
  }
  return nullptr;
}

bool earlier(const OverdueStep& a, const OverdueStep& b) {
  return a.due_on != b.due_on ? a.due_on < b.due_on : a.step_id < b.step_id;
}

// Newest decision first: by decision date, then the later id.
bool newer(const Decision& a, const Decision& b) {
  return a.content.decided_on != b.content.decided_on ? a.content.decided_on > b.content.decided_on
                                                      : a.id > b.id;
}

void overdue(const OverviewInput& in, Overview& out) {
  for (const auto& d : in.decisions) {
    const auto& review_on = d.content.review_on;
    if (!d.is_superseded() && !d.reviewed_on && review_on && *review_on <= in.today) {
      out.reviews_due.push_back({d.id, d.content.title, *review_on});
    }
  }
  std::sort(out.reviews_due.begin(), out.reviews_due.end(), [](const auto& a, const auto& b) {
    return a.review_on != b.review_on ? a.review_on < b.review_on : a.decision_id < b.decision_id;
  });
  std::map<std::int64_t, const Goal*> goals;
  for (const auto& g : in.goals) goals[g.id] = &g;
  for (const auto& s : in.steps) {
    if (!is_overdue(s, in.today)) continue;
    const auto goal = goals.find(s.goal_id);
    OverdueStep o{s.id, s.goal_id, goal == goals.end() ? std::string() : goal->second->title, s.hypothesis,
                  s.due_on};
    (s.status == StepStatus::running ? out.evaluations_missing : out.steps_overdue).push_back(std::move(o));
  }
  std::sort(out.steps_overdue.begin(), out.steps_overdue.end(), earlier);
  std::sort(out.evaluations_missing.begin(), out.evaluations_missing.end(), earlier);
}

void latest_round(const OverviewInput& in, Overview& out) {
  if (!in.framework || !in.results) return;
  out.has_round = true;
  const SetResult& whole = in.results->whole;
  out.whole_suppressed = whole.suppressed;
  out.top.group = in.top_group;
  const SetResult* top = group_set(*in.results, in.top_group);
  out.top.present = top != nullptr;
  if (top) {
    out.top.suppressed = top->suppressed;
    out.top.needed = top->needed;
  }
  const bool top_shown = top && !top->suppressed;
  if (top_shown && top->position_share) {
    // Counted from the shown mean positions, as the results page states the share.
    int shown = 0, taken = 0;
    for (const auto& d : top->dimensions) {
      if (!d.position) continue;
      ++shown;
      if (*d.position >= kPositionTaken - 1e-9) ++taken;
    }
    out.top.positions_shown = shown;
    out.top.positions_taken = taken;
  }
  for (const auto& dim : in.framework->dimensions) {
    QuestionLine line;
    line.dimension = &dim;
    if (!whole.suppressed) {
      if (const DimensionResult* r = find_dimension(whole, dim.id)) {
        line.score = r->score;
        line.trend = r->trend;
      }
    }
    line.direction = trend_direction(line.trend);
    if (top_shown) {
      const DimensionResult* r = find_dimension(*top, dim.id);
      // No flag without the spread it rests on (shown from max(k, 5)).
      if (r && r->spread) line.top_flag = r->disagreement ? TopFlag::yes : TopFlag::no;
    }
    out.questions.push_back(line);
  }
}

void latest_decisions(const OverviewInput& in, Overview& out) {
  std::vector<Decision> sorted;
  for (const auto& d : in.decisions) {
    if (!d.is_superseded()) sorted.push_back(d);
  }
  std::sort(sorted.begin(), sorted.end(), newer);
  for (auto& d : sorted) {
    auto& list = d.content.kind == DecisionKind::deselected ? out.latest_not_pursued : out.latest_decisions;
    if (list.size() < in.latest) list.push_back(std::move(d));
  }
}

}  // namespace

TrendDirection trend_direction(std::optional<double> trend) {
  if (!trend) return TrendDirection::none;
  if (std::fabs(*trend) < 0.005) return TrendDirection::level;
  return *trend > 0 ? TrendDirection::up : TrendDirection::down;
}

const SetResult* group_set(const RoundResults& results, std::string_view group) {
  for (const auto& s : results.groups) {
    if (s.group == group) return &s;
  }
  return nullptr;
}

Overview build_overview(const OverviewInput& input) {
  Overview out;
  for (const auto& m : input.meetings) {
    if (!out.next_meeting || m.date < out.next_meeting->date ||
        (m.date == out.next_meeting->date && m.series_id < out.next_meeting->series_id)) {
      out.next_meeting = m;
    }
  }
  overdue(input, out);
  latest_round(input, out);
  latest_decisions(input, out);
  out.waiting_initiatives = input.waiting_initiatives;
  return out;
}

}  // namespace forkant
