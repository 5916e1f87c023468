// Accepting a member invitation: the action; then they sign in as usual.
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web::pages {

Response join(Context& ctx) {
  const auto inv = ctx.app.services().orgs->open_invitation(ctx.param("token"));
  if (!inv) return error_response(ctx, ctx.app.services().orgs->invitation_gone(ctx.param("token")));
  const std::string name = ctx.form().get("name");
  auto user = ctx.app.services().orgs->accept_invitation(ctx.param("token"), name, ctx.form().get("password"),
                                                         ctx.client_address);
  if (!user) {
    if (user.error().kind == ErrorKind::gone) return error_response(ctx, user.error());
    Response res = join_form_page(ctx, *inv, {{"name", name}, {"error", error_message(ctx, user.error())}},
                                  http_status(user.error()));
    if (user.error().kind == ErrorKind::too_many)
      res.set_header("Retry-After", user.error().params.at("retry_after"));
    return res;
  }
  // A role granted: the invitation's, to the account that accepted it.
  note_security_event(ctx, {.event = "role_granted",
                            .outcome = "success",
                            .org_id = inv->org_id,
                            .subject = inv->id,
                            .what = std::string(role_name(inv->role)),
                            .actor = user->id});
  return redirect("/login");
}

}  // namespace forkant::web::pages
