// The next meeting's agenda as a print view: the organisation, the meeting, the saved agenda (if edited)
// and every drafted point with why it is there and its background links written out in full.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/meeting_print_view.hpp"
#include "web/respond.hpp"
#include "web/round_findings.hpp"
#include "web/waiting_initiatives.hpp"

namespace forkant::web::pages {

Response meeting_print(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  const auto next = ctx.app.services().decisions->next_meeting(*series, round_findings(ctx, access->org_id),
                                                               agenda_initiatives(ctx, access->org_id));
  const auto print = next_meeting_print(ctx, next);
  auto view = meeting_print_json(print);
  view["org"] = org_view(ctx, access->org_id, access->role);
  view["back"] = print.page_path;
  view["pdf"] = print.page_path + "/agenda.pdf";
  return page(ctx, "meetings_print", view, series->title + " " + print.date + " – " + ctx.t("meeting.print"));
}

}  // namespace forkant::web::pages
