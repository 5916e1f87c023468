#pragma once
// GET /api/v1/orgs/{org_id}/portfolio: the portfolio of initiatives with the page's filters as query
// parameters (formats/portfolio_json.hpp); a bad filter value is refused as the page refuses it.

#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

Response get_portfolio(Context& ctx);

}  // namespace forkant::web::api
