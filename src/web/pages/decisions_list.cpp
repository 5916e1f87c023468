// The decision register of an organisation: every decision, deselection and postponement, filtered by
// kind, question, owner, deciding body and period through a GET form (so a filtered list can be linked).
#include "domain/decisions/decision_filter.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

nlohmann::json options(const std::vector<std::pair<std::string, std::string>>& values,
                       const std::string& chosen) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [value, label] : values)
    out.push_back({{"value", value}, {"label", label}, {"selected", value == chosen}});
  return out;
}

}  // namespace

Response decisions_list(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto& q = ctx.query();
  // The same parser as the API: a filter it refuses is refused here too, with the form and the reason.
  const auto filter = parse_decision_filter(
      {q.get("kind"), q.get("question"), q.get("owner"), q.get("body"), q.get("from"), q.get("to")});

  auto& svc = *ctx.app.services().decisions;
  const auto all = svc.all_decisions(access->org_id);
  const auto names = member_names(ctx, access->org_id);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& d : filter ? filter_decisions(all, *filter) : std::vector<Decision>{}) {
    std::string questions;
    for (const int n : d.content.questions) questions += (questions.empty() ? "" : ", ") + std::to_string(n);
    const auto owner = names.find(d.content.owner_user_id);
    rows.push_back({{"id", d.id},
                    {"title", d.content.title},
                    {"kind", std::string{to_string(d.content.kind)}},
                    {"kind_label", kind_label(ctx, d.content.kind)},
                    {"questions", questions},
                    {"owner", owner == names.end() ? "" : owner->second},
                    {"body", d.content.body},
                    {"decided_on", format_iso_date(d.content.decided_on)},
                    {"superseded", d.is_superseded()}});
  }
  std::vector<std::pair<std::string, std::string>> kinds{{"", ctx.t("decision.filter.all")}};
  for (const auto k : {DecisionKind::decided, DecisionKind::deselected, DecisionKind::postponed}) {
    kinds.emplace_back(std::string{to_string(k)}, kind_label(ctx, k));
  }
  std::vector<std::pair<std::string, std::string>> questions{{"", ctx.t("decision.filter.all")}};
  for (int n = 1; n <= 10; ++n) questions.emplace_back(std::to_string(n), question_label(ctx, n));
  std::vector<std::pair<std::string, std::string>> owners{{"", ctx.t("decision.filter.all")}};
  for (const auto& [id, name] : names) owners.emplace_back(std::to_string(id), name);
  std::vector<std::pair<std::string, std::string>> bodies{{"", ctx.t("decision.filter.all")}};
  for (const auto& b : distinct_bodies(all)) bodies.emplace_back(b, b);

  nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                      {"can_write", role_at_least(access->role, Role::leader)},
                      {"rows", rows},
                      {"empty", rows.empty()},
                      {"count", std::to_string(rows.size())},
                      {"kinds", options(kinds, q.get("kind"))},
                      {"questions", options(questions, q.get("question"))},
                      {"owners", options(owners, q.get("owner"))},
                      {"bodies", options(bodies, q.get("body"))},
                      {"from", q.get("from")},
                      {"to", q.get("to")}};
  if (!filter) {
    view["filter_error"] = error_message(ctx, filter.error());
    view["invalid_" + filter.error().params.at("field")] = true;
    return page(ctx, "decisions_list", view, ctx.t("decision.list.title"), http_status(filter.error()));
  }
  return page(ctx, "decisions_list", view, ctx.t("decision.list.title"));
}

}  // namespace forkant::web::pages
