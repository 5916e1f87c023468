// Switching TOTP off, confirmed with a current code (or a recovery code). Refused for an owner while the
// server requires TOTP of owners (`forkant serve --owner-totp required`, the default).
#include "web/app.hpp"
#include "web/pages/two_factor_pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {

Response two_factor_disable(Context& ctx) {
  auto done = two_factor_service(ctx).disable(ctx.user->id, ctx.form().get("code"), ctx.client_address);
  if (!done) {
    note_security_event(ctx, {.event = "two_factor_disabled",
                              .outcome = done.error().kind == ErrorKind::too_many ? "throttled" : "failure"});
    Response res =
        two_factor_page(ctx, {{"error", error_message(ctx, done.error())}}, http_status(done.error()));
    if (done.error().kind == ErrorKind::too_many)
      res.set_header("Retry-After", done.error().params.at("retry_after"));
    return res;
  }
  note_security_event(ctx, {.event = "two_factor_disabled", .outcome = "success"});
  return redirect("/two-factor?disabled=1");
}

}  // namespace forkant::web::pages
