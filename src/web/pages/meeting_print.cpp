// The next meeting's agenda as a print view: the organisation, the meeting, the saved agenda (if edited)
// and every drafted point with why it is there and its background links written out in full.
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/meeting_print_view.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response meeting_print(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto next = next_meeting_print_in_path(ctx, *access);
  if (!next) return error_response(ctx, next.error());
  const auto& print = next->print;
  auto view = meeting_print_json(print);
  view["org"] = org_view(ctx, access->org_id, access->role);
  view["back"] = print.page_path;
  view["pdf"] = print.page_path + "/agenda.pdf";
  return page(ctx, "meetings_print", view,
              next->series.title + " " + print.date + " – " + ctx.t("meeting.print"));
}

}  // namespace forkant::web::pages
