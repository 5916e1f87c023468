// An organisation.
#include "web/api/api.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

Response get_org(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  const auto org = ctx.app.services().orgs->find(org_id);
  return json_response(200, {{"id", org->id},
                             {"name", org->name},
                             {"kind", org_kind_name(org->kind)},
                             {"size", org->size ? nlohmann::json(*org->size) : nlohmann::json(nullptr)},
                             {"min_respondents", org->min_respondents}});
}

}  // namespace forkant::web::api
