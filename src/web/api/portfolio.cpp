#include "formats/portfolio_json.hpp"
#include "web/access.hpp"
#include "web/api/portfolio_api.hpp"
#include "web/app.hpp"
#include "web/portfolio_load.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

Response get_portfolio(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto filter = portfolio_filter(ctx);
  if (!filter) return error_response(ctx, filter.error());
  return json_response(200, portfolio_to_json(load_portfolio(ctx, access->org_id, *filter)));
}

}  // namespace forkant::web::api
