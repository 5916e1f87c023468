// GET /api/v1/frameworks and /api/v1/frameworks/{id}: the questionnaires rounds can use.
#include "web/api/api.hpp"
#include "web/api/assessment_json.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {

Response list_frameworks(Context& ctx) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& fw : ctx.app.services().assessment->frameworks())
    out.push_back(framework_summary_json(*fw));
  return json_response(200, {{"frameworks", out}});
}

Response get_framework(Context& ctx) {
  const auto fw = ctx.app.services().assessment->framework_by_key(ctx.param("framework_id"));
  if (!fw) return error_response(ctx, Error::not_found("unknown_framework", "error.not_found"));
  return json_response(200, framework_to_json(*fw));
}

}  // namespace forkant::web::api
