// Accepting a member invitation: the form. A new person chooses name and password; a person with an
// account confirms with their password. The page is the same in both cases (it does not tell whoever
// holds the link whether the address has an account).
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response join_form_page(Context& ctx, const InvitationRow& inv, const nlohmann::json& extra, int status) {
  nlohmann::json view{{"org_name", inv.org_name},
                      {"email", inv.email},
                      {"role", ctx.t("role." + std::string(role_name(inv.role)))},
                      {"token", ctx.param("token")}};
  view.update(extra);
  return page(ctx, "join", view, ctx.t("join.title"), status);
}

Response join_form(Context& ctx) {
  const auto inv = ctx.app.services().orgs->open_invitation(ctx.param("token"));
  if (!inv) return error_response(ctx, ctx.app.services().orgs->invitation_gone(ctx.param("token")));
  return join_form_page(ctx, *inv, nlohmann::json::object(), 200);
}

}  // namespace forkant::web::pages
