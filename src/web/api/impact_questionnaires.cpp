// The questionnaire library in the API: list, and import a SurveyJS file sent as the request body.
#include "render/format.hpp"
#include "services/impact.hpp"
#include "web/access.hpp"
#include "web/api/impact_api.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

nlohmann::json questionnaire_json(const StoredQuestionnaire& q) {
  return {{"id", q.id},
          {"kind", q.kind},
          {"version", q.version},
          {"title", q.title},
          {"format", std::string{to_string(q.format)}},
          {"sha256", q.sha256},
          {"imported_by", q.imported_by ? nlohmann::json(*q.imported_by) : nlohmann::json(nullptr)},
          {"imported_at", format_timestamp(q.imported_at)}};
}

}  // namespace

Response list_impact_questionnaires(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& q : ctx.app.services().impact->questionnaires(access->org_id))
    out.push_back(questionnaire_json(q));
  return json_response(200, {{"questionnaires", out}});
}

Response import_impact_questionnaire(Context& ctx) {
  const auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  const auto ct = ctx.req.header("content-type").value_or("");
  if (!ct.starts_with("application/json")) {
    return error_response(ctx, 415, "unsupported_media_type", "error.unsupported_media_type");
  }
  auto& impact = *ctx.app.services().impact;
  auto id =
      impact.import_questionnaire(access->org_id, ctx.user->id, ctx.req.body, ctx.query().get("version"));
  if (!id) return error_response(ctx, id.error());
  return json_response(201, questionnaire_json(*impact.find_questionnaire(*id)));
}

}  // namespace forkant::web::api
