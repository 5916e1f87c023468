// Revoking one of one's own API tokens; another person's token id answers 404 like a missing one.
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {

Response token_revoke(Context& ctx) {
  const auto id = ctx.id_param("token_id");
  if (!id) return error_response(ctx, Error::not_found());
  auto revoked = ctx.app.services().accounts->revoke_api_token(ctx.user->id, *id, ctx.user->id);
  if (!revoked) return error_response(ctx, revoked.error());
  note_security_event(ctx, {.event = "token_revoked", .outcome = "success", .subject = *id, .what = "api"});
  return redirect("/tokens?revoked=1");
}

}  // namespace forkant::web::pages
