// Starting one paper form (coordinators, open rounds): a fresh single-use entry of the chosen group,
// bound to this coordinator, then its first question page.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_paper_create(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const std::string group = ctx.form().get("group");
  auto entry = ctx.app.services().assessment->create_paper_entry(round, group, ctx.user->id);
  if (!entry) {
    return round_detail_page(ctx, round, found->access.role,
                             {{"paper_error", error_message(ctx, entry.error())}, {"paper_group", group}},
                             http_status(entry.error()));
  }
  return redirect(round_path(round) + "/paper/" + std::to_string(*entry) + "/q/1");
}

}  // namespace forkant::web::pages
