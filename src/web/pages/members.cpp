// Members of an organisation, with the owners' form to invite new ones (invite_member.cpp).
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response members_page(Context& ctx, std::int64_t org_id, Role role, const nlohmann::json& extra, int status) {
  nlohmann::json members = nlohmann::json::array();
  for (const auto& m : ctx.app.services().orgs->members(org_id)) {
    members.push_back({{"name", m.name},
                       {"email", m.email},
                       {"role", ctx.t("role." + std::string(role_name(m.role)))},
                       {"user_id", m.user_id},
                       {"erasable", role_at_least(role, Role::owner) && m.user_id != ctx.user->id}});
  }
  nlohmann::json pending = nlohmann::json::array();
  if (role_at_least(role, Role::owner)) {
    for (const auto& p : ctx.app.services().orgs->pending_invitations(org_id)) {
      pending.push_back({{"email", p.email},
                         {"role", ctx.t("role." + std::string(role_name(p.role)))},
                         {"expires", format_day(p.expires_at, ctx.lang)}});
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
                      {"roles", roles},
                      {"mail_configured", ctx.app.services().orgs->mail_configured()},
                      {"erased", ctx.query().get("erased") == "1"}};
  view.update(extra);
  return page(ctx, "members", view, ctx.t("members.title"), status);
}

Response members(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return members_page(ctx, access->org_id, access->role, nlohmann::json::object(), 200);
}

}  // namespace forkant::web::pages
