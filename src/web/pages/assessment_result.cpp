// The result of an assessment: the AIA's score and level under every rule version side by side, the
// findings, the forum that must judge and which finding put it there, the obligations with their
// article, date of application and checklist (each with a form to mark it met), the judgement form
// while a judgement is required and, once recorded, the decision; and the exact questionnaire answered.
#include <algorithm>
#include <cmath>
#include <sstream>

#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

std::string number_text(double v, const std::string& lang) {
  std::ostringstream s;
  if (std::floor(v) == v) {
    s << static_cast<long long>(v);
    return s.str();
  }
  s.precision(2);
  s << std::fixed << v;
  std::string out = s.str();
  if (lang == "da") std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

nlohmann::json finding_title(Context& ctx, const std::vector<Finding>& findings, const std::string& key) {
  for (const auto& f : findings) {
    if (f.key == key) return local_text(ctx, f.title);
  }
  return {{"text", key}, {"lang", nullptr}};
}

}  // namespace

Response assessment_result_page(Context& ctx, const OrgAccess& access, const ImpactAssessment& assessment,
                                const std::string& form, const std::string& error, int status) {
  auto& impact = *ctx.app.services().impact;
  std::optional<int> rule;
  if (const auto r = ctx.query().find("rule")) {
    try {
      rule = std::stoi(*r);
    } catch (const std::exception&) {
      rule = -1;
    }
  }
  auto result = impact.result(assessment, rule);
  if (!result) return error_response(ctx, result.error());
  const auto& r = *result;
  const auto& stored = r.questionnaire->stored;
  const bool can_write = role_at_least(access.role, Role::leader);
  const std::string base = assessment_path(access.org_id, assessment.id);

  nlohmann::json scores = nlohmann::json::array();
  std::string side_by_side;
  for (auto it = r.scores.rbegin(); it != r.scores.rend(); ++it) {
    const auto& s = it->score;
    scores.push_back({{"rule", it->rule},
                      {"stored", it->rule == assessment.rule},
                      {"raw", number_text(s.raw_risk, ctx.lang)},
                      {"max_raw", number_text(s.max_raw_risk, ctx.lang)},
                      {"mitigation", number_text(s.mitigation, ctx.lang)},
                      {"max_mitigation", number_text(s.max_mitigation, ctx.lang)},
                      {"deduction", ctx.t(s.deduction_applied ? "impact.yes" : "impact.no")},
                      {"total", number_text(s.total, ctx.lang)},
                      {"level", s.level}});
    side_by_side += (side_by_side.empty() ? "" : ", ") +
                    ctx.t("impact.result.level_under_rule",
                          {{"level", std::to_string(s.level)}, {"rule", std::to_string(it->rule)}});
  }
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : r.findings) {
    const auto forum = r.routing.each.find(f.key);
    findings.push_back(
        {{"key", f.key},
         {"title", local_text(ctx, f.title)},
         {"source", f.source},
         {"forum", forum == r.routing.each.end()
                       ? nlohmann::json(nullptr)
                       : nlohmann::json(ctx.t("impact.forum." + std::string{to_string(forum->second)}))}});
  }
  nlohmann::json because = nlohmann::json::array();
  for (const auto& key : r.routing.forum_because) because.push_back(finding_title(ctx, r.findings, key));
  const Date today = impact.today();
  nlohmann::json obligations = nlohmann::json::array();
  for (const auto& routed : r.routing.obligations) {
    const auto& o = routed.obligation;
    nlohmann::json checklist = nlohmann::json::array();
    for (const auto& c : o.checklist) checklist.push_back(local_text(ctx, c));
    nlohmann::json by = nlohmann::json::array();
    for (const auto& key : routed.because_of) by.push_back(finding_title(ctx, r.findings, key));
    nlohmann::json v{{"id", o.id},
                     {"title", local_text(ctx, o.title)},
                     {"article", o.article},
                     {"checklist", checklist},
                     {"has_checklist", !checklist.empty()},
                     {"because", by},
                     {"form_id", "met-" + std::to_string(obligations.size())}};
    if (o.applies_from) {
      v["applies_from"] = format_date_text(*o.applies_from, ctx.lang);
      v["not_yet"] = *o.applies_from > today;
    }
    if (const auto met = r.met.find(o.id); met != r.met.end()) {
      v["met"] = {{"on", format_date_text(met->second.met_on, ctx.lang)},
                  {"note", or_null(met->second.note)}};
    } else {
      v["can_mark"] = can_write && assessment.completed();
      if (form == "obligation:" + o.id) v["error"] = error;
    }
    obligations.push_back(v);
  }
  nlohmann::json judgements = nlohmann::json::array();
  for (const auto& j : r.judgements) {
    const auto d = ctx.app.services().decisions->find_decision(j.decision_id);
    if (!d) continue;
    judgements.push_back(
        {{"path", "/orgs/" + std::to_string(access.org_id) + "/decisions/" + std::to_string(d->id)},
         {"title", d->content.title},
         {"kind", kind_label(ctx, d->content.kind)},
         {"decided_on", format_date_text(d->content.decided_on, ctx.lang)}});
  }
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"questionnaire", local_text(ctx, r.questionnaire->questionnaire.title)},
      {"kind", stored.kind},
      {"version", stored.version},
      {"sha256", stored.sha256},
      {"imported_on", format_date_text(utc_day(stored.imported_at), ctx.lang)},
      {"number", assessment.number},
      {"rule", r.rule},
      {"stored_rule", assessment.rule},
      {"other_rule", r.rule != assessment.rule},
      {"completed", assessment.completed()},
      {"completed_on", assessment.completed_at
                           ? nlohmann::json(format_date_text(utc_day(*assessment.completed_at), ctx.lang))
                           : nlohmann::json(nullptr)},
      {"just_completed", ctx.query().get("completed") == "1"},
      {"continue_path", base + "/pages/1"},
      {"review_path", base + "/review"},
      {"can_answer", can_write && !assessment.completed()},
      {"scores", scores},
      {"has_scores", !scores.empty()},
      {"side_by_side", or_null(side_by_side)},
      {"findings", findings},
      {"has_findings", !findings.empty()},
      {"forum", r.routing.forum
                    ? nlohmann::json(ctx.t("impact.forum." + std::string{to_string(*r.routing.forum)}))
                    : nlohmann::json(nullptr)},
      {"because", because},
      {"default_routing", r.default_routing},
      {"routing_path", "/orgs/" + std::to_string(access.org_id) + "/assessments/routing"},
      {"obligations", obligations},
      {"has_obligations", !obligations.empty()},
      {"today", format_iso_date(today)},
      {"judgements", judgements},
      {"has_judgements", !judgements.empty()},
      {"judgement_open", r.judgement_open},
      {"not_latest", assessment.completed() && !r.latest},
      {"can_judge", can_write && r.judgement_open && r.latest},
      {"judgement_error", or_null(form == "judgement" ? error : "")},
      {"base", base},
      {"assessment_id", std::to_string(assessment.id)},
      {"initiative_path", "/orgs/" + std::to_string(access.org_id) + "/initiatives/" +
                              std::to_string(assessment.initiative_id)}};
  if (form == "judgement") {
    view["rationale"] = ctx.form().get("rationale");
  }
  return page(ctx, "impact_result", view, ctx.t("impact.result.title"), status);
}

Response assessment_result(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto assessment = assessment_in_path(ctx, *access);
  if (!assessment) return error_response(ctx, assessment.error());
  return assessment_result_page(ctx, *access, *assessment, "", "", 200);
}

}  // namespace forkant::web::pages
