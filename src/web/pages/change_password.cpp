// Changing one's own password: the action. Every other session of the account ends and every personal
// API token is revoked; a refusal shows the form again (password_form.cpp).
#include "web/app.hpp"
#include "web/forms.hpp"
#include "web/pages/pages.hpp"
#include "web/password_notice.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {
namespace {

// Which field an error is about, so the summary links to it and the field is marked invalid.
std::string field_of(const Error& e) {
  if (e.code == "wrong_current_password" || e.code == "login_throttled") return "current";
  if (e.code == "passwords_differ") return "repeat";
  return "new";
}

}  // namespace

Response change_password(Context& ctx) {
  const auto& form = ctx.form();
  const std::string next = form.get("new_password");
  if (next != form.get("repeat_password")) {
    const Error e = Error::invalid("passwords_differ", "error.passwords_differ");
    return password_form_page(ctx, error_message(ctx, e), field_of(e), http_status(e));
  }
  auto changed = ctx.app.services().accounts->change_password(
      ctx.user->id, ctx.session_token, form.get("current_password"), next, ctx.client_address);
  if (!changed) {
    note_security_event(ctx,
                        {.event = "password_changed",
                         .outcome = changed.error().kind == ErrorKind::too_many ? "throttled" : "failure"});
    Response res = password_form_page(ctx, error_message(ctx, changed.error()), field_of(changed.error()),
                                      http_status(changed.error()));
    if (changed.error().kind == ErrorKind::too_many)
      res.set_header("Retry-After", changed.error().params.at("retry_after"));
    return res;
  }
  notify_password_changed(ctx, *ctx.user);
  note_security_event(ctx, {.event = "password_changed", .outcome = "success"});
  return redirect("/password?changed=1");
}

}  // namespace forkant::web::pages
