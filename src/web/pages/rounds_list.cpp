// An organisation's assessment rounds: state and response counts for everyone with access, and for
// coordinators the form that creates a new round (its POST is round_create.cpp).
#include <algorithm>

#include "render/format.hpp"
#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {

Response rounds_list_page(Context& ctx, std::int64_t org_id, Role role, const nlohmann::json& form,
                          int status) {
  auto& svc = *ctx.app.services().assessment;
  const auto org = ctx.app.services().orgs->find(org_id);
  const int org_k = std::max(kMinAnonymityThreshold, org ? org->min_respondents : kMinAnonymityThreshold);

  nlohmann::json rounds = nlohmann::json::array();
  auto all = svc.rounds(org_id);
  std::sort(all.begin(), all.end(),
            [](const RoundRow& a, const RoundRow& b) { return a.created_at > b.created_at; });
  for (const auto& r : all) {
    int invited = 0, submitted = 0;
    for (const auto& c : svc.group_counts(r.id)) {
      invited += c.invited;
      submitted += c.submitted;
    }
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& g : r.groups) groups.push_back(group_label(ctx, g));
    std::string group_text;
    for (const auto& g : groups) group_text += (group_text.empty() ? "" : ", ") + g.get<std::string>();
    rounds.push_back({{"id", r.id},
                      {"title", r.title},
                      {"state", round_state_label(ctx, r.state)},
                      {"state_class", std::string(round_state_name(r.state))},
                      {"groups", group_text},
                      {"invited", std::to_string(invited)},
                      {"submitted", std::to_string(submitted)},
                      {"created", format_day(r.created_at, ctx.lang)},
                      {"closed", r.state == RoundState::closed}});
  }

  nlohmann::json view{
      {"org", org_view(ctx, org_id, role)}, {"rounds", rounds}, {"has_rounds", !rounds.empty()}};
  if (ctx.query().get("deleted") == "1") view["deleted_message"] = ctx.t("round.deleted");
  if (role_at_least(role, Role::coordinator)) {
    const auto checked = form.value("groups", nlohmann::json::array());
    const bool fresh = !form.contains("title");
    nlohmann::json groups = nlohmann::json::array();
    for (auto g : kStandardGroups) {
      const std::string name(g);
      const bool on = fresh ? (name == "direktion" || name == "chefer")
                            : std::find(checked.begin(), checked.end(), name) != checked.end();
      groups.push_back(
          {{"value", name}, {"label", ctx.t("group." + name)}, {"id", "group-" + name}, {"checked", on}});
    }
    nlohmann::json frameworks = nlohmann::json::array();
    const std::string chosen = form.value("framework", std::string("ti-spoergsmaal"));
    for (const auto& fw : svc.frameworks()) {
      bool seen = false;
      for (const auto& f : frameworks) seen = seen || f["value"] == fw->id;
      if (seen) continue;
      const auto latest = svc.framework_by_key(fw->id);
      frameworks.push_back(
          {{"value", latest->id},
           {"label", ctx.t("rounds.framework_option", {{"title", latest->title.get(ctx.lang)},
                                                       {"version", std::to_string(latest->version)}})},
           {"selected", latest->id == chosen}});
    }
    const std::string error_field = form.value("error_field", std::string());
    nlohmann::json create{
        {"title", form.value("title", std::string())},
        {"other_groups", form.value("other_groups", std::string())},
        {"top_group", form.value("top_group", std::string(kDefaultTopGroup))},
        {"k", form.value("k", std::to_string(org_k))},
        {"k_min", std::to_string(org_k)},
        {"k_hint", ctx.t("rounds.k_hint", {{"min", std::to_string(org_k)}})},
        {"groups", groups},
        {"frameworks", frameworks},
        {"several_frameworks", frameworks.size() > 1},
        {"framework", frameworks.empty() ? std::string() : frameworks[0]["value"].get<std::string>()}};
    if (form.contains("error")) {
      create["error"] = form["error"];
      create["error_href"] = "#" + (error_field.empty() ? std::string("round-title") : error_field);
      std::string field = error_field.empty() ? std::string("title") : error_field.substr(6);
      std::replace(field.begin(), field.end(), '-', '_');
      create["error_" + field] = true;
    }
    view["create"] = create;
  }
  return page(ctx, "rounds_list", view, ctx.t("rounds.title"), status);
}

Response rounds_list(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  return rounds_list_page(ctx, access->org_id, access->role, nlohmann::json::object(), 200);
}

}  // namespace forkant::web::pages
