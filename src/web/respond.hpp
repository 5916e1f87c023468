#pragma once
// Every response leaves through here: pages in the layout, JSON, redirects and errors (as JSON under
// /api/, as a page elsewhere, always in the user's language and with the right status).

#include <nlohmann/json.hpp>
#include <string>

#include "domain/result.hpp"
#include "web/context.hpp"
#include "web/error_status.hpp"
#include "web/http.hpp"

namespace forkant::web {

// Renders templates/<name>.mustache into the layout. `title` is already translated.
Response page(Context& ctx, const std::string& name, nlohmann::json view, const std::string& title,
              int status = 200);
// The same around content that is already rendered (see rendered_cache.hpp); `org` as from org_view().
Response page_with_content(Context& ctx, const std::string& content_html, const nlohmann::json& org,
                           const std::string& title, int status = 200);
Response redirect(const std::string& location);
Response json_response(int status, const nlohmann::json& body);
// A JSON body that is already serialised.
Response json_body_response(int status, std::string body);
// A CSV download (200): the body as a formats/ writer made it, saved as `filename` (plain ASCII).
Response csv_response(std::string body, const std::string& filename);
// A PDF download (200), saved as `filename` (plain ASCII).
Response pdf_response(std::string body, const std::string& filename);
// An XLSX download (200): the workbook's bytes (reports/xlsx_workbook.hpp), saved as `filename` (ASCII).
Response xlsx_response(std::string body, const std::string& filename);
// The error as JSON ({"error":{"code","message"}}) or an error page.
Response error_response(Context& ctx, const Error& error);
Response error_response(Context& ctx, int status, const std::string& code, const std::string& key,
                        const std::map<std::string, std::string>& params = {});
// The translated message of an error.
std::string error_message(const Context& ctx, const Error& error);

// Common view fields for an organisation's pages: org name and id, the member's role flags, navigation.
nlohmann::json org_view(Context& ctx, std::int64_t org_id, Role role);

}  // namespace forkant::web
