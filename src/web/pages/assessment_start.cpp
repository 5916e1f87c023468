// Starting an assessment of an initiative: the built-in screening (kind=screening) or an AIA from the
// library (kind=aia with its questionnaire). Then to its first page.
#include "web/app.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response assessment_start(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto& impact = *ctx.app.services().impact;
  auto initiative = of_org(ctx, "initiative_id", *access,
                           [&impact](std::int64_t id) { return impact.find_initiative(id); });
  if (!initiative) return error_response(ctx, initiative.error());
  const std::string kind = ctx.form().get("kind");
  Result<std::int64_t> started =
      Error::invalid("unknown_assessment_kind", "error.impact.unknown_assessment_kind");
  if (kind == "screening") {
    started = impact.start_screening(*initiative, ctx.user->id);
  } else if (kind == "aia") {
    const std::string qid = ctx.form().get("questionnaire");
    std::int64_t id = 0;
    try {
      std::size_t used = 0;
      id = std::stoll(qid, &used);
      if (used != qid.size()) id = 0;
    } catch (const std::exception&) {
      id = 0;
    }
    started = id > 0 ? impact.start_aia(*initiative, ctx.user->id, id)
                     : Result<std::int64_t>(
                           Error::invalid("questionnaire_required", "error.impact.questionnaire_required"));
  }
  if (!started) return error_response(ctx, started.error());
  return redirect(assessment_path(access->org_id, *started) + "/pages/1");
}

}  // namespace forkant::web::pages
