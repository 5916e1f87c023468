// The audit log of an organisation, newest first (owners).
#include "render/format.hpp"
#include "web/api/api.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

Response list_audit(Context& ctx) {
  const auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : ctx.app.services().audit->audit_records(org_id, 500, std::nullopt)) {
    out.push_back({{"id", r.id},
                   {"at", format_timestamp(r.at)},
                   {"actor", r.actor_name},
                   {"action", r.action},
                   {"object", r.object},
                   {"detail", r.detail}});
  }
  return json_response(200, {{"entries", out}});
}

}  // namespace forkant::web::api
