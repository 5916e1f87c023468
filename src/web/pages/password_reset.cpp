// Setting a new password from a reset link (single use, 30 minutes). Using it ends every session and
// revokes every API token of the account; the person then signs in with the new password.
#include "services/password_reset.hpp"

#include "web/app.hpp"
#include "web/pages/mail_pages.hpp"
#include "web/password_notice.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {
namespace {

Response reset_page(Context& ctx, const User& user, const std::string& error, int status) {
  nlohmann::json view{{"token", ctx.param("token")}, {"user_email", user.email}};
  if (!error.empty()) view["error"] = error;
  return page(ctx, "password_reset", view, ctx.t("reset.title"), status);
}

}  // namespace

Response password_reset_form(Context& ctx) {
  const auto user = ctx.app.services().password_reset->check(ctx.param("token"));
  if (!user) return error_response(ctx, user.error());
  return reset_page(ctx, *user, "", 200);
}

Response password_reset(Context& ctx) {
  auto& svc = *ctx.app.services().password_reset;
  const auto user = svc.check(ctx.param("token"));
  if (!user) return error_response(ctx, user.error());
  const std::string next = ctx.form().get("new_password");
  if (next != ctx.form().get("repeat_password")) {
    const Error e = Error::invalid("passwords_differ", "error.passwords_differ");
    return reset_page(ctx, *user, error_message(ctx, e), http_status(e));
  }
  const auto reset = svc.reset(ctx.param("token"), next);
  if (!reset) {
    if (reset.error().kind == ErrorKind::gone) return error_response(ctx, reset.error());
    return reset_page(ctx, *user, error_message(ctx, reset.error()), http_status(reset.error()));
  }
  notify_password_changed(ctx, *reset);
  note_security_event(ctx, {.event = "password_reset", .outcome = "success", .actor = user->id});
  return redirect("/login?reset=1");
}

}  // namespace forkant::web::pages
