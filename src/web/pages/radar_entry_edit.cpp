// The form for an entry of the current edition (an earlier edition's entries are history: 409).
#include "web/app.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_entry_edit(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto found = current_radar_entry(ctx, *access);
  if (!found) return error_response(ctx, found.error());
  return radar_entry_form_page(ctx, *access, found->edition, found->entry.content, found->entry.id, "", 200);
}

}  // namespace forkant::web::pages
