// The form for an entry of the current edition (an earlier edition's entries are history: 409).
#include "web/app.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_entry_edit(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto& radar = *ctx.app.services().radar;
  auto entry = of_org(ctx, "entry_id", *access, [&](std::int64_t id) { return radar.find_entry(id); });
  if (!entry) return error_response(ctx, entry.error());
  const auto edition = radar.find_edition(entry->edition_id);
  if (!edition || !edition->current) {
    return error_response(ctx, Error::conflict("radar_edition_history", "error.radar_edition_history"));
  }
  return radar_entry_form_page(ctx, *access, *edition, entry->content, entry->id, "", 200);
}

}  // namespace forkant::web::pages
