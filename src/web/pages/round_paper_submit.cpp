// Storing a paper entry as a response entered by hand by this coordinator (with its audit entry), then
// back to the round page with a confirmation, ready for the next form. The entry is used up.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_paper_submit(Context& ctx) {
  auto entry = paper_entry_in_path(ctx);
  if (!entry) return error_response(ctx, entry.error());
  auto& svc = *ctx.app.services().assessment;
  auto submitted = svc.save_paper_entry(entry->round, entry->entry_id, ctx.user->id, AnswersPatch{}, true);
  if (submitted) return redirect(round_path(entry->round) + "?entered=1#paper-entered");
  const Error& e = submitted.error();
  auto view = svc.open_paper_entry(entry->round, entry->entry_id, ctx.user->id);
  if (!view) return respondent_refusal(ctx, view.error());
  const RespondSurface surface = paper_surface(ctx, *entry, view->invitation.group);
  return respond_review_page(ctx, surface, *view, submit_error_view(ctx, surface, *view->framework, e),
                             http_status(e));
}

}  // namespace forkant::web::pages
