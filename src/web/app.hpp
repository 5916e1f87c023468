#pragma once
// The web application: one pure function from Request to Response. It resolves language, session or API
// token, CSRF, the route, and turns every failure into the right status in the user's language. Socket
// I/O lives in web/server/; this file never sees it.

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "render/i18n.hpp"
#include "render/layout_frame.hpp"
#include "render/templates.hpp"
#include "services/accounts.hpp"
#include "services/assessment.hpp"
#include "services/organisations.hpp"
#include "services/transactor.hpp"
#include "web/http.hpp"
#include "web/rate_limits.hpp"
#include "web/rendered_cache.hpp"
#include "web/router.hpp"
#include "web/static_files.hpp"

namespace forkant {
class CompetenceService;
class PrivacyService;
class DecisionService;
class ImpactService;
class InitiativeService;
class NetworkLibraryService;
class NetworkSharingService;
class NetworkService;
class PasswordResetService;
class PeerBenchmarkService;
class OidcSignInService;
class PublicPageService;
class RoundMailService;
class TwoFactorService;
class OwnSessionsService;
class RadarService;
}  // namespace forkant

namespace forkant::web {

struct AppConfig {
  bool secure_cookies = false;  // set when served over TLS (or behind a proxy that terminates it)
  std::string public_url;       // used in invitation links; empty: derived from the Host header
  std::string openapi_json;     // the OpenAPI document served at /api/v1/openapi.json
  // Peers whose X-Forwarded-For is believed (forkant serve --trusted-proxy); see client_address.hpp.
  std::vector<std::string> trusted_proxies{};
  // Where security events go, one JSON line per call (forkant serve --security-log); unset: nowhere.
  std::function<void(std::string_view line)> security_log{};
  // The limits on expensive actions (forkant serve --rate-limit; web/rate_limits.hpp).
  RateLimitTable rate_limits{};
};

// Everything a handler may use. Pointers for the areas added by later features stay null in tests that
// do not need them.
struct Services {
  AccountService* accounts = nullptr;
  OrgService* orgs = nullptr;
  AuditStore* audit = nullptr;
  Transactor* transactor = nullptr;  // only asked whether the database answers (GET /readyz)
  AssessmentService* assessment = nullptr;
  DecisionService* decisions = nullptr;
  InitiativeService* initiatives = nullptr;        // the initiative register (issue 12)
  PublicPageService* public_page = nullptr;        // the opt-in public page of decisions (/p/{organisation})
  ImpactService* impact = nullptr;                 // impact assessments of initiatives (issue 12)
  NetworkLibraryService* library = nullptr;        // the shared library of networks (issue 15)
  NetworkSharingService* sharing = nullptr;        // texts shared with networks (issue 15)
  NetworkService* networks = nullptr;              // networks of organisations (issue 15)
  PeerBenchmarkService* peer_benchmark = nullptr;  // round contributions and the peer benchmark (issue 15)
  OidcSignInService* sso = nullptr;                // single sign-on per organisation (issue 16)
  RoundMailService* round_mail = nullptr;          // a round's links and reminders by e-mail (issue 16)
  PasswordResetService* password_reset = nullptr;  // password reset by e-mail (issue 16)
  TwoFactorService* two_factor = nullptr;          // TOTP for local accounts (issue 16)
  OwnSessionsService* own_sessions = nullptr;      // one's own sessions, listed and ended (issue 18)
  RadarService* radar = nullptr;                   // the technology radar (issue 17)
  CompetenceService* competence = nullptr;         // the competence matrix (issue 17)
  PrivacyService* privacy = nullptr;               // a person's data: export and erasure (issue 18)
};

class App {
 public:
  App(Services services, const Translator& translator, const Templates& templates, StaticFiles statics,
      AppConfig config);

  Response handle(Request& req);

  const Router& router() const { return router_; }
  const Services& services() const { return services_; }
  const Translator& translator() const { return translator_; }
  const Templates& templates() const { return templates_; }
  const AppConfig& config() const { return config_; }
  RenderedCache& rendered_cache() { return rendered_cache_; }
  RateLimiter& rate_limiter() { return *rate_limiter_; }
  const LayoutFrames& layout() const { return layout_; }

 private:
  // Everything between reading the request and the headers every answer gets; may return early.
  Response answer(Context& ctx, const std::map<std::string, std::string>& cookies);
  Response dispatch(Context& ctx);
  // What the access log writes for `req` when no route answered it: the pattern its path matches (a
  // wrong method), "/static/{file}", or kUnmatchedRoute.
  std::string log_route(const Request& req) const;
  Services services_;
  const Translator& translator_;
  const Templates& templates_;
  StaticFiles statics_;
  AppConfig config_;
  Router router_;
  RenderedCache rendered_cache_;
  LayoutFrames layout_;
  std::unique_ptr<RateLimiter> rate_limiter_;
};

// Adds every route of forkant (routes.cpp).
void register_routes(Router& router);

}  // namespace forkant::web
