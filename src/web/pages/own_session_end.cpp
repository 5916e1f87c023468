// Ending one of one's other sessions, or all of them (own_sessions.cpp shows the list). The session asking
// stays (signing out ends it); a refusal shows the list again with the reason beside the password field.
#include "services/own_sessions.hpp"
#include "web/app.hpp"
#include "web/forms.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {

Response own_session_end(Context& ctx) {
  const auto& form = ctx.form();
  const std::string ref = form.get("session");
  auto ended = ctx.app.services().own_sessions->end(ctx.user->id, ctx.session_token, ref,
                                                    form.get("password"), ctx.client_address);
  if (!ended) {
    const Error& e = ended.error();
    note_security_event(
        ctx, {.event = "sessions_ended", .outcome = e.kind == ErrorKind::too_many ? "throttled" : "failure"});
    // A name no live session of this person has: the same 404 as any missing id.
    if (e.kind == ErrorKind::not_found) return error_response(ctx, e);
    Response res = own_sessions_page(
        ctx,
        {{"error", error_message(ctx, e)},
         {"error_password", e.code == "session_password_wrong" || e.code == "login_throttled"}},
        http_status(e));
    if (e.kind == ErrorKind::too_many) res.set_header("Retry-After", e.params.at("retry_after"));
    return res;
  }
  note_security_event(
      ctx, {.event = "sessions_ended", .outcome = "success", .what = ref == "others" ? "others" : "one"});
  return redirect(std::string("/me/sessions?ended=") + (ref == "others" ? "others" : "1"));
}

}  // namespace forkant::web::pages
