#pragma once
// The portfolio as its page, its CSV and JSON downloads and the API load it (issue 12, section 4): the
// filter read from the query string by the one parser (the same refusals everywhere), the organisation's
// initiatives and their risk summaries (ImpactService::risk_summaries), built by the domain
// (domain/initiatives/portfolio.hpp).

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/initiatives/portfolio.hpp"
#include "domain/result.hpp"
#include "web/context.hpp"

namespace forkant::web {

// The purposes of the built-in framework (question 1's list), as id and label in the reader's language.
std::vector<std::pair<std::string, std::string>> portfolio_purposes(Context& ctx);

// The filter of the request's query: phase, purpose, question, tier, level, open, sort.
Result<PortfolioFilter> portfolio_filter(Context& ctx);

std::map<std::int64_t, RiskSummary> risk_summaries(Context& ctx, std::int64_t org_id);

Portfolio load_portfolio(Context& ctx, std::int64_t org_id, const PortfolioFilter& filter);

}  // namespace forkant::web
