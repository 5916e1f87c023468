// Completing an assessment. The form names the assessment it completes ("complete-<id>"): a replayed or
// altered form completes nothing by accident.
#include "web/app.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response assessment_complete(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto assessment = assessment_in_path(ctx, *access);
  if (!assessment) return error_response(ctx, assessment.error());
  if (ctx.form().get("confirm") != "complete-" + std::to_string(assessment->id)) {
    return assessment_review_page(ctx, *access, *assessment, ctx.t("error.impact.confirm_mismatch"), 422);
  }
  auto done = ctx.app.services().impact->complete(*assessment, ctx.user->id);
  if (!done) {
    if (done.error().kind == ErrorKind::conflict) return error_response(ctx, done.error());
    return assessment_review_page(ctx, *access, *assessment, error_message(ctx, done.error()),
                                  http_status(done.error()));
  }
  return redirect(assessment_path(access->org_id, assessment->id) + "?completed=1");
}

}  // namespace forkant::web::pages
