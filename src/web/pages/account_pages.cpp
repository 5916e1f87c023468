// What the account's page and downloads share: the period asked for, and the account over it.
#include "formats/account_csv.hpp"
#include "formats/account_json.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

// ?from=&to=; by default the last twelve months. A date that does not parse is refused.
Result<AccountPeriod> period(Context& ctx) {
  const Date today = ctx.app.services().decisions->today();
  AccountPeriod out{add_months(today, -12), today};
  for (const char* name : {"from", "to"}) {
    const auto text = ctx.query().get(name);
    if (text.empty()) continue;
    const auto date = parse_iso_date(text);
    if (!date) return Error::invalid("invalid_date", "error.invalid_date", {{"field", name}});
    (std::string(name) == "from" ? out.from : out.to) = *date;
  }
  return out;
}

}  // namespace

Result<std::pair<AccountPeriod, Account>> load_account(Context& ctx, std::int64_t org_id) {
  auto range = period(ctx);
  if (!range) return range.error();
  auto account = ctx.app.services().decisions->account(org_id, range->from, range->to);
  if (!account) return account.error();
  return std::pair{*range, std::move(*account)};
}

}  // namespace forkant::web::pages
