#include "web/app.hpp"

#include <spdlog/spdlog.h>

#include "services/secrets.hpp"
#include "web/client_address.hpp"
#include "web/context.hpp"
#include "web/cookies.hpp"
#include "web/log_line.hpp"
#include "web/rate_limits.hpp"
#include "web/respond.hpp"
#include "web/security_events.hpp"

namespace forkant::web {
namespace {

constexpr std::string_view kFaviconPath = "/favicon.ico";

bool is_unsafe(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

// A cross-site form post carries the attacker's Origin; same-origin requests carry ours or none. An
// opaque "null" origin is accepted only when the browser itself vouches that the request is same-origin.
bool origin_allowed(const Request& req) {
  const auto origin = req.header("origin");
  if (!origin) return true;
  if (*origin == "null") return req.header("sec-fetch-site").value_or("") == "same-origin";
  const auto host = req.header("host").value_or("");
  auto scheme_end = origin->find("://");
  if (scheme_end == std::string_view::npos) return false;
  return origin->substr(scheme_end + 3) == host;
}

// What every answer gets on its way out: the Retry-After of a limit that refused it, the charge of a
// costly request that never reached authorize() (to its account), the event an export is, and the
// request's security events written.
void finish_request(Context& ctx, Response& res) {
  auto& request = ctx.cost;
  if (res.status == 429 && request.retry_after > 0 && !res.has_header("Retry-After")) {
    res.set_header("Retry-After", std::to_string(request.retry_after));
  }
  if (request.cost && !request.charged && ctx.user && res.status < 400) {
    request.charged = true;
    ctx.app.rate_limiter().take(*request.cost, ctx.user->id, std::nullopt);
  }
  // Results, registers and accounts leaving forkant in a file (ASVS 7.1.3: exports of results).
  if (request.cost && (*request.cost == Cost::export_file || *request.cost == Cost::report) &&
      res.status == 200) {
    note_security_event(ctx, {.event = "export", .outcome = "success", .what = res.log_route});
  }
  const auto& log = ctx.app.config().security_log;
  if (!log || ctx.security_events.empty()) return;
  const SecurityEventContext context{std::chrono::system_clock::now(), ctx.req.request_id,
                                     ctx.user ? std::optional<std::int64_t>(ctx.user->id) : std::nullopt,
                                     ctx.client_address};
  for (const auto& event : ctx.security_events) log(security_event_line(event, context));
}

}  // namespace

App::App(Services services, const Translator& translator, const Templates& templates, StaticFiles statics,
         AppConfig config)
    : services_(services),
      translator_(translator),
      templates_(templates),
      statics_(std::move(statics)),
      config_(std::move(config)),
      layout_(templates, "layout"),
      rate_limiter_(std::make_unique<RateLimiter>(config_.rate_limits)) {
  register_routes(router_);
}

Response App::handle(Request& req) {
  Context ctx{req, *this};
  ctx.api = req.path.starts_with("/api/");
  {
    std::vector<std::string_view> forwarded;
    for (const auto& [k, v] : req.headers) {
      if (k == "x-forwarded-for") forwarded.emplace_back(v);
    }
    ctx.client_address = client_address(req.remote_address, forwarded, config_.trusted_proxies);
  }
  const auto cookies = parse_cookies(req.header("cookie").value_or(""));
  if (auto it = cookies.find(kLanguageCookie); it != cookies.end() && is_supported_language(it->second)) {
    ctx.lang = it->second;
  } else {
    ctx.lang = language_from_accept(req.header("accept-language").value_or(""));
  }
  Response res;
  try {
    res = answer(ctx, cookies);
  } catch (const std::exception& e) {
    // The detail goes to the log only; the person sees the request id to quote.
    spdlog::error("{}", error_log_line(req.request_id, e.what()));
    try {
      res = error_response(ctx, 500, "internal", "error.internal", {{"request_id", req.request_id}});
    } catch (const std::exception&) {
      res =
          Response{500, {{"Content-Type", "text/plain; charset=utf-8"}}, "500 " + req.request_id + "\n", ""};
    }
  }
  // Every answer, whichever branch produced it, leaves through here. The security headers are added by
  // the server as it writes (server/http_server.cpp), so that its own refusals carry them too.
  for (auto& c : ctx.set_cookies) res.add_header("Set-Cookie", std::move(c));
  if (res.log_route.empty()) res.log_route = log_route(req);
  finish_request(ctx, res);
  return res;
}

std::string App::log_route(const Request& req) const {
  // Never the path itself: respondent and invitation tokens travel in paths.
  if (req.path.starts_with("/static/")) return "/static/{file}";
  if (req.path == kFaviconPath) return std::string(kFaviconPath);
  if (const Route* route = router_.route_for_path(req.path)) return route->pattern;
  return kUnmatchedRoute;
}

Response App::answer(Context& ctx, const std::map<std::string, std::string>& cookies) {
  auto& req = ctx.req;
  if (req.rejected_status == 413) return error_response(ctx, 413, "body_too_large", "error.body_too_large");
  // Browsers ask for /favicon.ico whatever the page links: it is the icon in static/.
  if (req.path.starts_with("/static/") || req.path == kFaviconPath) {
    if (req.method != "GET" && req.method != "HEAD") {
      return error_response(ctx, 405, "method_not_allowed", "error.method_not_allowed");
    }
    auto served = statics_.serve(req.path == kFaviconPath ? "favicon.svg" : req.path.substr(8), req);
    return served ? std::move(*served) : error_response(ctx, 404, "not_found", "error.not_found");
  }
  // Who is asking: an API token (API only), else the session cookie.
  const auto auth = req.header("authorization").value_or("");
  if (ctx.api && auth.starts_with("Bearer ")) {
    ctx.user = services_.accounts->user_for_api_token(auth.substr(7));
    if (!ctx.user) {
      note_security_event(ctx, {.event = "api_token_refused", .outcome = "failure"});
      return error_response(ctx, 401, "invalid_token", "error.invalid_token");
    }
    ctx.via_api_token = true;
  } else if (auto it = cookies.find(session_cookie_name(config_.secure_cookies)); it != cookies.end()) {
    ctx.session_token = it->second;
    if (auto s = services_.accounts->resume(it->second)) {
      ctx.user = s->user;
      ctx.csrf_token = s->csrf_token;
    }
  }
  if (ctx.user) ctx.lang = ctx.user->language;  // a signed-in person's own choice wins
  if (!ctx.user) {
    // Anonymous forms (sign-in, language) use a double-submit token: cookie and field must match.
    if (auto it = cookies.find(kPreSessionCookie); it != cookies.end() && it->second.size() == 43) {
      ctx.csrf_token = it->second;
    } else {
      ctx.csrf_token = random_token();
      ctx.set_cookies.push_back(set_cookie(kPreSessionCookie, ctx.csrf_token, config_.secure_cookies));
    }
  }
  return dispatch(ctx);
}

Response App::dispatch(Context& ctx) {
  auto& req = ctx.req;
  const auto matched = router_.match(req.method, req.path);
  if (std::holds_alternative<RouteMiss>(matched)) {
    if (std::get<RouteMiss>(matched) == RouteMiss::method_not_allowed) {
      return error_response(ctx, 405, "method_not_allowed", "error.method_not_allowed");
    }
    return error_response(ctx, 404, "not_found", "error.not_found");
  }
  const auto& m = std::get<RouteMatch>(matched);
  ctx.params = m.params;
  if (m.route->access == Access::signed_in && !ctx.user) {
    if (ctx.api) return error_response(ctx, 401, "unauthorized", "error.unauthorized");
    return redirect("/login");
  }
  if (is_unsafe(req.method)) {
    if (!origin_allowed(req)) {
      note_security_event(ctx, {.event = "csrf_refused", .outcome = "bad_origin", .what = m.route->pattern});
      return error_response(ctx, 403, "bad_origin", "error.csrf");
    }
    // A form that does not decode (invalid UTF-8, broken %-escapes) is bad input, not a CSRF failure:
    // say so, before its missing token would be blamed.
    if (req.header("content-type").value_or("").starts_with("application/x-www-form-urlencoded") &&
        !Form::parse(req.body)) {
      return error_response(ctx, 400, "invalid_form", "error.invalid_utf8");
    }
    if (!m.route->csrf_exempt && !ctx.via_api_token) {
      const auto sent = req.header("x-csrf-token").has_value() ? std::string(*req.header("x-csrf-token"))
                                                               : ctx.form().get("csrf");
      if (ctx.csrf_token.empty() || !secrets_equal(sent, ctx.csrf_token)) {
        note_security_event(ctx, {.event = "csrf_refused", .outcome = "bad_token", .what = m.route->pattern});
        return error_response(ctx, 403, "csrf", "error.csrf");
      }
    }
  }
  // An expensive action (rate_limits.hpp): refused before any work when the account has no room left.
  auto& request = ctx.cost;
  request.cost = cost_of(*m.route, req);
  if (request.cost && ctx.user) {
    if (const auto retry = rate_limiter_->account_refusal(*request.cost, ctx.user->id)) {
      request.retry_after = *retry;
      request.charged = true;
      note_security_event(
          ctx,
          {.event = "rate_limited", .outcome = "refused", .what = std::string(cost_name(*request.cost))});
      return error_response(ctx, rate_limited_error(*retry));
    }
  }
  Response res = m.route->handler(ctx);
  res.log_route = m.route->pattern;
  return res;
}

}  // namespace forkant::web
