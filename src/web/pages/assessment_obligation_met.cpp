// Marking an obligation of an assessment met, with the day and a note.
#include "web/app.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Response assessment_obligation_met(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto assessment = assessment_in_path(ctx, *access);
  if (!assessment) return error_response(ctx, assessment.error());
  const auto& form = ctx.form();
  const std::string obligation = form.get("obligation");
  const auto met_on = parse_iso_date(form.get("met_on"));
  if (!met_on) {
    return assessment_result_page(ctx, *access, *assessment, "obligation:" + obligation,
                                  ctx.t("error.invalid_date", {{"field", ctx.t("impact.obligation.met_on")}}),
                                  422);
  }
  auto met = ctx.app.services().impact->mark_obligation_met(*assessment, ctx.user->id, obligation, *met_on,
                                                            form.get("note"));
  if (!met) {
    return assessment_result_page(ctx, *access, *assessment, "obligation:" + obligation,
                                  error_message(ctx, met.error()), http_status(met.error()));
  }
  return redirect(assessment_path(access->org_id, assessment->id) + "#obligations");
}

}  // namespace forkant::web::pages
