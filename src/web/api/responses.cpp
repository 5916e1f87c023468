// A respondent's own answers through their private link: GET to resume, PUT to save and submit.
// No account: the token in the path is the key; nothing here is logged with it (the log writes the
// route pattern).
#include "formats/answers_json.hpp"
#include "web/api/api.hpp"
#include "web/api/json_body.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

nlohmann::json response_json(const RespondentView& v) {
  return {{"round",
           {{"id", v.round.id},
            {"title", v.round.title},
            {"framework", v.round.framework_key},
            {"framework_version", v.round.framework_version}}},
          {"group", v.invitation.group},
          {"state", v.invitation.state},
          {"answers", v.answers.values},
          {"comments", v.answers.comments},
          {"purposes", v.answers.purposes}};
}

}  // namespace

Response get_response(Context& ctx) {
  auto view = ctx.app.services().assessment->open_link(ctx.param("token"));
  if (!view) return error_response(ctx, view.error());
  return json_response(200, response_json(*view));
}

Response put_response(Context& ctx) {
  auto body = parse_json_object(ctx.req);
  if (!body) return error_response(ctx, body.error());
  FieldReader f(*body);
  const auto* answers = f.any("answers", false);
  const auto* comments = f.any("comments", false);
  const auto* purposes = f.any("purposes", false);
  const bool submit = f.boolean("submit", false).value_or(false);
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto patch = patch_from_json(answers, comments, purposes);
  if (!patch) return error_response(ctx, patch.error());
  auto saved = ctx.app.services().assessment->save_answers(ctx.param("token"), *patch, submit);
  if (!saved) return error_response(ctx, saved.error());
  return json_response(200, response_json(*saved));
}

}  // namespace forkant::web::api
