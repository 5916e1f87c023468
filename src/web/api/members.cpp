// The members of an organisation.
#include "web/api/api.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

Response list_members(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& m : ctx.app.services().orgs->members(org_id)) {
    out.push_back(
        {{"user_id", m.user_id}, {"name", m.name}, {"email", m.email}, {"role", role_name(m.role)}});
  }
  return json_response(200, {{"members", out}});
}

}  // namespace forkant::web::api
