// The account as a JSON download.
#include "formats/account_json.hpp"

#include "formats/account_csv.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response account_json(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto loaded = load_account(ctx, access->org_id);
  if (!loaded) return error_response(ctx, loaded.error());
  Response res = json_response(200, account_to_json(loaded->second));
  res.set_header("Content-Disposition", "attachment; filename=\"forkant-account-" +
                                            format_iso_date(loaded->first.from) + "-" +
                                            format_iso_date(loaded->first.to) + ".json\"");
  return res;
}

}  // namespace forkant::web::pages
