// GET /api/v1/me/tokens: the caller's personal API tokens (never the secrets); DELETE
// /api/v1/me/tokens/{token_id}: revoke one. Another person's token id answers 404 like a missing one.
#include "domain/accounts/api_token.hpp"
#include "render/format.hpp"
#include "web/api/api.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::api {

Response list_tokens(Context& ctx) {
  const auto now = ctx.app.services().accounts->now();
  nlohmann::json tokens = nlohmann::json::array();
  for (const auto& t : ctx.app.services().accounts->api_tokens(ctx.user->id)) {
    tokens.push_back({{"id", t.id},
                      {"name", t.name},
                      {"created_at", format_timestamp(t.created_at)},
                      {"last_used_at", t.last_used_at ? nlohmann::json(format_timestamp(*t.last_used_at))
                                                      : nlohmann::json(nullptr)},
                      {"expires_at", format_timestamp(t.expires_at)},
                      {"expired", !token_usable(t.expires_at, t.revoked_at, now)}});
  }
  return json_response(200, {{"tokens", tokens}});
}

Response revoke_token(Context& ctx) {
  const auto id = ctx.id_param("token_id");
  if (!id) return error_response(ctx, Error::not_found());
  auto revoked = ctx.app.services().accounts->revoke_api_token(ctx.user->id, *id, ctx.user->id);
  if (!revoked) return error_response(ctx, revoked.error());
  note_security_event(ctx, {.event = "token_revoked", .outcome = "success", .subject = *id, .what = "api"});
  Response res;
  res.status = 204;
  return res;
}

}  // namespace forkant::web::api
