// Where the signed-in person is signed in (ASVS 3.3.4): each live session with its device, when it signed
// in and when it was last used, this one marked; one form that ends all the others or one chosen session
// (own_session_end.cpp). The password is asked for unless this session signed in a moment ago.
#include "services/own_sessions.hpp"

#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response own_sessions_page(Context& ctx, const nlohmann::json& extra, int status) {
  auto& service = *ctx.app.services().own_sessions;
  nlohmann::json sessions = nlohmann::json::array();
  int others = 0;
  for (const auto& s : service.list(ctx.user->id, ctx.session_token)) {
    if (!s.current) ++others;
    sessions.push_back({{"ref", s.ref},
                        {"device", s.device.empty() ? ctx.t("sessions.unknown_device") : s.device},
                        {"signed_in", format_day_time(s.created_at, ctx.lang)},
                        {"last_seen", format_day_time(s.last_seen_at, ctx.lang)},
                        {"current", s.current}});
  }
  nlohmann::json view{{"sessions", sessions},
                      {"has_others", others > 0},
                      {"needs_password", service.needs_password(ctx.user->id, ctx.session_token)},
                      {"user_email", ctx.user->email}};
  view.update(extra);
  return page(ctx, "own_sessions", view, ctx.t("sessions.title"), status);
}

Response own_sessions(Context& ctx) {
  nlohmann::json extra = nlohmann::json::object();
  if (const std::string ended = ctx.query().get("ended"); ended == "1" || ended == "others")
    extra["ended_" + ended] = true;
  return own_sessions_page(ctx, extra, 200);
}

}  // namespace forkant::web::pages
