// The confirmation step before an owner takes the organisation out of a network: what leaving ends
// (its coordinators' terms) and withdraws (its contributed results and shared texts), and the button.
#include "domain/networks/network_permissions.hpp"
#include "web/app.hpp"
#include "web/pages/network_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response network_leave_confirm(Context& ctx) {
  auto access = network_page_access(ctx, Role::owner);
  if (!access) return error_response(ctx, access.error());
  const auto base = network_path(access->org.org_id, access->network.id);
  const nlohmann::json view{{"org", org_view(ctx, access->org.org_id, access->org.role)},
                            {"name", access->network.name},
                            {"action", base + "/leave"},
                            {"cancel", base}};
  return page(ctx, "network_leave", view, ctx.t("network.leave.title"), 200);
}

}  // namespace forkant::web::pages
