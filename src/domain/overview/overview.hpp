#pragma once
// The director's status page (the organisation's overview): the next meeting, what is overdue, the latest
// closed round in one line per question with top management's disagreement flag and position share, and
// the latest decisions and decisions not to pursue. Everything here is picked from values computed
// elsewhere: figures come from RoundResults (which has applied the anonymity rules) and are never
// computed from answers, so the overview can show nothing the results page would not show.
//
// Initiatives waiting for a judgement are listed as waiting_for_judgement ordered them.
//
// Overdue, on `today`:
//   review       a decision, not superseded and not yet reviewed, whose review date has come
//   step         a step still planned after its due date (its frist)
//   evaluation   a step still running after its due date: the evaluation is what is missing
// Each list is oldest first (then id), so that what has waited longest comes first.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/assessment/framework.hpp"
#include "domain/assessment/results.hpp"
#include "domain/date.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/goal.hpp"
#include "domain/initiatives/waiting_judgement.hpp"

namespace forkant {

// The next meeting of a series with its drafted digital-transformation item.
struct UpcomingMeeting {
  std::int64_t series_id = 0;
  std::string title;
  Date date{};
  std::size_t points = 0;            // points in the drafted item
  std::optional<std::string> first;  // the first point's text, already in the reader's language
};

struct OverviewInput {
  Date today{};
  std::vector<UpcomingMeeting> meetings;  // one per series
  std::vector<Decision> decisions;
  std::vector<Goal> goals;
  std::vector<Step> steps;
  // The latest closed round, when there is one: its framework and computed results.
  const Framework* framework = nullptr;
  const RoundResults* results = nullptr;
  std::string top_group;   // the group that is top management in that round
  std::size_t latest = 5;  // decisions and decisions not to pursue listed
  // The initiatives waiting for a judgement (waiting_for_judgement), as the caller found them.
  std::vector<WaitingInitiative> waiting_initiatives;
};

struct OverdueReview {
  std::int64_t decision_id = 0;
  std::string title;
  Date review_on{};
};

struct OverdueStep {
  std::int64_t step_id = 0;
  std::int64_t goal_id = 0;
  std::string goal_title;
  std::string hypothesis;
  Date due_on{};
};

enum class TrendDirection { none, up, down, level };  // none: no trend shown
enum class TopFlag { not_shown, yes, no };            // top management's disagreement flag

struct QuestionLine {
  const Dimension* dimension = nullptr;  // of OverviewInput::framework
  std::optional<double> score;           // the whole round's shown score
  std::optional<double> trend;           // the whole round's shown trend
  TrendDirection direction = TrendDirection::none;
  TopFlag top_flag = TopFlag::not_shown;
};

struct TopManagement {
  std::string group;
  bool present = false;    // the round has the group
  bool suppressed = true;  // too few answered for anything to be shown
  int needed = 0;          // when suppressed: submissions still needed
  // Dimensions with a shown mean position, and of those the ones with a position taken (mean >= 4),
  // when the group's position share is shown.
  std::optional<int> positions_shown;
  std::optional<int> positions_taken;
};

struct Overview {
  std::optional<UpcomingMeeting> next_meeting;  // the earliest of the series'
  std::vector<OverdueReview> reviews_due;
  std::vector<OverdueStep> steps_overdue;
  std::vector<OverdueStep> evaluations_missing;
  bool has_round = false;
  std::vector<QuestionLine> questions;  // framework order; empty without a round
  bool whole_suppressed = true;
  TopManagement top;
  std::vector<Decision> latest_decisions;              // decided or postponed, not superseded, newest first
  std::vector<Decision> latest_not_pursued;            // deselected, not superseded, newest first
  std::vector<WaitingInitiative> waiting_initiatives;  // highest forum first
};

// A trend shown as rounded to two decimals: a change that rounds to 0,00 is level.
TrendDirection trend_direction(std::optional<double> trend);

// The set of `group` in `results`, or null when the round has no such group.
const SetResult* group_set(const RoundResults& results, std::string_view group);

Overview build_overview(const OverviewInput& input);

}  // namespace forkant
