// Withdrawing a shared text from a network from now on (the row stays, marked, for the audit trail). The
// form asks for a confirmation (a checkbox), so that one click never unshares by mistake, with or without
// JavaScript.
#include "services/network_sharing.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/network_sharing_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response share_withdraw(Context& ctx) {
  auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  const auto id = parse_id(ctx.param("share_id"));
  if (!id) return error_response(ctx, Error::not_found());
  auto& sharing = *ctx.app.services().sharing;
  const auto share = sharing.find_share(access->org_id, *id);
  if (!share) return error_response(ctx, Error::not_found());
  if (ctx.form().get("confirm") != "yes") {
    return error_response(ctx, Error::invalid("withdraw_unconfirmed", "error.withdraw_unconfirmed"));
  }
  if (auto s = sharing.unshare(access->org_id, ctx.user->id, *id); !s) return error_response(ctx, s.error());
  return redirect(sharing_back_path(*access, *share));
}

}  // namespace forkant::web::pages
