#pragma once
// What an organisation contributes to a network from a closed round (issue 15): a snapshot of the
// round's whole-round figures that its own results page shows under its anonymity rules, and nothing
// else. Per dimension the round's score and the respondents behind it, only where the whole round's
// score is shown; top management's position share and per-dimension mean position only where top
// management's group is shown. Never a group below the rules, never a respondent's answer, never a
// spread or a comment: the network compares organisations, not people.

#include <optional>
#include <string>
#include <vector>

#include "domain/assessment/framework.hpp"
#include "domain/assessment/results.hpp"
#include "domain/result.hpp"

namespace forkant {

// One dimension's figures in a contribution (network_contribution_scores).
struct ContributionScore {
  std::string dimension;               // the framework's dimension id
  int position = 0;                    // the dimension's number in the framework, for the benchmark's order
  double score = 0;                    // the whole round's mean of its respondents' dimension scores
  int respondents = 0;                 // behind the score: the dominance rule weighs organisations by it
  std::optional<double> top_position;  // top management's mean position rating, where shown
  friend bool operator==(const ContributionScore&, const ContributionScore&) = default;
};

// A contribution (network_contributions) without who, when and where to.
struct ContributionSnapshot {
  int respondents = 0;                            // the whole round's, as its results count them
  std::optional<int> top_management_respondents;  // where top management's group is shown
  std::optional<double> position_share;           // top management's, 0..1, where shown
  std::vector<ContributionScore> scores;          // framework order
};

// The snapshot of a round's results. `closed` is the round's state: an open or draft round is refused
// (contribution_round_not_closed, 409: its results are not final, and a network must not watch them
// move); so is a round whose whole round is below its threshold (contribution_too_few, 422: there is
// nothing it may show) or that has no whole-round dimension score shown (contribution_no_scores, 422).
Result<ContributionSnapshot> contribution_of(const Framework& framework, bool closed,
                                             const RoundResults& results);

}  // namespace forkant
