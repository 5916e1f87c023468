#pragma once
// JSON API handlers under /api/v1/, one resource per file; routes.cpp maps URLs to them. Same permissions
// as the pages: they call the same services and load what the path names through web/access.hpp.

#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

Response me(Context& ctx);
Response list_tokens(Context& ctx);
Response revoke_token(Context& ctx);
Response get_org(Context& ctx);
Response list_members(Context& ctx);
Response create_invitation(Context& ctx);
Response list_audit(Context& ctx);
Response openapi(Context& ctx);

// Assessment
Response list_frameworks(Context& ctx);
Response get_framework(Context& ctx);
Response create_round(Context& ctx);
Response list_rounds(Context& ctx);
Response get_round(Context& ctx);
Response open_round(Context& ctx);
Response close_round(Context& ctx);
Response create_invitations(Context& ctx);
Response import_responses(Context& ctx);
Response round_results(Context& ctx);
Response round_results_csv(Context& ctx);
Response get_response(Context& ctx);
Response put_response(Context& ctx);

}  // namespace forkant::web::api
