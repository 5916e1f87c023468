// Signing out: the session ends on the server and its cookie is cleared.
#include "web/app.hpp"
#include "web/cookies.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {

Response sign_out(Context& ctx) {
  const bool secure = ctx.app.config().secure_cookies;
  const auto cookies = parse_cookies(ctx.req.header("cookie").value_or(""));
  if (auto it = cookies.find(session_cookie_name(secure)); it != cookies.end()) {
    ctx.app.services().accounts->sign_out(it->second);
    note_security_event(ctx, {.event = "sign_out", .outcome = "success"});
  }
  Response res = redirect("/login");
  res.add_header("Set-Cookie", set_cookie(session_cookie_name(secure), "", secure, 0));
  return res;
}

}  // namespace forkant::web::pages
