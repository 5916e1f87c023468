#include "web/pages/latest_round.hpp"

#include "web/app.hpp"

namespace forkant::web::pages {

std::optional<ComputedResults> latest_closed_results(Context& ctx, std::int64_t org_id) {
  auto& assessment = *ctx.app.services().assessment;
  std::optional<RoundRow> latest;
  for (auto& r : assessment.rounds(org_id)) {
    if (r.state != RoundState::closed) continue;
    const auto at = r.closed_at.value_or(0);
    const auto best = latest ? latest->closed_at.value_or(0) : 0;
    if (!latest || at > best || (at == best && r.id > latest->id)) latest = std::move(r);
  }
  if (!latest) return std::nullopt;
  auto computed = assessment.results(*latest);
  if (!computed) return std::nullopt;
  return std::move(*computed);
}

std::optional<ComputedResults> overlay_results(Context& ctx, const ComputedResults& computed,
                                               const SetResult& set) {
  if (!computed.previous || !computed.trend_comparable || set.suppressed) return std::nullopt;
  auto previous = ctx.app.services().assessment->results(*computed.previous);
  if (!previous) return std::nullopt;
  return std::move(*previous);
}

std::string top_management_group(const RoundRow& round) {
  return round.top_group;
}

std::optional<double> whole_round_score(const ComputedResults& computed, int question) {
  const SetResult& whole = computed.results->whole;
  if (whole.suppressed) return std::nullopt;
  for (const auto& d : computed.framework->dimensions) {
    if (d.number != question) continue;
    for (const auto& r : whole.dimensions) {
      if (r.dimension_id == d.id) return r.score;
    }
  }
  return std::nullopt;
}

}  // namespace forkant::web::pages
