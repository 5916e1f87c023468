// The confirmation step before a draft round is deleted (coordinators): what goes, and one button.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_delete_confirm(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  if (round.state != RoundState::draft) {
    const Error e = Error::conflict("round_not_draft_delete", "error.round_not_draft_delete");
    return round_detail_page(ctx, round, found->access.role, {{"state_error", error_message(ctx, e)}},
                             http_status(e));
  }
  nlohmann::json view{{"org", org_view(ctx, round.org_id, found->access.role)},
                      {"id", round.id},
                      {"heading", ctx.t("round.delete_confirm_title", {{"title", round.title}})}};
  return page(ctx, "round_delete", view, ctx.t("round.delete_confirm_title", {{"title", round.title}}));
}

}  // namespace forkant::web::pages
