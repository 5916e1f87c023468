// The second step of a password sign-in: the action. A right code starts the session (a new id, like
// every sign-in) and ends the pending step; after an enrolment the recovery codes are shown once. A
// wrong code shows the step again; too many end it, and the password must be typed again.
#include "web/app.hpp"
#include "web/cookies.hpp"
#include "web/pages/pages.hpp"
#include "web/pages/two_factor_pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"
#include "web/session_device.hpp"

namespace forkant::web::pages {

Response two_factor_sign_in(Context& ctx) {
  const bool secure = ctx.app.config().secure_cookies;
  const std::string next = safe_return_path(ctx.form().get("next"));
  auto done = two_factor_service(ctx).finish(second_factor_token(ctx), ctx.form().get("code"),
                                             ctx.client_address, ctx.session_token);
  if (!done) {
    const Error& e = done.error();
    note_security_event(ctx, {.event = "sign_in",
                              .outcome = e.kind == ErrorKind::too_many ? "throttled" : "failure",
                              .what = "second_factor"});
    if (e.kind == ErrorKind::gone) {
      ctx.set_cookies.push_back(set_cookie(kSecondFactorCookie, "", secure, 0));
      return sign_in_form_page(ctx, "", error_message(ctx, e), http_status(e));
    }
    Response res = two_factor_sign_in_form_page(ctx, error_message(ctx, e), http_status(e));
    if (e.kind == ErrorKind::too_many) res.set_header("Retry-After", e.params.at("retry_after"));
    return res;
  }
  note_security_event(
      ctx,
      {.event = "sign_in", .outcome = "success", .what = "second_factor", .actor = done->session.user.id});
  ctx.set_cookies.push_back(set_cookie(kSecondFactorCookie, "", secure, 0));
  note_session_device(ctx, done->session.token);
  ctx.set_cookies.push_back(set_cookie(session_cookie_name(secure), done->session.token, secure));
  if (!done->recovery_codes.empty()) {
    // The page is rendered for the new session: its forms and links are the signed-in person's.
    ctx.user = done->session.user;
    ctx.csrf_token = done->session.csrf_token;
    ctx.lang = done->session.user.language;
    return recovery_codes_page(ctx, done->recovery_codes, next);
  }
  return redirect(next);
}

}  // namespace forkant::web::pages
