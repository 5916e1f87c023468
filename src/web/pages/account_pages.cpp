// What the account's page and downloads share: the period asked for, and the account over it.
#include "formats/account_csv.hpp"
#include "formats/account_json.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Result<std::pair<AccountPeriod, Account>> load_account(Context& ctx, std::int64_t org_id) {
  auto range = account_period(ctx);
  if (!range) return range.error();
  auto account = ctx.app.services().decisions->account(org_id, range->from, range->to);
  if (!account) return account.error();
  return std::pair{*range, std::move(*account)};
}

}  // namespace forkant::web::pages
