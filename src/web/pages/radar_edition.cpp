// One edition of the radar, current or history (read-only), as the radar page shows it.
#include "web/app.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_edition(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto edition = of_org(ctx, "edition_id", *access,
                        [&](std::int64_t id) { return ctx.app.services().radar->find_edition(id); });
  if (!edition) return error_response(ctx, edition.error());
  return radar_edition_page(ctx, *access, *edition, "", 200);
}

}  // namespace forkant::web::pages
