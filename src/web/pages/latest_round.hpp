#pragma once
// The organisation's latest closed round with its computed results, as the overview and the report of
// choices and decisions not to pursue show it beside their own content, and the group that is top
// management in a round.

#include <cstdint>
#include <optional>
#include <string>

#include "services/assessment.hpp"
#include "web/context.hpp"

namespace forkant::web::pages {

// The latest round of `org_id` to close (by the time it closed, then the higher id) with its results, or
// nullopt when none has closed.
std::optional<ComputedResults> latest_closed_results(Context& ctx, std::int64_t org_id);

// The previous closed round's results to overlay on the radar of `set` (a set of `computed`): the round
// before it on the same framework version, or nullopt when there is none or the set is suppressed (a
// round on another version is no baseline: the page says so instead).
std::optional<ComputedResults> overlay_results(Context& ctx, const ComputedResults& computed,
                                               const SetResult& set);

// The group that is top management in `round`: the one place that names it.
std::string top_management_group(const RoundRow& round);

// The whole round's shown score of the question numbered `question` (the dimension with that number), or
// nullopt when it is not shown.
std::optional<double> whole_round_score(const ComputedResults& computed, int question);

}  // namespace forkant::web::pages
