// The review of a draft before it is completed: every visible question with its answer, by page, each
// with a link back to its page, and the form that completes the assessment.
#include "domain/impact/answer_check.hpp"
#include "domain/impact/condition.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

std::string answer_text(Context& ctx, const Element& e, const AnswerValue& value) {
  auto choice_text = [&](const std::string& v) {
    for (const auto& c : e.choices) {
      if (c.value == v) return c.text.empty() ? v : c.text.in(ctx.lang);
    }
    return v;
  };
  if (const auto* b = std::get_if<bool>(&value)) return ctx.t(*b ? "impact.yes" : "impact.no");
  if (const auto* l = std::get_if<std::vector<std::string>>(&value)) {
    std::string out;
    for (const auto& v : *l) out += (out.empty() ? "" : "; ") + choice_text(v);
    return out;
  }
  return choice_text(std::get<std::string>(value));
}

}  // namespace

Response assessment_review_page(Context& ctx, const OrgAccess& access, const ImpactAssessment& assessment,
                                const std::string& error, int status) {
  auto& impact = *ctx.app.services().impact;
  const auto stored = impact.find_questionnaire(assessment.questionnaire_id);
  const auto loaded = stored ? impact.load(*stored) : nullptr;
  if (!loaded) return error_response(ctx, Error{ErrorKind::internal, "internal", "error.internal", {}});
  const auto& q = loaded->questionnaire;
  const Answers visible = visible_answers(q, assessment.answers);
  const auto pages = visible_pages(q, visible);
  const std::string base = assessment_path(access.org_id, assessment.id);
  nlohmann::json sections = nlohmann::json::array();
  for (std::size_t i = 0; i < pages.size(); ++i) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& ref : all_questions(q)) {
      const auto& e = *ref.element;
      if (ref.page != pages[i] || e.type == ElementType::html || e.type == ElementType::panel) continue;
      if (!question_visible(q, e.name, visible)) continue;
      const auto it = visible.find(e.name);
      rows.push_back({{"title", local_text(ctx, e.title.empty() ? LocalText{{{"en", e.name}}} : e.title)},
                      {"answer", it == visible.end() ? nlohmann::json(nullptr)
                                                     : nlohmann::json(answer_text(ctx, e, it->second))},
                      {"required", e.required}});
    }
    sections.push_back(
        {{"title",
          local_text(ctx, pages[i]->title.empty() ? LocalText{{{"en", pages[i]->name}}} : pages[i]->title)},
         {"path", base + "/pages/" + std::to_string(i + 1)},
         {"rows", rows}});
  }
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"questionnaire", local_text(ctx, q.title)},
                      {"version", stored->version},
                      {"number", assessment.number},
                      {"sections", sections},
                      {"complete_path", base + "/complete"},
                      {"confirm", "complete-" + std::to_string(assessment.id)},
                      {"result_path", base},
                      {"error", or_null(error)}};
  return page(ctx, "impact_review", view, ctx.t("impact.review.title"), status);
}

Response assessment_review(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto assessment = assessment_in_path(ctx, *access);
  if (!assessment) return error_response(ctx, assessment.error());
  if (assessment->completed()) return redirect(assessment_path(access->org_id, assessment->id));
  return assessment_review_page(ctx, *access, *assessment, "", 200);
}

}  // namespace forkant::web::pages
