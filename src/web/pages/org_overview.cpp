// An organisation's front page: what there is to look at and do, by role.
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response org_overview(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto org = ctx.app.services().orgs->find(access->org_id);
  nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                      {"kind", ctx.t("org.kind." + std::string(org_kind_name(org->kind)))},
                      {"size", org->size ? std::to_string(*org->size) : std::string("–")},
                      {"members", ctx.app.services().orgs->members(access->org_id).size()},
                      {"threshold", std::to_string(org->min_respondents)}};
  return page(ctx, "org_overview", view, org->name);
}

}  // namespace forkant::web::pages
