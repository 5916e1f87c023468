// Saving the edit form of a draft round. A refused save shows the form again with the reason and what was
// typed (422); an opened or closed round is refused with 409 on the round page.
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {
namespace {

std::string field_of(const Error& e) {
  if (e.code == "title_required" || e.code == "title_too_long") return "edit-title";
  if (e.code == "unknown_top_group") return "edit-top-group";
  if (e.code == "threshold_too_low" || e.code == "threshold_too_high" || e.code == "k_invalid")
    return "edit-k";
  return "edit-groups";
}

}  // namespace

Response round_update(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  const auto& form = ctx.form();
  RoundEdit edit;
  edit.title = form.get("title");
  nlohmann::json checked = nlohmann::json::array();
  for (const auto& g : form.all("groups")) {
    checked.push_back(g);
    edit.groups.push_back(g);
  }
  const std::string other = form.get("other_groups");
  for (auto& g : split_groups(other)) edit.groups.push_back(std::move(g));
  const std::string k_text = form.get("k");
  const std::string top_text = form.get("top_group");
  edit.top_group = top_text;
  nlohmann::json keep{{"title", edit.title},
                      {"groups", checked},
                      {"other_groups", other},
                      {"k", k_text},
                      {"top_group", top_text}};
  auto refuse = [&](const Error& e) {
    if (e.code == "round_not_draft_edit") {
      return round_detail_page(ctx, round, found->access.role, {{"state_error", error_message(ctx, e)}},
                               http_status(e));
    }
    keep["error"] = error_message(ctx, e);
    keep["error_field"] = field_of(e);
    return round_edit_page(ctx, round, keep, http_status(e));
  };
  const auto k = parse_form_int(k_text);
  if (!k) return refuse(Error::invalid("k_invalid", "rounds.error.k_invalid"));
  edit.min_respondents = *k;
  const auto org = ctx.app.services().orgs->find(round.org_id);
  const Status done =
      ctx.app.services().assessment->update_round(round, org ? org->min_respondents : 3, ctx.user->id, edit);
  if (!done) return refuse(done.error());
  return redirect(round_path(round) + "?saved=1");
}

}  // namespace forkant::web::pages
