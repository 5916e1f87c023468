// Adding an entry to the current edition; a refused form is shown again with the reason and the input.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/radar_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response radar_entry_create(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto& radar = *ctx.app.services().radar;
  const auto edition = radar.current_edition(access->org_id);
  if (!edition) return error_response(ctx, Error::not_found());
  RadarEntryDraft draft;
  if (auto s = read_radar_entry_form(ctx.form(), draft); !s) {
    return radar_entry_form_page(ctx, *access, *edition, draft, std::nullopt, form_error(ctx, s.error()),
                                 http_status(s.error()));
  }
  auto id = radar.create_entry(*edition, ctx.user->id, draft);
  if (!id) {
    return radar_entry_form_page(ctx, *access, *edition, draft, std::nullopt, form_error(ctx, id.error()),
                                 http_status(id.error()));
  }
  return redirect(radar_path(access->org_id) + "#entry-" + std::to_string(*id));
}

}  // namespace forkant::web::pages
