// Personal API tokens of the signed-in person: the list (name, created, last used, expiry), the form
// that creates one (token_create.cpp) and a button per token to revoke it (token_revoke.cpp). Every form
// carries the session's CSRF token; no JavaScript needed.
#include "domain/accounts/api_token.hpp"
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response tokens_page(Context& ctx, const nlohmann::json& extra, int status) {
  const auto now = ctx.app.services().accounts->now();
  nlohmann::json tokens = nlohmann::json::array();
  for (const auto& t : ctx.app.services().accounts->api_tokens(ctx.user->id)) {
    tokens.push_back(
        {{"id", t.id},
         {"name", t.name},
         {"created", format_day(t.created_at, ctx.lang)},
         {"last_used", t.last_used_at ? format_day(*t.last_used_at, ctx.lang) : ctx.t("tokens.never_used")},
         {"expires", format_day(t.expires_at, ctx.lang)},
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

Response tokens(Context& ctx) {
  nlohmann::json extra = nlohmann::json::object();
  if (ctx.query().get("revoked") == "1") extra["revoked"] = true;
  return tokens_page(ctx, extra, 200);
}

}  // namespace forkant::web::pages
