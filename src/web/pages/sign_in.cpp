// Signing in. A new session id is issued at every sign-in (no fixation); the session the browser had
// before ends on the server. A refusal shows the form again (sign_in_form.cpp). When the account has
// TOTP, or is an owner who must enrol first, the session starts only after the second step
// (two_factor_sign_in.cpp): the password's success gives a short-lived cookie for that step, no session.
// A member of an organisation that signs in through its identity provider only gets neither.
#include "services/oidc_sign_in.hpp"
#include "web/app.hpp"
#include "web/cookies.hpp"
#include "web/forms.hpp"
#include "web/pages/pages.hpp"
#include "web/pages/sso_pages.hpp"
#include "web/pages/two_factor_pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"
#include "web/session_device.hpp"

namespace forkant::web::pages {

Response sign_in(Context& ctx) {
  const auto& form = ctx.form();
  const std::string email = form.get("email");
  auto& two_factor = two_factor_service(ctx);
  auto user = two_factor.check_password(email, form.get("password"), ctx.client_address);
  if (!user) {
    // Which account was tried is not known here (the address typed is not logged): the outcome only.
    note_security_event(ctx, {.event = "sign_in",
                              .outcome = user.error().kind == ErrorKind::too_many ? "throttled" : "failure",
                              .what = "password"});
    Response res = sign_in_form_page(ctx, email, error_message(ctx, user.error()), http_status(user.error()));
    if (user.error().kind == ErrorKind::too_many)
      res.set_header("Retry-After", user.error().params.at("retry_after"));
    return res;
  }
  // The password was right, but the person's organisation signs in through its identity provider only:
  // no session and no second step; the form says where to sign in instead.
  if (auto* sso = ctx.app.services().sso; sso && !sso->passwords_allowed_for(user->id)) {
    const Error off{ErrorKind::forbidden, "password_sign_in_off", "error.password_sign_in_off", {}};
    note_security_event(
        ctx, {.event = "sign_in", .outcome = "refused", .what = "password_off", .actor = user->id});
    return sign_in_form_page(ctx, email, error_message(ctx, off), http_status(off));
  }
  const bool secure = ctx.app.config().secure_cookies;
  const std::string next = safe_return_path(form.get("next"));
  auto signed_in = two_factor.after_password(*user, ctx.session_token);
  note_security_event(ctx, {.event = "sign_in",
                            .outcome = signed_in.session ? "success" : "second_factor_needed",
                            .what = "password",
                            .actor = user->id});
  if (!signed_in.session) {
    ctx.set_cookies.push_back(
        set_cookie(kSecondFactorCookie, signed_in.pending_token, secure, kSecondFactorSeconds));
    return redirect("/login/two-factor" + (next == "/" ? "" : "?next=" + encode_query_value(next)));
  }
  note_session_device(ctx, signed_in.session->token);
  Response res = redirect(next);
  res.add_header("Set-Cookie", set_cookie(session_cookie_name(secure), signed_in.session->token, secure));
  return res;
}

}  // namespace forkant::web::pages
