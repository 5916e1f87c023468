// Personal API tokens of the signed-in person: the list (name, created, last used, expiry), a form to
// create one with a name and a lifetime (the token is shown once, on the answer to that form), and a
// button per token to revoke it. Every form carries the session's CSRF token; no JavaScript needed.
#include "domain/accounts/api_token.hpp"
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Response tokens_page(Context& ctx, nlohmann::json extra, int status) {
  const auto now = ctx.app.services().accounts->now();
  nlohmann::json tokens = nlohmann::json::array();
  for (const auto& t : ctx.app.services().accounts->api_tokens(ctx.user->id)) {
    tokens.push_back(
        {{"id", t.id},
         {"name", t.name},
         {"created", format_day(t.created_at)},
         {"last_used", t.last_used_at ? format_day(*t.last_used_at) : ctx.t("tokens.never_used")},
         {"expires", format_day(t.expires_at)},
         {"expired", !token_usable(t.expires_at, t.revoked_at, now)}});
  }
  nlohmann::json view{{"tokens", tokens},
                      {"has_tokens", !tokens.empty()},
                      {"default_days", kDefaultTokenDays},
                      {"max_days", kMaxTokenDays},
                      {"days", std::to_string(kDefaultTokenDays)},
                      {"days_hint", ctx.t("tokens.days_hint", {{"default", std::to_string(kDefaultTokenDays)},
                                                               {"max", std::to_string(kMaxTokenDays)}})}};
  view.update(extra);
  return page(ctx, "tokens", view, ctx.t("tokens.title"), status);
}

}  // namespace

Response tokens(Context& ctx) {
  nlohmann::json extra = nlohmann::json::object();
  if (ctx.query().get("revoked") == "1") extra["revoked"] = true;
  return tokens_page(ctx, extra, 200);
}

Response token_create(Context& ctx) {
  const std::string name = ctx.form().get("name");
  const std::string days_text = ctx.form().get("days");
  nlohmann::json keep{{"name", name}, {"days", days_text}};
  auto days = parse_token_days(days_text);
  if (!days) {
    keep["error"] = error_message(ctx, days.error());
    keep["error_days"] = true;
    return tokens_page(ctx, keep, http_status(days.error()));
  }
  auto issued = ctx.app.services().accounts->create_api_token(ctx.user->id, name, *days);
  if (!issued) {
    keep["error"] = error_message(ctx, issued.error());
    keep["error_name"] = true;
    return tokens_page(ctx, keep, http_status(issued.error()));
  }
  return tokens_page(ctx,
                     {{"created_token", issued->token},
                      {"created_name", name},
                      {"created_expires", format_day(issued->expires_at)}},
                     201);
}

Response token_revoke(Context& ctx) {
  const auto id = ctx.id_param("token_id");
  if (!id) return error_response(ctx, Error::not_found());
  auto revoked = ctx.app.services().accounts->revoke_api_token(ctx.user->id, *id, ctx.user->id);
  if (!revoked) return error_response(ctx, revoked.error());
  return redirect("/tokens?revoked=1");
}

}  // namespace forkant::web::pages
