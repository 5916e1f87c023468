// Signing in. A new session id is issued at every sign-in (no fixation); the session the browser had
// before ends on the server. A refusal shows the form again (sign_in_form.cpp).
#include "services/oidc_sign_in.hpp"
#include "web/app.hpp"
#include "web/cookies.hpp"
#include "web/pages/pages.hpp"
#include "web/pages/sso_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response sign_in(Context& ctx) {
  const auto& form = ctx.form();
  const std::string email = form.get("email");
  auto result = ctx.app.services().accounts->sign_in(email, form.get("password"), ctx.client_address,
                                                     ctx.session_token);
  if (!result) {
    Response res =
        sign_in_form_page(ctx, email, error_message(ctx, result.error()), http_status(result.error()));
    if (result.error().kind == ErrorKind::too_many)
      res.set_header("Retry-After", result.error().params.at("retry_after"));
    return res;
  }
  // The password was right, but the person's organisation signs in through its identity provider only:
  // the session just made ends at once and the form says where to sign in instead.
  if (auto* sso = ctx.app.services().sso; sso && !sso->passwords_allowed_for(result->user.id)) {
    ctx.app.services().accounts->sign_out(result->token);
    const Error off{ErrorKind::forbidden, "password_sign_in_off", "error.password_sign_in_off", {}};
    return sign_in_form_page(ctx, email, error_message(ctx, off), http_status(off));
  }
  const bool secure = ctx.app.config().secure_cookies;
  Response res = redirect(safe_return_path(form.get("next")));
  res.add_header("Set-Cookie", set_cookie(session_cookie_name(secure), result->token, secure));
  return res;
}

}  // namespace forkant::web::pages
