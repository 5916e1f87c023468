// Removing an entry from the current edition (earlier editions keep theirs).
#include "web/app.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_entry_delete(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto& radar = *ctx.app.services().radar;
  auto entry = of_org(ctx, "entry_id", *access, [&](std::int64_t id) { return radar.find_entry(id); });
  if (!entry) return error_response(ctx, entry.error());
  if (auto s = radar.delete_entry(*entry, ctx.user->id); !s) return error_response(ctx, s.error());
  return redirect(radar_path(access->org_id));
}

}  // namespace forkant::web::pages
