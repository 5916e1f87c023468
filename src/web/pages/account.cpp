// The account: per question of the ten and over a chosen period, what management decided, what it
// deliberately did not pursue and why, what it postponed, and what it learned from its steps. Written
// for politicians and the public; printable; downloaded as CSV and JSON (account_csv.cpp, account_json.cpp).
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

nlohmann::json entries(const std::vector<Decision>& decisions) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : decisions) {
    out.push_back({{"title", d.content.title},
                   {"rationale", d.content.rationale},
                   {"alternatives", or_null(d.content.alternatives)},
                   {"body", d.content.body},
                   {"decided_on", format_iso_date(d.content.decided_on)},
                   {"superseded", d.is_superseded()}});
  }
  return out;
}

}  // namespace

Response account(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto loaded = load_account(ctx, access->org_id);
  if (!loaded) return error_response(ctx, loaded.error());
  const auto& [range, acc] = *loaded;
  nlohmann::json questions = nlohmann::json::array();
  int shown = 0;
  for (const auto& q : acc.questions) {
    const bool empty = q.decided.empty() && q.deselected.empty() && q.postponed.empty() && q.lessons.empty();
    nlohmann::json lessons = nlohmann::json::array();
    for (const auto& l : q.lessons) {
      lessons.push_back({{"goal", l.goal_title},
                         {"hypothesis", l.hypothesis},
                         {"learned", l.learned},
                         {"result", l.result},
                         {"verdict", ctx.t("verdict." + std::string{to_string(l.verdict)})},
                         {"evaluated_on", format_iso_date(l.evaluated_on)}});
    }
    if (!empty) ++shown;
    questions.push_back({{"label", question_label(ctx, q.question)},
                         {"empty", empty},
                         {"decided", entries(q.decided)},
                         {"has_decided", !q.decided.empty()},
                         {"deselected", entries(q.deselected)},
                         {"has_deselected", !q.deselected.empty()},
                         {"postponed", entries(q.postponed)},
                         {"has_postponed", !q.postponed.empty()},
                         {"lessons", lessons},
                         {"has_lessons", !lessons.empty()}});
  }
  const std::string from = format_iso_date(range.from), to = format_iso_date(range.to);
  const std::string base = "/orgs/" + std::to_string(access->org_id) + "/account";
  nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                      {"from", from},
                      {"to", to},
                      {"intro", ctx.t("account.intro", {{"from", from}, {"to", to}})},
                      {"questions", questions},
                      {"nothing", shown == 0},
                      {"csv", base + ".csv?from=" + from + "&to=" + to},
                      {"json", base + ".json?from=" + from + "&to=" + to}};
  return page(ctx, "account", view, ctx.t("account.title"));
}

}  // namespace forkant::web::pages
