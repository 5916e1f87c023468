// The form for a new entry in the current edition.
#include "web/app.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_entry_new(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const auto edition = ctx.app.services().radar->current_edition(access->org_id);
  if (!edition) return redirect(radar_path(access->org_id));
  return radar_entry_form_page(ctx, *access, *edition, {}, std::nullopt, "", 200);
}

}  // namespace forkant::web::pages
