// Changing one's own password: the form. The current password is asked for (a session left open on a
// shared PC is not enough) and the new one is typed twice (there is no reset by e-mail yet).
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response password_form_page(Context& ctx, const std::string& error, const std::string& error_field,
                            int status) {
  nlohmann::json view{{"changed", ctx.query().get("changed") == "1"}, {"user_email", ctx.user->email}};
  if (!error.empty()) {
    view["error"] = error;
    view["error_field"] = error_field;
    view["error_" + error_field] = true;
  }
  return page(ctx, "password", view, ctx.t("password.title"), status);
}

Response password_form(Context& ctx) {
  return password_form_page(ctx, "", "", 200);
}

}  // namespace forkant::web::pages
