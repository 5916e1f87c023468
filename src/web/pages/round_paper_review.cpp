// The review of a paper entry before it is stored, with the paper banner.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_paper_review(Context& ctx) {
  auto entry = paper_entry_in_path(ctx);
  if (!entry) return error_response(ctx, entry.error());
  auto view = ctx.app.services().assessment->open_paper_entry(entry->round, entry->entry_id, ctx.user->id);
  if (!view) return respondent_refusal(ctx, view.error());
  return respond_review_page(ctx, paper_surface(ctx, *entry, view->invitation.group), *view, nullptr, 200);
}

}  // namespace forkant::web::pages
