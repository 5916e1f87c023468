// One question page of a paper entry: the respondent's page with the paper banner.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_paper_question(Context& ctx) {
  auto entry = paper_entry_in_path(ctx);
  if (!entry) return error_response(ctx, entry.error());
  auto view = ctx.app.services().assessment->open_paper_entry(entry->round, entry->entry_id, ctx.user->id);
  if (!view) return respondent_refusal(ctx, view.error());
  const auto* d = dimension_in_path(ctx, *view->framework);
  if (!d) return error_response(ctx, Error::not_found());
  return respond_question_page(ctx, paper_surface(ctx, *entry, view->invitation.group), *view, *d,
                               raw_from_saved(*view->framework, *d, view->answers), {}, 200);
}

}  // namespace forkant::web::pages
