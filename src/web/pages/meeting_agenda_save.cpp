// Saving the coordinator's edit of the drafted agenda item.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response meeting_agenda_save(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  if (auto s = ctx.app.services().decisions->save_agenda(*series, ctx.user->id, ctx.form().get("agenda"));
      !s) {
    return meeting_next_page(ctx, *access, *series, form_error(ctx, s.error()), http_status(s.error()));
  }
  return redirect(series_path(*access, series->id) + "#agenda");
}

}  // namespace forkant::web::pages
