// The account: per question of the ten and over a period, what management decided, deliberately did
// not pursue, postponed, and learned. JSON by default; CSV with ?format=csv or at /account.csv.
#include "formats/account_csv.hpp"
#include "formats/account_json.hpp"
#include "web/account_period.hpp"
#include "web/api/decisions_api.hpp"
#include "web/app.hpp"
#include "web/pages/account_csv_labels.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

Response account_response(Context& ctx, bool csv) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  auto range = account_period(ctx);
  if (!range) return error_response(ctx, range.error());
  auto account = ctx.app.services().decisions->account(org_id, range->from, range->to);
  if (!account) return error_response(ctx, account.error());
  if (!csv) return json_response(200, account_to_json(*account));
  return csv_response(
      account_to_csv(*account, pages::account_csv_labels(ctx), pages::csv_dialect_for(ctx)),
      "forkant-account-" + format_iso_date(range->from) + "-" + format_iso_date(range->to) + ".csv");
}

}  // namespace

Response get_account(Context& ctx) {
  return account_response(ctx, ctx.query().get("format") == "csv");
}

Response get_account_csv(Context& ctx) {
  return account_response(ctx, true);
}

}  // namespace forkant::web::api
