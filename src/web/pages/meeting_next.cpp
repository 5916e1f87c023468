// The next meeting of a series: the drafted digital-transformation item with the reason for every point,
// the coordinator's edited text, and the minutes form (meeting_minutes.cpp) that records decisions, a step
// and follow-ups in one go.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"
#include "web/round_findings.hpp"
#include "web/waiting_initiatives.hpp"

namespace forkant::web::pages {

Response meeting_next_page(Context& ctx, const OrgAccess& access, const MeetingSeries& series,
                           const std::string& error, int status) {
  auto& svc = *ctx.app.services().decisions;
  const auto next =
      svc.next_meeting(series, round_findings(ctx, access.org_id), agenda_initiatives(ctx, access.org_id));
  DecisionDraft draft;
  draft.owner_user_id = ctx.user->id;
  draft.decided_on = next.date;
  draft.body = series.title;
  nlohmann::json blocks = nlohmann::json::array();
  for (int i = 1; i <= kMinuteDecisions; ++i) {
    const std::string prefix = "m" + std::to_string(i) + "_";
    DecisionDraft block = draft;
    if (i == 2) block.kind = DecisionKind::deselected;
    if (!error.empty()) (void)read_draft_form(ctx.form(), prefix, block);  // keep what was typed
    blocks.push_back(
        {{"number", std::to_string(i)}, {"fields", decision_fields_html(ctx, access.org_id, block, prefix)}});
  }
  nlohmann::json reviews = nlohmann::json::array();
  for (const auto& p : next.draft.points) {
    if (p.source == AgendaSource::review_due && p.linked_id) {
      reviews.push_back({{"id", std::to_string(*p.linked_id)}, {"title", p.params.at("title")}});
    }
  }
  nlohmann::json goals = nlohmann::json::array();
  for (const auto& g : svc.goals(access.org_id))
    goals.push_back({{"value", std::to_string(g.id)}, {"label", g.title}});
  nlohmann::json follow_up_rows = nlohmann::json::array();
  for (int i = 1; i <= kMinuteFollowUps; ++i) {
    const std::string prefix = "f" + std::to_string(i) + "_";
    const auto owner = parse_id(ctx.form().get(prefix + "owner"));
    follow_up_rows.push_back({{"n", std::to_string(i)},
                              {"text", ctx.form().get(prefix + "text")},
                              {"due_on", ctx.form().get(prefix + "due_on")},
                              {"owners", member_options(ctx, access.org_id, owner.value_or(ctx.user->id))}});
  }
  const std::string base = series_path(access, series.id);
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"title", series.title},
                      {"date", format_date_text(next.date, ctx.lang)},
                      {"previous", or_null(next.previous ? format_date_text(*next.previous, ctx.lang) : "")},
                      {"points", agenda_points_view(ctx, next)},
                      {"agenda_text", agenda_text(ctx, next)},
                      {"edited", next.row && !next.row->agenda_text.empty()},
                      {"base", base},
                      {"can_write", role_at_least(access.role, Role::leader)},
                      {"blocks", blocks},
                      {"reviews", reviews},
                      {"has_reviews", !reviews.empty()},
                      {"goals", goals},
                      {"has_goals", !goals.empty()},
                      {"owners", member_options(ctx, access.org_id, ctx.user->id)},
                      {"minutes", ctx.form().get("minutes")},
                      {"attendees", ctx.form().get("attendees")},
                      {"follow_up_rows", follow_up_rows},
                      {"meeting_date", format_iso_date(next.date)},
                      {"meeting_date_text", format_date_text(next.date, ctx.lang)},
                      {"since", since_view(ctx, access.org_id, next.since)},
                      {"has_history", !svc.held_meetings(series).empty()},
                      {"recorded", ctx.query().get("recorded") == "1"},
                      {"error", or_null(error)}};
  return page(ctx, "meetings_next", view, series.title + " " + format_date_text(next.date, ctx.lang), status);
}

Response meeting_next(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto series = series_in_path(ctx, *access);
  if (!series) return error_response(ctx, series.error());
  return meeting_next_page(ctx, *access, *series, "", 200);
}

}  // namespace forkant::web::pages
