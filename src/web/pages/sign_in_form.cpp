// The sign-in form (its POST is sign_in.cpp).
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response sign_in_form_page(Context& ctx, const std::string& email, const std::string& error, int status) {
  nlohmann::json view{{"email", email}, {"next", safe_return_path(ctx.query().get("next"))}};
  if (!error.empty()) view["error"] = error;
  if (ctx.query().get("reset") == "1") view["reset"] = true;  // after a password reset by e-mail
  return page(ctx, "sign_in", view, ctx.t("signin.title"), status);
}

Response sign_in_form(Context& ctx) {
  if (ctx.user) return redirect("/");
  return sign_in_form_page(ctx, "", "", 200);
}

}  // namespace forkant::web::pages
