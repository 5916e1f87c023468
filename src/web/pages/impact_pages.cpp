// What the impact-assessment pages share: the assessment in the path, texts in the page's language (or
// marked with the language they are in), html elements as plain text, the visible pages, and the
// assessments section of an initiative's page.
#include "web/pages/impact_pages.hpp"

#include <algorithm>

#include "domain/impact/condition.hpp"
#include "render/format.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

Result<ImpactAssessment> assessment_in_path(Context& ctx, const OrgAccess& access) {
  auto* impact = ctx.app.services().impact;
  return of_org(ctx, "assessment_id", access,
                [impact](std::int64_t id) { return impact->find_assessment(id); });
}

std::string assessment_path(std::int64_t org_id, std::int64_t assessment_id) {
  return "/orgs/" + std::to_string(org_id) + "/assessments/" + std::to_string(assessment_id);
}

nlohmann::json local_text(const Context& ctx, const LocalText& text) {
  const std::string& shown = text.in(ctx.lang);
  nlohmann::json lang = nullptr;
  if (!text.by_lang.count(ctx.lang)) {
    for (const auto& [code, t] : text.by_lang) {
      if (&t == &shown) lang = code;
    }
  }
  return {{"text", shown}, {"lang", lang}};
}

std::string html_as_text(const std::string& html) {
  std::string out;
  bool in_tag = false;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (in_tag) {
      if (c == '>') {
        in_tag = false;
        out += ' ';
      }
      continue;
    }
    if (c == '<') {
      in_tag = true;
      continue;
    }
    if (c == '&') {
      static constexpr std::pair<const char*, const char*> kEntities[] = {
          {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "}};
      bool replaced = false;
      for (const auto& [entity, text] : kEntities) {
        if (html.compare(i, std::char_traits<char>::length(entity), entity) == 0) {
          out += text;
          i += std::char_traits<char>::length(entity) - 1;
          replaced = true;
          break;
        }
      }
      if (replaced) continue;
    }
    out += c;
  }
  // Runs of white space as one space.
  std::string collapsed;
  for (const char c : out) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

std::vector<const Page*> visible_pages(const Questionnaire& questionnaire, const Answers& answers) {
  std::vector<const Page*> out;
  for (const auto& page : questionnaire.pages) {
    if (page_visible(page, answers)) out.push_back(&page);
  }
  return out;
}

std::string assessments_section_html(Context& ctx, const OrgAccess& access, const Initiative& initiative,
                                     const std::string& error) {
  auto& impact = *ctx.app.services().impact;
  const std::string base = "/orgs/" + std::to_string(access.org_id);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& a : impact.assessments(access.org_id, initiative.id)) {
    const auto q = impact.find_questionnaire(a.questionnaire_id);
    nlohmann::json row{{"title", q ? q->title : a.kind},
                       {"version", q ? q->version : ""},
                       {"number", a.number},
                       {"completed", a.completed()},
                       {"status", ctx.t("impact.status." + std::string{to_string(a.status)})},
                       {"path", assessment_path(access.org_id, a.id)}};
    if (a.completed_at) row["completed_on"] = format_date_text(utc_day(*a.completed_at), ctx.lang);
    if (a.completed()) {
      if (auto r = impact.result(a); r && r->routing.forum) {
        row["forum"] = ctx.t("impact.forum." + std::string{to_string(*r->routing.forum)});
        row["judgement_open"] = r->judgement_open;
      }
    }
    rows.push_back(row);
  }
  nlohmann::json aias = nlohmann::json::array();
  for (const auto& q : impact.questionnaires(access.org_id)) {
    if (q.format == QuestionnaireFormat::surveyjs)
      aias.push_back({{"id", q.id}, {"title", q.title}, {"version", q.version}});
  }
  nlohmann::json open = nlohmann::json::array();
  for (const auto& item : impact.open_items(access.org_id, initiative.id, ctx.lang)) {
    open.push_back({{"title", item.title}, {"path", assessment_path(access.org_id, item.assessment_id)}});
  }
  const bool can_write = role_at_least(access.role, Role::leader);
  nlohmann::json view{{"csrf", ctx.csrf_token},
                      {"assessments", rows},
                      {"has_assessments", !rows.empty()},
                      {"open", open},
                      {"has_open", !open.empty()},
                      {"start_path", base + "/initiatives/" + std::to_string(initiative.id) + "/assessments"},
                      {"library_path", base + "/assessments/questionnaires"},
                      {"can_start", can_write},
                      {"aias", aias},
                      {"has_aias", !aias.empty()},
                      {"error", or_null(error)}};
  return ctx.app.templates().render("impact_section", view, ctx.lang);
}

}  // namespace forkant::web::pages
