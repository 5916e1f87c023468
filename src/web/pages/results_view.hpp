#pragma once
// The data of a round's results page (templates/results.mustache), built from what the assessment
// service computed: round_results.cpp loads and authorises, this turns the results into texts, tables
// and charts in the reader's language. Nothing here loads anything or computes a figure from answers:
// RoundResults has already applied the anonymity rules.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "services/assessment.hpp"
#include "web/context.hpp"

namespace forkant::web::pages {

// One set of a closed round's results, as the page shows it.
struct ResultsOfSet {
  const RoundRow& round;            // as loaded for this request
  const ComputedResults& computed;  // its framework and results (and the round they were computed for)
  const std::string& group;         // the set: "" for the whole round, else a group's name
  const SetResult& set;             // that set's results
  const SetResult* previous_set;  // the same set in the previous closed round (the radar's overlay), or null
};

// The set `group` names ("" is the whole round), or null when the round has no such group.
const SetResult* find_set(const RoundResults& results, const std::string& group);

// The page's heading; while the round is not closed, also its title.
std::string results_heading(const Context& ctx, const RoundRow& round);
// The title of a closed round's page: the heading and the set.
std::string results_title(const Context& ctx, const RoundRow& round, const std::string& group);

// A round that is not closed yet: its state and the number of responses per group, nothing more.
nlohmann::json open_results_view(const Context& ctx, const RoundRow& round,
                                 const std::vector<GroupCount>& counts);
// A closed round: the sets one can look at, and the chosen one's figures, charts and comments (unless
// too few answered), with the comparison of the groups on the whole round's page.
nlohmann::json closed_results_view(const Context& ctx, const ResultsOfSet& shown);

}  // namespace forkant::web::pages
