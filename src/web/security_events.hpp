#pragma once
// Security events (ASVS 7.1.3-7.2.2): one JSON line each, apart from the access log (forkant serve
// --security-log), written as the answer leaves App::handle with the UTC time, the request id, the actor
// (the signed-in account's id), the organisation, the outcome and the client's address.
//
// Handlers note what happened (sign-in, token created, role changed...); the app itself notes the
// refusals it decides (CSRF, authorisation denials in authorize(), rate limits) and the exports it
// answered. An event carries ids and fixed words only: never a password, a token, an e-mail address, a
// name or an answer, so nothing a person typed reaches this log.
//
//   note_security_event(ctx, {.event = "token_created", .outcome = "success", .subject = token_id});

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace forkant::web {

struct Context;

struct SecurityEvent {
  std::string event;    // sign_in, sign_out, access_denied, csrf_refused, token_created, rate_limited...
  std::string outcome;  // success, failure, throttled, denied...
  std::optional<std::int64_t> org_id;   // the organisation it concerns
  std::optional<std::int64_t> subject;  // the account, token, invitation... acted upon (an id)
  std::string what;                     // a fixed word or the route pattern, never request text
  std::optional<std::int64_t> actor;    // set when the account is not the signed-in one (sign-in)
};

// Noted on the request (ctx.security_events); App::handle writes them to AppConfig::security_log when
// the answer is ready.
void note_security_event(Context& ctx, SecurityEvent event);

// What the line says besides the event itself.
struct SecurityEventContext {
  std::chrono::system_clock::time_point time;
  std::string_view request_id;
  std::optional<std::int64_t> actor;  // the signed-in account, unless the event names its own
  std::string_view client;            // the client's address (web/client_address.hpp)
};

// The event as one JSON line (web/log_line.hpp), without the newline.
std::string security_event_line(const SecurityEvent& event, const SecurityEventContext& context);

// `time` as 2026-12-07T08:15:30.123Z.
std::string utc_timestamp(std::chrono::system_clock::time_point time);

}  // namespace forkant::web
