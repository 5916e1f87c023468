#pragma once
// JSON API handlers under /api/v1/, one resource per file (see routes.cpp for the rule). Same permissions
// as the pages: they call the same services and load what the path names through web/access.hpp.

#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::api {

Response openapi(Context& ctx);            // openapi.cpp
Response me(Context& ctx);                 // me.cpp
Response my_data(Context& ctx);            // me_data.cpp
Response list_tokens(Context& ctx);        // tokens.cpp
Response revoke_token(Context& ctx);       // tokens.cpp
Response get_org(Context& ctx);            // orgs.cpp
Response list_members(Context& ctx);       // members.cpp
Response create_invitation(Context& ctx);  // invitations.cpp
Response list_audit(Context& ctx);         // audit.cpp

// Assessment
Response list_frameworks(Context& ctx);  // frameworks.cpp
Response get_framework(Context& ctx);
// rounds.cpp
Response create_round(Context& ctx);
Response list_rounds(Context& ctx);
Response get_round(Context& ctx);
Response update_round(Context& ctx);  // PUT /api/v1/rounds/{round_id} (drafts)
Response delete_round(Context& ctx);  // DELETE /api/v1/rounds/{round_id} (drafts)
Response open_round(Context& ctx);
Response close_round(Context& ctx);
Response create_invitations(Context& ctx);
Response import_responses(Context& ctx);
Response round_results(Context& ctx);
Response round_results_csv(Context& ctx);
Response round_report_pdf(Context& ctx);   // the board report (web/reports/board_report.hpp)
Response round_report_xlsx(Context& ctx);  // GET /api/v1/rounds/{round_id}/report.xlsx
// responses.cpp
Response get_response(Context& ctx);
Response put_response(Context& ctx);

}  // namespace forkant::web::api
