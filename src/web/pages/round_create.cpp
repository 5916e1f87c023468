// Creating a round from the form on the rounds list. A refused form is shown again with the reason and
// everything the coordinator typed (422); a created round is shown on its own page (303).
#include <set>

#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {
namespace {

// Which field of the form an error of create_round is about (its element id).
std::string field_of(const Error& e) {
  if (e.code == "title_required" || e.code == "title_too_long") return "round-title";
  if (e.code == "threshold_too_low" || e.code == "threshold_too_high" || e.code == "k_invalid")
    return "round-k";
  if (e.code == "unknown_framework") return "round-framework";
  if (e.code == "unknown_top_group") return "round-top-group";
  return "round-groups";
}

}  // namespace

std::vector<std::string> split_groups(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    const auto b = current.find_first_not_of(" \t\r");
    if (b != std::string::npos) out.push_back(current.substr(b, current.find_last_not_of(" \t\r") - b + 1));
    current.clear();
  };
  for (char c : text) {
    if (c == ',' || c == ';' || c == '\n') {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return out;
}

Response round_create(Context& ctx) {
  const auto access = org_in_path(ctx, Role::coordinator);
  if (!access) return error_response(ctx, access.error());
  const auto& form = ctx.form();
  const auto org = ctx.app.services().orgs->find(access->org_id);

  NewRound round;
  round.title = form.get("title");
  round.framework = form.has("framework") ? form.get("framework") : std::string("ti-spoergsmaal");
  nlohmann::json checked = nlohmann::json::array();
  for (const auto& g : form.all("groups")) {
    checked.push_back(g);
    round.groups.push_back(g);
  }
  const std::string other = form.get("other_groups");
  for (auto& g : split_groups(other)) round.groups.push_back(std::move(g));
  const std::string k_text = form.get("k");
  const std::string top_text = form.get("top_group");
  round.top_group = top_text;
  nlohmann::json keep{{"top_group", top_text}, {"title", round.title},  {"framework", round.framework},
                      {"groups", checked},     {"other_groups", other}, {"k", k_text}};

  auto refuse = [&](const Error& e) {
    keep["error"] = error_message(ctx, e);
    keep["error_field"] = field_of(e);
    return rounds_list_page(ctx, access->org_id, access->role, keep, http_status(e));
  };
  const auto k = parse_form_int(k_text);
  if (!k) return refuse(Error::invalid("k_invalid", "rounds.error.k_invalid"));
  round.min_respondents = *k;
  auto id = ctx.app.services().assessment->create_round(access->org_id, org ? org->min_respondents : 3,
                                                        ctx.user->id, round);
  if (!id) return refuse(id.error());
  return redirect("/rounds/" + std::to_string(*id));
}

}  // namespace forkant::web::pages
