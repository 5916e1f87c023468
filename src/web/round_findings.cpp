#include "web/round_findings.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "domain/assessment/perception_gaps.hpp"
#include "render/i18n.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"

namespace forkant::web {
namespace {

// "3 Politikerne" for dimension id "q3", or the id when the framework has no such dimension.
std::string question(const Context& ctx, const Framework& fw, const std::string& id) {
  const Dimension* d = fw.find_dimension(id);
  return d ? std::to_string(d->number) + " " + d->title.get(ctx.lang) : id;
}

std::string joined(const Context& ctx, const Framework& fw, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : "; ") + question(ctx, fw, id);
  return out;
}

std::vector<AgendaFinding> findings_of(const Context& ctx, const Framework& fw, const RoundResults& results) {
  std::vector<AgendaFinding> out;
  const SetResult* top = top_management(results);
  const bool top_shown = top && !top->suppressed;
  if (top && top->suppressed) {
    out.push_back({"agenda.finding.top_hidden",
                   {{"group", pages::group_label(ctx, top->group)}, {"needed", std::to_string(top->needed)}},
                   "leadership"});
  }
  // The priorities: top management's when shown, else all responses' — the text says whose.
  const SetResult& ranked = top_shown ? *top : results.whole;
  if (!ranked.suppressed && !ranked.priority_order.empty()) {
    std::vector<std::string> first(
        ranked.priority_order.begin(),
        ranked.priority_order.begin() +
            static_cast<std::ptrdiff_t>(std::min(kAgendaPriorities, ranked.priority_order.size())));
    if (top_shown) {
      out.push_back({"agenda.finding.priorities_top",
                     {{"group", pages::group_label(ctx, top->group)}, {"questions", joined(ctx, fw, first)}},
                     "leadership-priorities"});
    } else {
      out.push_back(
          {"agenda.finding.priorities_whole", {{"questions", joined(ctx, fw, first)}}, "priorities"});
    }
  }
  if (top_shown) {
    std::vector<std::string> flagged;
    bool spread_shown = false;
    for (const DimensionResult& d : top->dimensions) {
      spread_shown = spread_shown || d.spread.has_value();
      if (d.spread && d.disagreement) flagged.push_back(d.dimension_id);
    }
    if (!flagged.empty()) {
      out.push_back({"agenda.finding.top_disagreement",
                     {{"questions", joined(ctx, fw, flagged)}},
                     "leadership-disagreements"});
    } else if (spread_shown) {
      out.push_back({"agenda.finding.top_no_disagreement", {}, "leadership-disagreements"});
    }
  }
  const auto gaps = perception_gaps(results);
  for (std::size_t i = 0; i < gaps.size() && i < kAgendaGaps; ++i) {
    const PerceptionGap& g = gaps[i];
    out.push_back({g.gap >= 0 ? "agenda.finding.gap_higher" : "agenda.finding.gap_lower",
                   {{"question", question(ctx, fw, g.dimension_id)},
                    {"group", pages::group_label(ctx, g.group)},
                    {"gap", format_decimal(std::fabs(g.gap), 2, ctx.lang)}},
                   "gaps"});
  }
  return out;
}

}  // namespace

std::vector<RoundFindings> round_findings(Context& ctx, std::int64_t org_id) {
  std::vector<RoundFindings> out;
  auto& svc = *ctx.app.services().assessment;
  for (const RoundRow& round : svc.rounds(org_id)) {
    if (round.state != RoundState::closed) continue;
    auto computed = svc.results(round);  // cached: a closed round's results never change
    if (!computed) continue;
    out.push_back({round.id, findings_of(ctx, *computed->framework, *computed->results)});
  }
  return out;
}

}  // namespace forkant::web
