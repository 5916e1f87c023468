// The organisation's current radar: chart, list and table, the editions, and the way to begin one.
#include "web/app.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_current(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return radar_edition_page(ctx, *access, ctx.app.services().radar->current_edition(access->org_id), "", 200);
}

}  // namespace forkant::web::pages
