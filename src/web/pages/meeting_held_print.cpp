// A held meeting's minutes as a print view: the organisation, the meeting, who attended, the agenda as
// sent, the minutes, the decisions taken with their reasons and links, and the follow-ups.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/meeting_print_view.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response meeting_held_print(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto held = held_meeting_in_path(ctx, *access);
  if (!held) return error_response(ctx, held.error());
  const auto print = held_meeting_print(ctx, *held);
  auto view = meeting_print_json(print);
  view["org"] = org_view(ctx, access->org_id, access->role);
  view["back"] = print.page_path;
  view["pdf"] = print.page_path + "/minutes.pdf";
  return page(ctx, "meetings_print", view,
              held->series.title + " " + print.date + " – " + ctx.t("meeting.print_minutes"));
}

}  // namespace forkant::web::pages
