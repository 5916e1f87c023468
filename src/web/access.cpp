#include "web/access.hpp"

namespace forkant::web {

Result<OrgAccess> org_in_path(Context& ctx, Role need) {
  const auto org_id = ctx.id_param("org_id");
  if (!org_id) return Error::not_found();
  auto role = authorize(ctx, *org_id, need);
  if (!role) return role.error();
  return OrgAccess{*org_id, *role};
}

}  // namespace forkant::web
