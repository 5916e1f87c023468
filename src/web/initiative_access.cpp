#include "web/initiative_access.hpp"

#include "services/initiatives.hpp"
#include "web/app.hpp"

namespace forkant::web {
namespace {

auto find_initiative(Context& ctx) {
  return [&ctx](std::int64_t id) { return ctx.app.services().initiatives->find_initiative(id); };
}

}  // namespace

Result<Accessed<Initiative>> initiative_in_path(Context& ctx, Role need) {
  return in_path(ctx, "initiative_id", need, find_initiative(ctx));
}

Result<Initiative> initiative_in_path(Context& ctx, const OrgAccess& access) {
  return of_org(ctx, "initiative_id", access, find_initiative(ctx));
}

}  // namespace forkant::web
