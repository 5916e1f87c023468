// The recurring management meetings of an organisation, and the form that creates a series.
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response meetings_list_page(Context& ctx, const OrgAccess& access, const MeetingSeries& input,
                            const std::string& error, int status) {
  auto& svc = *ctx.app.services().decisions;
  nlohmann::json list = nlohmann::json::array();
  for (const auto& s : svc.series(access.org_id)) {
    list.push_back({{"title", s.title},
                    {"href", series_path(access, s.id)},
                    {"cadence", ctx.t("cadence." + std::string{to_string(s.cadence)},
                                      {{"weeks", std::to_string(s.interval_weeks)}})},
                    {"next", format_date_text(svc.next_meeting(s).date, ctx.lang)}});
  }
  nlohmann::json cadences = nlohmann::json::array();
  for (const auto c : {Cadence::monthly, Cadence::weekly, Cadence::every_n_weeks}) {
    const std::string name{to_string(c)};
    cadences.push_back(
        {{"value", name}, {"label", ctx.t("cadence.choice." + name)}, {"selected", input.cadence == c}});
  }
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"series", list},
                      {"empty", list.empty()},
                      {"can_write", role_at_least(access.role, Role::leader)},
                      {"title", input.title},
                      {"cadences", cadences},
                      {"interval", std::to_string(input.interval_weeks)},
                      {"first_meeting", input.first_meeting.ok() ? format_iso_date(input.first_meeting) : ""},
                      {"error", or_null(error)}};
  return page(ctx, "meetings_list", view, ctx.t("meeting.list.title"), status);
}

Response meetings_list(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  MeetingSeries input;
  input.title = ctx.t("meeting.default_title");
  return meetings_list_page(ctx, *access, input, "", 200);
}

}  // namespace forkant::web::pages
