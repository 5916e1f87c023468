#include "web/portfolio_load.hpp"

#include "services/assessment.hpp"
#include "services/impact.hpp"
#include "services/initiatives.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"

namespace forkant::web {

std::vector<std::pair<std::string, std::string>> portfolio_purposes(Context& ctx) {
  std::vector<std::pair<std::string, std::string>> out;
  if (const auto framework = ctx.app.services().assessment->framework_by_key(pages::kDecisionFramework)) {
    for (const auto& p : framework->purposes) out.emplace_back(p.id, p.label.get(ctx.lang));
  }
  return out;
}

Result<PortfolioFilter> portfolio_filter(Context& ctx) {
  const auto& q = ctx.query();
  std::vector<std::string> ids;
  for (const auto& [id, label] : portfolio_purposes(ctx)) ids.push_back(id);
  return parse_portfolio_filter({q.get("phase"), q.get("purpose"), q.get("question"), q.get("tier"),
                                 q.get("level"), q.get("open"), q.get("sort")},
                                ids);
}

std::map<std::int64_t, RiskSummary> risk_summaries(Context& ctx, std::int64_t org_id) {
  return ctx.app.services().impact->risk_summaries(org_id);
}

Portfolio load_portfolio(Context& ctx, std::int64_t org_id, const PortfolioFilter& filter) {
  const auto initiatives = ctx.app.services().initiatives->initiatives(org_id);
  const auto summaries = ctx.app.services().impact->risk_summaries(org_id, initiatives);
  return build_portfolio(initiatives, summaries, filter);
}

}  // namespace forkant::web
