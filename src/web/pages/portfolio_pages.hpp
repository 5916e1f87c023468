#pragma once
// The portfolio of initiatives: its page and its downloads (issue 12, section 4).

#include <string>

#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response portfolio(Context& ctx);       // GET /orgs/{org_id}/portfolio
Response portfolio_csv(Context& ctx);   // GET /orgs/{org_id}/portfolio.csv
Response portfolio_json(Context& ctx);  // GET /orgs/{org_id}/portfolio.json

// The request's filter parameters again ("?phase=pilot&open=1", or ""), for the export links.
std::string portfolio_query(Context& ctx);

}  // namespace forkant::web::pages
