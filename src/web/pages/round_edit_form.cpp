// The edit form of a draft round (coordinators): title, groups, top management's group and k, filled in from
// the round or, after a refused save, from what was typed. Its fields are this form's own (the create form on
// the rounds list has its own), so a field added to rounds later is added to both.
#include <algorithm>

#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response round_edit_page(Context& ctx, const RoundRow& round, const nlohmann::json& form, int status) {
  const auto org = ctx.app.services().orgs->find(round.org_id);
  const int org_k = std::max(kMinAnonymityThreshold, org ? org->min_respondents : kMinAnonymityThreshold);
  const bool fresh = !form.contains("title");
  std::vector<std::string> checked;
  std::string other;
  if (fresh) {
    for (const auto& g : round.groups) {
      const bool standard =
          std::find(std::begin(kStandardGroups), std::end(kStandardGroups), g) != std::end(kStandardGroups);
      if (standard) {
        checked.push_back(g);
      } else {
        other += (other.empty() ? "" : ", ") + g;
      }
    }
  } else {
    checked = form.value("groups", std::vector<std::string>{});
    other = form.value("other_groups", std::string());
  }
  nlohmann::json groups = nlohmann::json::array();
  for (auto g : kStandardGroups) {
    const std::string name(g);
    groups.push_back({{"value", name},
                      {"label", ctx.t("group." + name)},
                      {"id", "edit-group-" + name},
                      {"checked", std::find(checked.begin(), checked.end(), name) != checked.end()}});
  }
  const std::string error_field = form.value("error_field", std::string());
  nlohmann::json view{{"org", org_view(ctx, round.org_id, Role::coordinator)},
                      {"id", round.id},
                      {"round_title", round.title},
                      {"title", fresh ? round.title : form.value("title", std::string())},
                      {"other_groups", other},
                      {"k", fresh ? std::to_string(round.k) : form.value("k", std::string())},
                      {"top_group", fresh ? round.top_group : form.value("top_group", std::string())},
                      {"k_min", std::to_string(org_k)},
                      {"k_hint", ctx.t("rounds.k_hint", {{"min", std::to_string(org_k)}})},
                      {"groups", groups}};
  if (form.contains("error")) {
    view["error"] = form["error"];
    view["error_href"] = "#" + (error_field.empty() ? std::string("edit-title") : error_field);
    view["error_title"] = error_field == "edit-title";
    view["error_k"] = error_field == "edit-k";
    view["error_groups"] = error_field == "edit-groups";
    view["error_top_group"] = error_field == "edit-top-group";
  }
  return page(ctx, "round_edit", view, ctx.t("round.edit_title", {{"title", round.title}}), status);
}

Response round_edit_form(Context& ctx) {
  auto found = round_in_path(ctx, Role::coordinator);
  if (!found) return error_response(ctx, found.error());
  const RoundRow& round = found->object;
  if (round.state != RoundState::draft) {
    const Error e = Error::conflict("round_not_draft_edit", "error.round_not_draft_edit");
    return round_detail_page(ctx, round, found->access.role, {{"state_error", error_message(ctx, e)}},
                             http_status(e));
  }
  return round_edit_page(ctx, round, nlohmann::json::object(), 200);
}

}  // namespace forkant::web::pages
