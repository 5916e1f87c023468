#pragma once
// Single sign-on (services/oidc_sign_in.hpp, docs/sign-in.md): the owner's settings page, the start that
// sends the browser to the organisation's identity provider, the callback it comes back to, and the login
// page's discovery by e-mail domain.

#include <string>

#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

// The service is web::Services::sso (null where single sign-on is not wired, as in the web layer's unit
// tests: its pages then answer 404).

Response sso_settings(Context& ctx);       // GET /orgs/{org_id}/sign-in
Response sso_settings_save(Context& ctx);  // POST /orgs/{org_id}/sign-in
Response sso_start(Context& ctx);          // GET /sso/{org_id}
Response sso_callback(Context& ctx);       // GET /sso/callback
Response sso_discover(Context& ctx);       // POST /sso (email): a form, so that the address stays out of URLs

// The cookie that ties a callback to the browser that started the sign-in.
std::string sso_cookie_name(bool secure);
// Where the provider sends the browser back (registered at the provider as the redirect URI).
std::string sso_redirect_uri(Context& ctx);

}  // namespace forkant::web::pages
