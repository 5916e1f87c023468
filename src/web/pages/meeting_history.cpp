// The meeting history of a series: every held meeting, newest first, with how many decisions were taken
// and follow-ups agreed; each links to its own page (meeting_held.cpp).
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response meeting_history(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  auto& svc = *ctx.app.services().decisions;
  const std::string base = series_path(*access, series->id);
  nlohmann::json meetings = nlohmann::json::array();
  for (const auto& row : svc.held_meetings(*series)) {
    const auto held = svc.held_meeting(*series, row.id);
    meetings.push_back({{"href", base + "/held/" + std::to_string(row.id)},
                        {"date", format_date_table(row.held_on, ctx.lang)},
                        {"decisions", std::to_string(held ? held->decisions.size() : 0)},
                        {"follow_ups", std::to_string(held ? held->follow_ups.size() : 0)}});
  }
  const nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                            {"title", series->title},
                            {"base", base},
                            {"meetings", meetings},
                            {"has_meetings", !meetings.empty()}};
  return page(ctx, "meetings_history", view, ctx.t("meeting.history.title") + ": " + series->title);
}

}  // namespace forkant::web::pages
