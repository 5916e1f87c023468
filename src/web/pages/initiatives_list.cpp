// The organisation's initiatives, simply: title, phase and owner, with the way to record a new one (the
// portfolio with its filters and chart is /orgs/{org_id}/portfolio).
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response initiatives_list(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto names = member_names(ctx, access->org_id);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& i : ctx.app.services().initiatives->initiatives(access->org_id)) {
    const auto owner = names.find(i.content.owner_user_id);
    rows.push_back({{"title", i.content.title},
                    {"href", initiative_path(access->org_id, i.id)},
                    {"phase", std::string{to_string(i.phase)}},
                    {"phase_label", phase_label(ctx, i.phase)},
                    {"owner", owner == names.end() ? "" : owner->second}});
  }
  const nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                            {"initiatives", rows},
                            {"empty", rows.empty()},
                            {"new_path", initiatives_path(access->org_id) + "/new"},
                            {"can_write", role_at_least(access->role, Role::leader)}};
  return page(ctx, "initiatives_list", view, ctx.t("initiative.list.title"), 200);
}

}  // namespace forkant::web::pages
