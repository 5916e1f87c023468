// Confirming enrolment with the app's first code: TOTP is on from now, and the ten recovery codes are
// shown once. A wrong code counts in the login throttle and shows the page again.
#include "web/app.hpp"
#include "web/pages/two_factor_pages.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {

Response two_factor_confirm(Context& ctx) {
  auto codes = two_factor_service(ctx).confirm(ctx.user->id, ctx.form().get("code"), ctx.client_address);
  note_security_event(ctx, {.event = "two_factor_enabled", .outcome = codes ? "success" : "failure"});
  return recovery_codes_or_refusal(ctx, codes);
}

}  // namespace forkant::web::pages
