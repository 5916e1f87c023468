// The account: per question of the ten and over a period, what management decided, deliberately did
// not pursue, postponed, and learned. JSON by default; CSV with ?format=csv or at /account.csv.
#include "formats/account_csv.hpp"
#include "formats/account_json.hpp"
#include "web/api/decisions_api.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

// The period from ?from=&to= (both YYYY-MM-DD); by default the last twelve months up to today.
Result<std::pair<Date, Date>> period(Context& ctx) {
  const Date today = ctx.app.services().decisions->today();
  std::pair<Date, Date> out{add_months(today, -12), today};
  for (const char* name : {"from", "to"}) {
    const auto text = ctx.query().get(name);
    if (text.empty()) continue;
    const auto date = parse_iso_date(text);
    if (!date) return Error::invalid("invalid_date", "error.invalid_date", {{"field", name}});
    (std::string(name) == "from" ? out.first : out.second) = *date;
  }
  return out;
}

Response account_response(Context& ctx, bool csv) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  auto range = period(ctx);
  if (!range) return error_response(ctx, range.error());
  auto account = ctx.app.services().decisions->account(org_id, range->first, range->second);
  if (!account) return error_response(ctx, account.error());
  if (!csv) return json_response(200, account_to_json(*account));
  return csv_response(account_to_csv(*account), "forkant-account-" + format_iso_date(range->first) + "-" +
                                                    format_iso_date(range->second) + ".csv");
}

}  // namespace

Response get_account(Context& ctx) {
  return account_response(ctx, ctx.query().get("format") == "csv");
}

Response get_account_csv(Context& ctx) {
  return account_response(ctx, true);
}

}  // namespace forkant::web::api
