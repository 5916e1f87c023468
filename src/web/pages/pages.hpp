#pragma once
// HTML pages and form actions, one concept per file; routes.cpp maps URLs to them.

#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"
#include "web/return_path.hpp"

namespace forkant::web::pages {

Response home(Context& ctx);
Response sign_in_form(Context& ctx);
Response sign_in(Context& ctx);
Response sign_out(Context& ctx);
Response set_language(Context& ctx);
Response password_form(Context& ctx);
Response change_password(Context& ctx);
Response tokens(Context& ctx);
Response token_create(Context& ctx);
Response token_revoke(Context& ctx);
Response org_overview(Context& ctx);
Response members(Context& ctx);
Response invite_member(Context& ctx);
Response join_form(Context& ctx);
Response join(Context& ctx);
Response audit_log(Context& ctx);
Response healthz(Context& ctx);
Response readyz(Context& ctx);

// A same-site path to return to, or "/" (never an absolute URL: no open redirects).
using forkant::web::safe_return_path;

}  // namespace forkant::web::pages
