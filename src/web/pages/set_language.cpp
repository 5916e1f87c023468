// Choosing the language: remembered in a cookie, and for a signed-in person in their account.
#include "web/app.hpp"
#include "web/cookies.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response set_language(Context& ctx) {
  const std::string lang = ctx.form().get("lang");
  if (!is_supported_language(lang))
    return error_response(ctx, 422, "unknown_language", "error.unknown_language");
  if (ctx.user) ctx.app.services().accounts->set_language(ctx.user->id, lang);
  Response res = redirect(safe_return_path(ctx.form().get("return")));
  res.add_header("Set-Cookie",
                 set_cookie(kLanguageCookie, lang, ctx.app.config().secure_cookies, 365 * 24 * 3600));
  return res;
}

}  // namespace forkant::web::pages
