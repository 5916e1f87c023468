// One held meeting: who attended, the agenda as it was sent, the minutes, the decisions taken, the follow-ups
// with owner and date, and what happened since the meeting before it. A meeting of another series or
// organisation, or one not held, is not found (404).
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/meeting_print_view.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response meeting_held(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto held = held_meeting_in_path(ctx, *access);
  if (!held) return error_response(ctx, held.error());
  const auto* series = &held->series;
  const std::string org = "/orgs/" + std::to_string(access->org_id);
  nlohmann::json decisions = nlohmann::json::array();
  for (const auto& d : held->decisions) {
    decisions.push_back({{"href", org + "/decisions/" + std::to_string(d.id)},
                         {"title", d.content.title},
                         {"kind", std::string{to_string(d.content.kind)}},
                         {"kind_label", kind_label(ctx, d.content.kind)}});
  }
  const auto follow_ups = follow_ups_view(ctx, held->follow_ups);
  const std::string date = format_date_text(held->row.held_on, ctx.lang);
  const nlohmann::json view{
      {"org", org_view(ctx, access->org_id, access->role)},
      {"title", series->title},
      {"date", date},
      {"base", series_path(*access, series->id)},
      {"held_path", series_path(*access, series->id) + "/held/" + std::to_string(held->row.id)},
      {"attendees", held->row.attendees},
      {"has_attendees", !held->row.attendees.empty()},
      {"agenda_sent", or_null(held->row.agenda_sent)},
      {"minutes", or_null(held->row.minutes)},
      {"decisions", decisions},
      {"has_decisions", !decisions.empty()},
      {"follow_ups", follow_ups},
      {"has_follow_ups", !follow_ups.empty()},
      {"since", since_view(ctx, access->org_id, held->since)}};
  return page(ctx, "meetings_held", view, series->title + " " + date);
}

}  // namespace forkant::web::pages
