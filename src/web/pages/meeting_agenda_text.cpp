// The next meeting's agenda item as plain text, for a calendar invitation.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"
#include "web/round_findings.hpp"
#include "web/waiting_initiatives.hpp"

namespace forkant::web::pages {

Response meeting_agenda_text(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  const auto next = ctx.app.services().decisions->next_meeting(*series, round_findings(ctx, access->org_id),
                                                               agenda_initiatives(ctx, access->org_id));
  Response res{200, {}, agenda_text(ctx, next), ""};
  res.set_header("Content-Type", "text/plain; charset=utf-8");
  res.set_header("Content-Disposition",
                 "attachment; filename=\"agenda-" + format_iso_date(next.date) + ".txt\"");
  return res;
}

}  // namespace forkant::web::pages
