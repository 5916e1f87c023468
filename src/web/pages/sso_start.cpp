// The start of a single sign-on: a pending sign-in (state, nonce, PKCE verifier) and off to the
// organisation's identity provider. The state also goes into a short cookie, so that the callback is
// accepted only in the browser that started it (no one can sign a victim in as themselves).
#include "services/oidc_sign_in.hpp"
#include "web/app.hpp"
#include "web/cookies.hpp"
#include "web/ids.hpp"
#include "web/pages/sso_pages.hpp"
#include "web/respond.hpp"
#include "web/return_path.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {

Response sso_start(Context& ctx) {
  const auto org_id = parse_id(ctx.param("org_id"));
  if (!org_id || !ctx.app.services().sso) return error_response(ctx, Error::not_found());
  auto started = ctx.app.services().sso->start(*org_id, sso_redirect_uri(ctx),
                                               safe_return_path(ctx.query().get("next")));
  if (!started) {
    if (started.error().kind == ErrorKind::too_many) {
      note_security_event(
          ctx, {.event = "sign_in", .outcome = "throttled", .org_id = *org_id, .what = "single_sign_on"});
      Response res = error_response(ctx, started.error());
      res.set_header("Retry-After", started.error().params.at("retry_after"));
      return res;
    }
    return error_response(ctx, started.error());
  }
  const bool secure = ctx.app.config().secure_cookies;
  Response res = redirect(started->redirect_url);
  res.add_header("Set-Cookie", set_cookie(sso_cookie_name(secure), started->state, secure, 600));
  return res;
}

}  // namespace forkant::web::pages
