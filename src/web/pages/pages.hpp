#pragma once
// HTML pages and form actions of accounts and organisations; routes.cpp maps URLs to them. Handler
// pages::x lives in x.cpp, and so does x_page, the page that x shows and a form's action shows again with
// its refusal.

#include <nlohmann/json.hpp>
#include <string>

#include "services/organisations.hpp"
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
Response member_erase(Context& ctx);     // member_erase.cpp
Response my_data(Context& ctx);          // my_data.cpp
Response own_sessions(Context& ctx);     // own_sessions.cpp
Response own_session_end(Context& ctx);  // own_session_end.cpp
Response invite_member(Context& ctx);
Response join_form(Context& ctx);
Response join(Context& ctx);
Response audit_log(Context& ctx);
Response healthz(Context& ctx);  // health.cpp
Response readyz(Context& ctx);   // health.cpp

// ---- Pages that a form's action shows again ---------------------------------------------------------------

Response sign_in_form_page(Context& ctx, const std::string& email, const std::string& error, int status);
Response password_form_page(Context& ctx, const std::string& error, const std::string& error_field,
                            int status);
Response tokens_page(Context& ctx, const nlohmann::json& extra, int status);
Response own_sessions_page(Context& ctx, const nlohmann::json& extra, int status);
Response members_page(Context& ctx, std::int64_t org_id, Role role, const nlohmann::json& extra, int status);
Response join_form_page(Context& ctx, const InvitationRow& inv, const nlohmann::json& extra, int status);

// A same-site path to return to, or "/" (never an absolute URL: no open redirects).
using forkant::web::safe_return_path;

}  // namespace forkant::web::pages
