#include "domain/networks/contribution.hpp"

namespace forkant {
namespace {

const DimensionResult* find_dimension_result(const SetResult& set, const std::string& id) {
  for (const DimensionResult& d : set.dimensions) {
    if (d.dimension_id == id) return &d;
  }
  return nullptr;
}

}  // namespace

Result<ContributionSnapshot> contribution_of(const Framework& framework, bool closed,
                                             const RoundResults& results) {
  if (!closed) {
    return Error::conflict("contribution_round_not_closed", "error.contribution_round_not_closed");
  }
  const SetResult& whole = results.whole;
  if (whole.suppressed) {
    return Error::invalid("contribution_too_few", "error.contribution_too_few",
                          {{"needed", std::to_string(whole.needed)}});
  }
  // Top management's figures only as its own results page shows them: its set shown, and within it
  // only the dimensions whose mean position is shown. Never the whole round's in their place.
  const SetResult* top = top_management(results);
  if (top && top->suppressed) top = nullptr;

  ContributionSnapshot out;
  out.respondents = whole.respondents;
  if (top) {
    out.top_management_respondents = top->respondents;
    out.position_share = top->position_share;
  }
  for (const Dimension& d : framework.dimensions) {
    const DimensionResult* r = find_dimension_result(whole, d.id);
    if (!r || !r->score) continue;
    ContributionScore score{.dimension = d.id, .position = d.number, .score = *r->score, .respondents = r->n};
    if (top) {
      if (const DimensionResult* t = find_dimension_result(*top, d.id)) score.top_position = t->position;
    }
    out.scores.push_back(std::move(score));
  }
  if (out.scores.empty()) return Error::invalid("contribution_no_scores", "error.contribution_no_scores");
  return out;
}

}  // namespace forkant
