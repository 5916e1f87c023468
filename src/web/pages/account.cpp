// The report of choices and decisions not to pursue ("Redegørelse for valg og fravalg"; the code and the
// URL still call it the account): per question of the ten and over a chosen period, what management
// decided, what it deliberately did not pursue and why, what it postponed, and what it learned from its
// steps, each item linked to its decision, with the question's latest score (the whole round's shown score
// of the latest closed round, the round named) beside it. Written for politicians and the public;
// printable; downloaded as CSV and JSON (account_csv.cpp, account_json.cpp).
#include "render/format.hpp"
#include "render/i18n.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/latest_round.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

nlohmann::json entries(const std::string& lang, const std::string& base,
                       const std::vector<Decision>& decisions) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : decisions) {
    out.push_back({{"title", d.content.title},
                   {"href", base + "/decisions/" + std::to_string(d.id)},
                   {"rationale", d.content.rationale},
                   {"alternatives", or_null(d.content.alternatives)},
                   {"body", d.content.body},
                   {"decided_on", format_date_text(d.content.decided_on, lang)},
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
  const std::string org_base = "/orgs/" + std::to_string(access->org_id);
  const auto latest = latest_closed_results(ctx, access->org_id);
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
                         {"evaluated_on", format_date_text(l.evaluated_on, ctx.lang)}});
    }
    if (!empty) ++shown;
    nlohmann::json score;  // null without a closed round
    if (latest) {
      const auto value = whole_round_score(*latest, q.question);
      score = ctx.t(
          value ? "account.latest_score" : "account.latest_score_none",
          {{"score", value ? format_decimal(*value, 2, ctx.lang) : ""}, {"round", latest->round.title}});
    }
    questions.push_back(
        {{"label", question_label(ctx, q.question)},
         {"score", score},
         {"round_href", latest ? "/rounds/" + std::to_string(latest->round.id) + "/results" : ""},
         {"empty", empty},
         {"decided", entries(ctx.lang, org_base, q.decided)},
         {"has_decided", !q.decided.empty()},
         {"deselected", entries(ctx.lang, org_base, q.deselected)},
         {"has_deselected", !q.deselected.empty()},
         {"postponed", entries(ctx.lang, org_base, q.postponed)},
         {"has_postponed", !q.postponed.empty()},
         {"lessons", lessons},
         {"has_lessons", !lessons.empty()}});
  }
  const std::string from = format_iso_date(range.from), to = format_iso_date(range.to);
  const std::string base = "/orgs/" + std::to_string(access->org_id) + "/account";
  nlohmann::json view{{"org", org_view(ctx, access->org_id, access->role)},
                      {"from", from},
                      {"to", to},
                      {"intro", ctx.t("account.intro", {{"from", format_date_text(range.from, ctx.lang)},
                                                        {"to", format_date_text(range.to, ctx.lang)}})},
                      {"questions", questions},
                      {"nothing", shown == 0},
                      {"csv", base + ".csv?from=" + from + "&to=" + to},
                      {"json", base + ".json?from=" + from + "&to=" + to}};
  return page(ctx, "account", view, ctx.t("account.title"));
}

}  // namespace forkant::web::pages
