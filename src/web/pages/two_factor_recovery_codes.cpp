// Replacing the recovery codes (the old ones stop working), confirmed with a current code: shown once.
#include "web/app.hpp"
#include "web/pages/two_factor_pages.hpp"

namespace forkant::web::pages {

Response two_factor_recovery_codes(Context& ctx) {
  auto codes = two_factor_service(ctx).regenerate_recovery_codes(ctx.user->id, ctx.form().get("code"),
                                                                 ctx.client_address);
  return recovery_codes_or_refusal(ctx, codes);
}

}  // namespace forkant::web::pages
