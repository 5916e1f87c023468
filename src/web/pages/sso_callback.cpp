// The identity provider sends the browser back here with a code (or an error). The service checks the
// state against this browser's cookie, the provider's iss (RFC 9207), exchanges the code and checks the
// id_token; a success starts a session exactly as a password sign-in does (a new session id, the old
// one ended). A refusal is a page saying that the sign-in did not succeed and to try again; what exactly
// failed is in the audit log, not shown to whoever holds the browser.
#include "services/oidc_sign_in.hpp"
#include "web/app.hpp"
#include "web/cookies.hpp"
#include "web/forms.hpp"
#include "web/pages/sso_pages.hpp"
#include "web/respond.hpp"
#include "web/return_path.hpp"
#include "web/security_events.hpp"
#include "web/session_device.hpp"

namespace forkant::web::pages {

Response sso_callback(Context& ctx) {
  if (!ctx.app.services().sso) return error_response(ctx, Error::not_found());
  const bool secure = ctx.app.config().secure_cookies;
  const auto cookies = parse_cookies(ctx.req.header("cookie").value_or(""));
  SignInCallback cb;
  cb.state = ctx.query().get("state");
  if (auto it = cookies.find(sso_cookie_name(secure)); it != cookies.end()) cb.cookie_state = it->second;
  cb.code = ctx.query().find("code");
  cb.iss = ctx.query().find("iss");
  cb.error = ctx.query().get("error");
  auto done = ctx.app.services().sso->finish(cb, sso_redirect_uri(ctx), ctx.session_token);
  ctx.set_cookies.push_back(set_cookie(sso_cookie_name(secure), "", secure, 0));
  if (!done) {
    const Error& e = done.error();
    const bool unavailable = e.code == "sso_provider_unavailable";
    note_security_event(ctx, {.event = "sign_in", .outcome = "failure", .what = "single_sign_on"});
    return error_response(ctx, unavailable ? 502 : 403, e.code,
                          unavailable ? "error.sso_provider_unavailable" : "error.sso_failed");
  }
  note_security_event(ctx, {.event = "sign_in",
                            .outcome = "success",
                            .org_id = done->org_id,
                            .what = "single_sign_on",
                            .actor = done->session.user.id});
  note_session_device(ctx, done->session.token);
  Response res = redirect(done->return_path.empty() ? "/orgs/" + std::to_string(done->org_id)
                                                    : safe_return_path(done->return_path));
  res.add_header("Set-Cookie", set_cookie(session_cookie_name(secure), done->session.token, secure));
  return res;
}

}  // namespace forkant::web::pages
