// "Forgot your password?": the address is asked for and the answer is the same whether it has an account
// or not; when it has, a link that works once for 30 minutes goes out through the outbox
// (services/password_reset.hpp), in the account's language.
#include "services/password_reset.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/mail_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Response forgot_page(Context& ctx, const nlohmann::json& extra, int status) {
  nlohmann::json view{{"configured", ctx.app.services().password_reset != nullptr &&
                                         ctx.app.services().password_reset->mail_configured()}};
  view.update(extra);
  return page(ctx, "password_forgot", view, ctx.t("forgot.title"), status);
}

}  // namespace

Response password_forgot_form(Context& ctx) {
  return forgot_page(ctx, nlohmann::json::object(), 200);
}

Response password_forgot(Context& ctx) {
  const std::string email = ctx.form().get("email");
  const std::string base = site_base_url(ctx);
  const Translator& tr = ctx.app.translator();
  const auto asked = ctx.app.services().password_reset->request(email, [&](const User& user,
                                                                           const std::string& token) {
    const std::map<std::string, std::string> params{{"link", base + "/password/reset/" + token}};
    return OutgoingMail{"password_reset", user.email, tr.get(user.language, "mail.password_reset.subject"),
                        tr.format(user.language, "mail.password_reset.body", params), std::nullopt};
  });
  if (!asked)
    return forgot_page(ctx, {{"error", error_message(ctx, asked.error())}}, http_status(asked.error()));
  return forgot_page(ctx, {{"sent", true}}, 200);
}

}  // namespace forkant::web::pages
