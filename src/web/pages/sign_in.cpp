// Sign-in and sign-out. A new session id is issued at every sign-in (no fixation); the session the
// browser had before ends on the server.
#include "storage/sqlite/database.hpp"
#include "web/app.hpp"
#include "web/cookies.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

namespace {

Response sign_in_page(Context& ctx, const std::string& email, const std::string& error, int status) {
  nlohmann::json view{{"email", email}, {"next", safe_return_path(ctx.query().get("next"))}};
  if (!error.empty()) view["error"] = error;
  return page(ctx, "sign_in", view, ctx.t("signin.title"), status);
}

}  // namespace

Response sign_in_form(Context& ctx) {
  if (ctx.user) return redirect("/");
  return sign_in_page(ctx, "", "", 200);
}

Response sign_in(Context& ctx) {
  const auto& form = ctx.form();
  const std::string email = form.get("email");
  auto result = ctx.app.services().accounts->sign_in(email, form.get("password"), ctx.client_address,
                                                     ctx.session_token);
  if (!result) {
    Response res = sign_in_page(ctx, email, error_message(ctx, result.error()), http_status(result.error()));
    if (result.error().kind == ErrorKind::too_many)
      res.set_header("Retry-After", result.error().params.at("retry_after"));
    return res;
  }
  const bool secure = ctx.app.config().secure_cookies;
  Response res = redirect(safe_return_path(form.get("next")));
  res.add_header("Set-Cookie", set_cookie(session_cookie_name(secure), result->token, secure));
  return res;
}

Response sign_out(Context& ctx) {
  const bool secure = ctx.app.config().secure_cookies;
  const auto cookies = parse_cookies(ctx.req.header("cookie").value_or(""));
  if (auto it = cookies.find(session_cookie_name(secure)); it != cookies.end()) {
    ctx.app.services().accounts->sign_out(it->second);
  }
  Response res = redirect("/login");
  res.add_header("Set-Cookie", set_cookie(session_cookie_name(secure), "", secure, 0));
  return res;
}

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

Response healthz(Context&) {
  return Response{200, {{"Content-Type", "text/plain; charset=utf-8"}}, "ok\n", ""};
}

Response readyz(Context& ctx) {
  if (ctx.app.services().database && ctx.app.services().database->ping()) {
    return Response{200, {{"Content-Type", "text/plain; charset=utf-8"}}, "ready\n", ""};
  }
  return Response{503, {{"Content-Type", "text/plain; charset=utf-8"}}, "database unreachable\n", ""};
}

}  // namespace forkant::web::pages
