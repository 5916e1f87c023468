// Saving an entry of the current edition; a refused form is shown again with the reason and the input.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_entry_update(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto found = current_radar_entry(ctx, *access);
  if (!found) return error_response(ctx, found.error());
  const RadarEntry& entry = found->entry;
  const RadarEdition& edition = found->edition;
  RadarEntryDraft draft = entry.content;
  if (auto s = read_radar_entry_form(ctx.form(), draft); !s) {
    return radar_entry_form_page(ctx, *access, edition, draft, entry.id, form_error(ctx, s.error()),
                                 http_status(s.error()));
  }
  if (auto s = ctx.app.services().radar->edit_entry(entry, ctx.user->id, draft); !s) {
    return radar_entry_form_page(ctx, *access, edition, draft, entry.id, form_error(ctx, s.error()),
                                 http_status(s.error()));
  }
  return redirect(radar_path(access->org_id) + "#entry-" + std::to_string(entry.id));
}

}  // namespace forkant::web::pages
