// Accepting a member invitation: a new person chooses name and password; a person with an account
// confirms with their password. The page is the same in both cases (it does not tell whoever holds the
// link whether the address has an account). Then they sign in as usual.
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Response join_page(Context& ctx, const InvitationRow& inv, nlohmann::json extra, int status) {
  nlohmann::json view{{"org_name", inv.org_name},
                      {"email", inv.email},
                      {"role", ctx.t("role." + std::string(role_name(inv.role)))},
                      {"token", ctx.param("token")}};
  view.update(extra);
  return page(ctx, "join", view, ctx.t("join.title"), status);
}

}  // namespace

Response join_form(Context& ctx) {
  const auto inv = ctx.app.services().orgs->open_invitation(ctx.param("token"));
  if (!inv) return error_response(ctx, ctx.app.services().orgs->invitation_gone(ctx.param("token")));
  return join_page(ctx, *inv, nlohmann::json::object(), 200);
}

Response join(Context& ctx) {
  const auto inv = ctx.app.services().orgs->open_invitation(ctx.param("token"));
  if (!inv) return error_response(ctx, ctx.app.services().orgs->invitation_gone(ctx.param("token")));
  const std::string name = ctx.form().get("name");
  auto user = ctx.app.services().orgs->accept_invitation(ctx.param("token"), name, ctx.form().get("password"),
                                                         ctx.client_address);
  if (!user) {
    if (user.error().kind == ErrorKind::gone) return error_response(ctx, user.error());
    Response res = join_page(ctx, *inv, {{"name", name}, {"error", error_message(ctx, user.error())}},
                             http_status(user.error()));
    if (user.error().kind == ErrorKind::too_many)
      res.set_header("Retry-After", user.error().params.at("retry_after"));
    return res;
  }
  return redirect("/login");
}

}  // namespace forkant::web::pages
