#include "web/security_events.hpp"

#include <fmt/format.h>

#include <ctime>

#include "web/context.hpp"
#include "web/log_line.hpp"

namespace forkant::web {

void note_security_event(Context& ctx, SecurityEvent event) {
  ctx.security_events.push_back(std::move(event));
}

std::string utc_timestamp(std::chrono::system_clock::time_point time) {
  const auto since_epoch =
      std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
  const std::time_t seconds = static_cast<std::time_t>(since_epoch / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, since_epoch % 1000);
}

std::string security_event_line(const SecurityEvent& event, const SecurityEventContext& context) {
  nlohmann::json line{{"t", utc_timestamp(context.time)},
                      {"log", "security"},
                      {"event", event.event},
                      {"outcome", event.outcome},
                      {"request_id", context.request_id}};
  const auto actor = event.actor ? event.actor : context.actor;
  line["actor"] = actor ? nlohmann::json(*actor) : nlohmann::json(nullptr);
  line["org_id"] = event.org_id ? nlohmann::json(*event.org_id) : nlohmann::json(nullptr);
  if (event.subject) line["subject"] = *event.subject;
  if (!event.what.empty()) line["what"] = event.what;
  if (!context.client.empty()) line["client"] = context.client;
  return json_log_line(line);
}

}  // namespace forkant::web
