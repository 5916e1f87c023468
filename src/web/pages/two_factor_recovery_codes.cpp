// Replacing the recovery codes (the old ones stop working), confirmed with a current code: shown once.
#include "web/app.hpp"
#include "web/pages/two_factor_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response two_factor_recovery_codes(Context& ctx) {
  auto codes = two_factor_service(ctx).regenerate_recovery_codes(ctx.user->id, ctx.form().get("code"),
                                                                 ctx.client_address);
  if (!codes) {
    Response res =
        two_factor_page(ctx, {{"error", error_message(ctx, codes.error())}}, http_status(codes.error()));
    if (codes.error().kind == ErrorKind::too_many)
      res.set_header("Retry-After", codes.error().params.at("retry_after"));
    return res;
  }
  return recovery_codes_page(ctx, *codes, "/two-factor");
}

}  // namespace forkant::web::pages
