// The second step of a password sign-in: the code from the authenticator app (or a recovery code), or,
// for an owner who must have TOTP and has none yet, the enrolment (QR code, secret as text, first code).
// No session exists until this step is done (its POST is two_factor_sign_in.cpp).
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/pages/two_factor_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response two_factor_sign_in_form_page(Context& ctx, const std::string& error, int status) {
  auto& tf = two_factor_service(ctx);
  const std::string token = second_factor_token(ctx);
  auto pending = tf.pending(token);
  if (!pending) {
    // Gone (expired, or ended by this very wrong code): the sign-in starts again with the password; a
    // refusal that ended it keeps its own message and status.
    if (!error.empty()) return sign_in_form_page(ctx, "", error, status);
    return sign_in_form_page(ctx, "", error_message(ctx, pending.error()), http_status(pending.error()));
  }
  nlohmann::json view{{"next", safe_return_path(ctx.form().get("next").empty() ? ctx.query().get("next")
                                                                               : ctx.form().get("next"))},
                      {"enrol", pending->enrol}};
  if (pending->enrol) {
    auto enrolment = tf.pending_enrolment(token);
    if (!enrolment) {
      view["error"] = error_message(ctx, enrolment.error());
      view["cannot_enrol"] = true;
      return page(ctx, "two_factor_sign_in", view, ctx.t("totp.signin_title"),
                  http_status(enrolment.error()));
    }
    view.update(enrolment_view(ctx, *enrolment));
  }
  if (!error.empty()) view["error"] = error;
  return page(ctx, "two_factor_sign_in", view, ctx.t("totp.signin_title"), status);
}

Response two_factor_sign_in_form(Context& ctx) {
  if (ctx.user) return redirect("/");
  return two_factor_sign_in_form_page(ctx, "", 200);
}

}  // namespace forkant::web::pages
