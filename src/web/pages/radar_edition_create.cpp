// A new edition of the radar, begun from the current one or empty; it becomes current and the old one
// history. A refused form shows the radar page again with the reason.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_edition_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto& radar = *ctx.app.services().radar;
  const Form& form = ctx.form();
  QuadrantNames quadrants;
  for (std::size_t q = 0; q < quadrants.size(); ++q) quadrants[q] = form.get("quadrant_" + std::to_string(q));
  const auto date = parse_iso_date(form.get("published_on"));
  auto refuse = [&](const Error& e) {
    return radar_edition_page(ctx, *access, radar.current_edition(access->org_id), form_error(ctx, e),
                              http_status(e));
  };
  if (!date) return refuse(Error::invalid("radar_date", "error.radar_date"));
  auto id = radar.create_edition(access->org_id, ctx.user->id, form.get("title"), *date, quadrants,
                                 form.get("copy") == "1");
  if (!id) return refuse(id.error());
  return redirect(radar_path(access->org_id));
}

}  // namespace forkant::web::pages
