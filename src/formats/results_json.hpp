#pragma once
// Round results in the shape of the JSON API (/api/v1/rounds/{id}/results). Numbers are rounded to two
// decimals here, for presentation only; a figure that is not shown is null or absent, and a suppressed
// set is exactly {"suppressed": true, "needed": N}.

#include <nlohmann/json.hpp>

#include "domain/assessment/results.hpp"

namespace forkant {

nlohmann::json set_to_json(const SetResult& set);

// {"k", "whole": set, "groups": [{"group": name, "results": set}], "excluded_groups": [...],
//  "top_group": name or null, "leadership": top management's figures (below) or null,
//  "perception_gaps": [{"dimension", "group", "top", "other", "gap"}], largest first}
// "leadership" is {"group", "suppressed": true, "needed"} while top management's set is suppressed, else
// {"group", "suppressed": false, "respondents", "position_share", "disagreements": [dimension ids],
//  "priorities": [dimension ids, highest first]} — that group's figures, never the whole round's.
nlohmann::json results_to_json(const RoundResults& results);

// Rounds half away from zero to two decimals.
double round2(double x);

}  // namespace forkant
