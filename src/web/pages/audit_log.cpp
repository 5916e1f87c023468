// The audit log of an organisation, newest first, for its owners.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response audit_log(Context& ctx) {
  const auto access = org_in_path(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const std::optional<std::int64_t> before = parse_id(ctx.query().get("before"));
  constexpr int kPage = 100;
  const auto records = ctx.app.services().audit->audit_records(access->org_id, kPage, before);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : records) {
    rows.push_back({{"at", format_timestamp(r.at)},
                    {"actor", r.actor_name.empty() ? ctx.t("audit.system") : r.actor_name},
                    {"action", r.action},
                    {"object", r.object},
                    {"detail", r.detail}});
  }
  nlohmann::json view{
      {"org", org_view(ctx, access->org_id, access->role)}, {"rows", rows}, {"empty", rows.empty()}};
  if (records.size() == kPage) view["older"] = std::to_string(records.back().id);
  return page(ctx, "audit_log", view, ctx.t("audit.title"));
}

}  // namespace forkant::web::pages
