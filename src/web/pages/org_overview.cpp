// An organisation's front page: what there is to look at and do, by role.
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response org_overview(Context& ctx) {
  const auto org_id = ctx.id_param("org_id");
  if (!org_id) return error_response(ctx, Error::not_found());
  const auto role = authorize(ctx, *org_id, Role::viewer);
  if (!role) return error_response(ctx, role.error());
  const auto org = ctx.app.services().orgs->find(*org_id);
  nlohmann::json view{{"org", org_view(ctx, *org_id, *role)},
                      {"kind", ctx.t("org.kind." + std::string(org_kind_name(org->kind)))},
                      {"size", org->size ? std::to_string(*org->size) : std::string("–")},
                      {"members", ctx.app.services().orgs->members(*org_id).size()},
                      {"threshold", std::to_string(org->min_respondents)}};
  return page(ctx, "org_overview", view, org->name);
}

}  // namespace forkant::web::pages
