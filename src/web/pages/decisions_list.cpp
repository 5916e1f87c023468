// The decision register of an organisation: every decision, deselection and postponement, searched in
// full text (title, rationale, alternatives, notes), filtered by kind, question, owner, deciding body and
// period, and sorted by any column through GET links and a GET form (so a view of the register can be
// linked). Kinds are told apart by symbol and word, overdue reviews by word, not by colour alone.
#include <array>

#include "domain/decisions/decision_filter.hpp"
#include "render/format.hpp"
#include "services/radar.hpp"
#include "web/app.hpp"
#include "web/forms.hpp"
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

// The column headers: each a link that sorts by it (the same column again turns the direction), with
// aria-sort on the one the list is sorted by.
nlohmann::json sort_headers(Context& ctx, const std::string& base, const Form& q,
                            const DecisionFilter& filter) {
  std::string kept;
  for (const char* name : {"q", "kind", "question", "owner", "body", "from", "to"}) {
    const auto value = q.get(name);
    if (!value.empty()) kept += std::string(name) + "=" + encode_query_value(value) + "&";
  }
  static constexpr std::array<std::pair<DecisionSort, const char*>, 5> kColumns{
      {{DecisionSort::date, "decision.field.decided_on"},
       {DecisionSort::kind, "decision.field.kind"},
       {DecisionSort::title, "decision.field.title"},
       {DecisionSort::question, "decision.field.questions"},
       {DecisionSort::review, "register.column.review"}}};
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [sort, key] : kColumns) {
    const bool active = filter.sort == sort;
    // A new column starts in its natural direction: newest date first, everything else ascending.
    const bool next_descending = active ? !filter.descending : sort == DecisionSort::date;
    const std::string name{to_string(sort)};
    out.push_back(
        {{"label", ctx.t(key)},
         {"href", base + "?" + kept + "sort=" + name + "&dir=" + (next_descending ? "desc" : "asc")},
         {"aria_sort", active ? (filter.descending ? "descending" : "ascending") : "none"},
         {"active", active},
         {"arrow", active ? (filter.descending ? "▼" : "▲") : ""},
         {"state", active ? ctx.t(filter.descending ? "register.sorted.desc" : "register.sorted.asc")
                          : ctx.t("register.sort_by")}});
  }
  return out;
}

}  // namespace

Response decisions_list(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const auto& q = ctx.query();
  // The same parser as the API: a filter it refuses is refused here too, with the form and the reason.
  const auto filter =
      parse_decision_filter({q.get("kind"), q.get("question"), q.get("owner"), q.get("body"), q.get("from"),
                             q.get("to"), q.get("q"), q.get("sort"), q.get("dir")});

  auto& svc = *ctx.app.services().decisions;
  const auto names = member_names(ctx, access->org_id);
  const Date today = svc.today();
  std::array<std::string, 11> question_names;
  for (int n = 1; n <= 10; ++n) question_names[n] = question_label(ctx, n);
  const std::string base = "/orgs/" + std::to_string(access->org_id) + "/decisions";
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& d : filter ? svc.list_decisions(access->org_id, *filter) : std::vector<Decision>{}) {
    nlohmann::json questions = nlohmann::json::array();
    for (const int n : d.content.questions) {
      if (n >= 1 && n <= 10) questions.push_back(question_names[n]);
    }
    const auto owner = names.find(d.content.owner_user_id);
    const auto& review = d.content.review_on;
    rows.push_back({{"id", d.id},
                    {"title", d.content.title},
                    {"kind", std::string{to_string(d.content.kind)}},
                    {"kind_label", kind_label(ctx, d.content.kind)},
                    {"questions", questions},
                    {"owner", owner == names.end() ? "" : owner->second},
                    {"body", d.content.body},
                    {"decided_on", format_date_table(d.content.decided_on, ctx.lang)},
                    {"review_on", or_null(review ? format_date_table(*review, ctx.lang) : "")},
                    {"reviewed", review && d.reviewed_on.has_value()},
                    {"review_overdue", is_review_overdue(d, today)},
                    {"superseded", d.is_superseded()}});
  }
  std::vector<std::pair<std::string, std::string>> kinds{{"", ctx.t("decision.filter.all")}};
  for (const auto k : {DecisionKind::decided, DecisionKind::deselected, DecisionKind::postponed}) {
    kinds.emplace_back(std::string{to_string(k)}, kind_label(ctx, k));
  }
  std::vector<std::pair<std::string, std::string>> questions{{"", ctx.t("decision.filter.all")}};
  for (int n = 1; n <= 10; ++n) questions.emplace_back(std::to_string(n), question_names[n]);
  std::vector<std::pair<std::string, std::string>> owners{{"", ctx.t("decision.filter.all")}};
  for (const auto& [id, name] : names) owners.emplace_back(std::to_string(id), name);
  std::vector<std::pair<std::string, std::string>> bodies{{"", ctx.t("decision.filter.all")}};
  for (const auto& b : svc.decision_bodies(access->org_id)) bodies.emplace_back(b, b);

  nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                      {"can_write", role_at_least(access->role, Role::leader)},
                      {"rows", rows},
                      {"empty", rows.empty()},
                      {"count", std::to_string(rows.size())},
                      {"search", q.get("q")},
                      {"searching", filter && filter->search.has_value()},
                      {"max_search", std::to_string(kMaxSearchChars)},
                      {"sort", q.get("sort")},
                      {"dir", q.get("dir")},
                      {"headers", sort_headers(ctx, base, q, filter ? *filter : DecisionFilter{})},
                      {"kinds", options(kinds, q.get("kind"))},
                      {"questions", options(questions, q.get("question"))},
                      {"owners", options(owners, q.get("owner"))},
                      {"bodies", options(bodies, q.get("body"))},
                      {"from", q.get("from")},
                      {"to", q.get("to")}};
  // Holds on the technology radar are deliberate non-choices too ("not for new initiatives"): listed
  // beside the deselections when the register shows them (issue 17, docs/radar.md).
  nlohmann::json holds = nlohmann::json::array();
  if (ctx.app.services().radar && (q.get("kind").empty() || q.get("kind") == "deselected") &&
      q.get("q").empty()) {
    auto& radar = *ctx.app.services().radar;
    for (const RadarEntry& e : radar.holds(access->org_id)) {
      holds.push_back(
          {{"name", e.content.name},
           {"href", "/orgs/" + std::to_string(access->org_id) + "/radar#entry-" + std::to_string(e.id)},
           {"since", format_date_text(e.content.hold->since, ctx.lang)},
           {"revisit", format_date_text(e.content.hold->revisit_on, ctx.lang)},
           {"due", hold_due(e.content, radar.today())},
           {"reason", e.content.hold->reason}});
    }
  }
  view["radar_holds"] = holds;
  view["has_radar_holds"] = !holds.empty();
  if (!filter) {
    view["filter_error"] = error_message(ctx, filter.error());
    view["invalid_" + filter.error().params.at("field")] = true;
    return page(ctx, "decisions_list", view, ctx.t("decision.list.title"), http_status(filter.error()));
  }
  return page(ctx, "decisions_list", view, ctx.t("decision.list.title"));
}

}  // namespace forkant::web::pages
