// POST /orgs/{org_id}/members/{user_id}/erase: an owner deletes a member's personal data (name, e-mail,
// sign-in); the records they made stay under the neutral label "Tidligere medlem" (docs/privacy.md).
// The form on the members page asks for a confirmation first.
#include "services/privacy.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response member_erase(Context& ctx) {
  const auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const auto user_id = parse_id(ctx.param("user_id"));
  if (!user_id) return error_response(ctx, Error::not_found());
  if (ctx.form().get("confirm") != "1") {
    const Error e = Error::invalid("erase_not_confirmed", "error.erase_not_confirmed");
    return members_page(ctx, access->org_id, access->role, {{"erase_error", error_message(ctx, e)}},
                        http_status(e));
  }
  const auto erased = ctx.app.services().privacy->erase_member(access->org_id, ctx.user->id, *user_id);
  if (!erased) {
    if (erased.error().kind == ErrorKind::not_found) return error_response(ctx, erased.error());
    return members_page(ctx, access->org_id, access->role,
                        {{"erase_error", error_message(ctx, erased.error())}}, http_status(erased.error()));
  }
  ctx.app.services().accounts->forget_sessions(*user_id);
  return redirect("/orgs/" + std::to_string(access->org_id) + "/members?erased=1");
}

}  // namespace forkant::web::pages
