// Starting (or restarting) enrolment: a new secret, shown as a QR code and as text until its first code
// confirms it (two_factor_confirm.cpp). Refused without the server's key and when TOTP is on already.
#include "web/app.hpp"
#include "web/pages/two_factor_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response two_factor_enrol(Context& ctx) {
  auto started = two_factor_service(ctx).begin_enrolment(ctx.user->id);
  if (!started) {
    return two_factor_page(ctx, {{"error", error_message(ctx, started.error())}},
                           http_status(started.error()));
  }
  return redirect("/two-factor#confirm");
}

}  // namespace forkant::web::pages
