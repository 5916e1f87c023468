// Members of an organisation; owners invite new ones by e-mail address and role. The invitation link is
// shown once, to the owner, to pass on (forkant sends no e-mail).
#include "render/format.hpp"
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

Response members_page(Context& ctx, std::int64_t org_id, Role role, nlohmann::json extra, int status) {
  nlohmann::json members = nlohmann::json::array();
  for (const auto& m : ctx.app.services().orgs->members(org_id)) {
    members.push_back(
        {{"name", m.name}, {"email", m.email}, {"role", ctx.t("role." + std::string(role_name(m.role)))}});
  }
  nlohmann::json pending = nlohmann::json::array();
  if (role_at_least(role, Role::owner)) {
    for (const auto& p : ctx.app.services().orgs->pending_invitations(org_id)) {
      pending.push_back({{"email", p.email},
                         {"role", ctx.t("role." + std::string(role_name(p.role)))},
                         {"expires", format_day(p.expires_at)}});
    }
  }
  nlohmann::json roles = nlohmann::json::array();
  const std::string chosen = extra.value("chosen_role", "leader");
  for (Role r : {Role::viewer, Role::leader, Role::coordinator, Role::owner}) {
    const std::string name(role_name(r));
    roles.push_back({{"value", name}, {"label", ctx.t("role." + name)}, {"selected", name == chosen}});
  }
  nlohmann::json view{{"org", org_view(ctx, org_id, role)},
                      {"members", members},
                      {"pending", pending},
                      {"has_pending", !pending.empty()},
                      {"roles", roles}};
  view.update(extra);
  return page(ctx, "members", view, ctx.t("members.title"), status);
}

}  // namespace

Response members(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return members_page(ctx, access->org_id, access->role, nlohmann::json::object(), 200);
}

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
