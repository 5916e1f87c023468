// Inviting a member by e-mail address and role (owners). The invitation link is shown once, to the owner,
// to pass on (forkant sends no e-mail).
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

std::string base_url(Context& ctx) {
  if (!ctx.app.config().public_url.empty()) return ctx.app.config().public_url;
  return std::string(ctx.app.config().secure_cookies ? "https://" : "http://") +
         std::string(ctx.req.header("host").value_or("127.0.0.1:8080"));
}

}  // namespace

Response invite_member(Context& ctx) {
  const auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const std::string email = ctx.form().get("email");
  const std::string role_text = ctx.form().get("role");
  const auto new_role = parse_role(role_text);
  nlohmann::json keep{{"email", email}, {"chosen_role", role_text}};
  if (!new_role) {
    const Error e = Error::invalid("unknown_role", "error.unknown_role");
    keep["error"] = error_message(ctx, e);
    return members_page(ctx, access->org_id, access->role, keep, http_status(e));
  }
  auto issued = ctx.app.services().orgs->invite(access->org_id, ctx.user->id, email, *new_role);
  if (!issued) {
    keep["error"] = error_message(ctx, issued.error());
    return members_page(ctx, access->org_id, access->role, keep, http_status(issued.error()));
  }
  return members_page(ctx, access->org_id, access->role,
                      {{"invite_link", base_url(ctx) + "/join/" + issued->token}}, 201);
}

}  // namespace forkant::web::pages
