// The portfolio as CSV and JSON downloads, with the page's filter (the same refusals).
#include "formats/portfolio_csv.hpp"
#include "formats/portfolio_json.hpp"
#include "web/access.hpp"
#include "web/app.hpp"
#include "web/pages/account_csv_labels.hpp"
#include "web/pages/portfolio_pages.hpp"
#include "web/portfolio_load.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response portfolio_csv(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto filter = portfolio_filter(ctx);
  if (!filter) return error_response(ctx, filter.error());
  return csv_response(portfolio_to_csv(load_portfolio(ctx, access->org_id, *filter), csv_dialect_for(ctx)),
                      "forkant-portfolio.csv");
}

Response portfolio_json(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto filter = portfolio_filter(ctx);
  if (!filter) return error_response(ctx, filter.error());
  Response res = json_response(200, portfolio_to_json(load_portfolio(ctx, access->org_id, *filter)));
  res.set_header("Content-Disposition", "attachment; filename=\"forkant-portfolio.json\"");
  return res;
}

}  // namespace forkant::web::pages
