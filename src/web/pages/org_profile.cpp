// The organisation's profile (owners change it, everyone reads it): its kind and inhabitants, which the
// networks' peer benchmark filters and anonymous labels are computed from (as a size band, never the
// number itself).
#include "domain/networks/size_band.hpp"
#include "web/app.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response org_profile_page(Context& ctx, const OrgAccess& access, const ProfileForm& form, int status) {
  nlohmann::json kinds = nlohmann::json::array();
  for (const auto k : {OrgKind::municipality, OrgKind::region, OrgKind::state_agency, OrgKind::other}) {
    const std::string name(org_kind_name(k));
    kinds.push_back({{"value", name}, {"label", ctx.t("org.kind." + name)}, {"selected", name == form.kind}});
  }
  const nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                            {"kinds", kinds},
                            {"inhabitants", form.inhabitants},
                            {"error", form.error.empty() ? nlohmann::json() : nlohmann::json(form.error)},
                            {"action", org_profile_path(access.org_id)},
                            {"networks_href", networks_path(access.org_id)},
                            {"can_edit", access.role == Role::owner},
                            {"saved", status == 200 && ctx.query().get("saved") == "1"}};
  return page(ctx, "org_profile", view, ctx.t("profile.title"), status);
}

Response org_profile(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto org = ctx.app.services().orgs->find(access->org_id);
  if (!org) return error_response(ctx, Error::not_found());
  ProfileForm form{std::string(org_kind_name(org->kind)),
                   org->inhabitants ? std::to_string(*org->inhabitants) : std::string(), ""};
  return org_profile_page(ctx, *access, form, 200);
}

}  // namespace forkant::web::pages
