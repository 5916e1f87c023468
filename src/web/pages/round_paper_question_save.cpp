// Saving one question page of a paper entry, exactly as a respondent's page is saved.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_paper_question_save(Context& ctx) {
  auto entry = paper_entry_in_path(ctx);
  if (!entry) return error_response(ctx, entry.error());
  auto& svc = *ctx.app.services().assessment;
  const std::int64_t user = ctx.user->id;
  auto view = svc.open_paper_entry(entry->round, entry->entry_id, user);
  if (!view) return respondent_refusal(ctx, view.error());
  return respond_question_save_with(
      ctx, paper_surface(ctx, *entry, view->invitation.group), [&] { return view; },
      [&](const AnswersPatch& patch) {
        return svc.save_paper_entry(entry->round, entry->entry_id, user, patch, false);
      });
}

}  // namespace forkant::web::pages
