// The account as a CSV download.
#include "formats/account_csv.hpp"

#include "formats/account_json.hpp"
#include "web/app.hpp"
#include "web/pages/account_csv_labels.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response account_csv(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto loaded = load_account(ctx, access->org_id);
  if (!loaded) return error_response(ctx, loaded.error());
  return csv_response(account_to_csv(loaded->second, account_csv_labels(ctx), csv_dialect_for(ctx)),
                      "forkant-account-" + format_iso_date(loaded->first.from) + "-" +
                          format_iso_date(loaded->first.to) + ".csv");
}

}  // namespace forkant::web::pages
