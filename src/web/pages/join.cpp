// Accepting a member invitation: a new person chooses name and password; a person with an account
// confirms with their password. Then they sign in as usual.
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

Response join_page(Context& ctx, const InvitationRow& inv, nlohmann::json extra, int status) {
  const bool has_account = ctx.app.services().accounts->find_user_by_email(inv.email).has_value();
  nlohmann::json view{{"org_name", inv.org_name},
                      {"email", inv.email},
                      {"role", ctx.t("role." + std::string(role_name(inv.role)))},
                      {"has_account", has_account},
                      {"token", ctx.param("token")}};
  view.update(extra);
  return page(ctx, "join", view, ctx.t("join.title"), status);
}

}  // namespace

Response join_form(Context& ctx) {
  const auto inv = ctx.app.services().orgs->open_invitation(ctx.param("token"));
  if (!inv) return error_response(ctx, 410, "invitation_invalid", "error.invitation_invalid");
  return join_page(ctx, *inv, nlohmann::json::object(), 200);
}

Response join(Context& ctx) {
  const auto inv = ctx.app.services().orgs->open_invitation(ctx.param("token"));
  if (!inv) return error_response(ctx, 410, "invitation_invalid", "error.invitation_invalid");
  const std::string name = ctx.form().get("name");
  auto user =
      ctx.app.services().orgs->accept_invitation(ctx.param("token"), name, ctx.form().get("password"));
  if (!user) {
    return join_page(ctx, *inv, {{"name", name}, {"error", error_message(ctx, user.error())}},
                     status_for(user.error().kind));
  }
  return redirect("/login");
}

}  // namespace forkant::web::pages
