// The next meeting's agenda item as a print view (one or two A4 pages).
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"
#include "web/round_findings.hpp"

namespace forkant::web::pages {

Response meeting_print(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  const auto next = ctx.app.services().decisions->next_meeting(*series, round_findings(ctx, access->org_id));
  const bool edited = next.row && !next.row->agenda_text.empty();
  nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                      {"title", series->title},
                      {"date", format_date_text(next.date, ctx.lang)},
                      {"back", series_path(*access, series->id)},
                      {"edited", edited},
                      {"agenda_text", edited ? next.row->agenda_text : ""},
                      {"points", agenda_points_view(ctx, next)}};
  return page(ctx, "meetings_print", view,
              series->title + " " + format_date_text(next.date, ctx.lang) + " – " + ctx.t("meeting.print"));
}

}  // namespace forkant::web::pages
