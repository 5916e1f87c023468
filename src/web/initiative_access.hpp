#pragma once
// {initiative_id} in a path (web/access.hpp's shapes): by its own id, checked against the caller's role in
// its organisation (/api/v1/initiatives/{initiative_id}), or under the organisation already in the path
// (/orgs/{org_id}/initiatives/{initiative_id}). Another organisation's initiative answers 404.

#include "domain/initiatives/initiative.hpp"
#include "web/access.hpp"

namespace forkant::web {

Result<Accessed<Initiative>> initiative_in_path(Context& ctx, Role need);
Result<Initiative> initiative_in_path(Context& ctx, const OrgAccess& access);

}  // namespace forkant::web
