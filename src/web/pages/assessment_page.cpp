// One page of an assessment being answered: the questions of the n-th visible page with what is saved
// (radio buttons, checkboxes, a select, text fields, yes/no), html elements as plain text. Texts the
// questionnaire has only in another language (the AIA: English and French) carry that language.
#include "domain/impact/condition.hpp"
#include "web/app.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

bool holds(const Answers& answers, const std::string& name, const std::string& value) {
  const auto it = answers.find(name);
  if (it == answers.end()) return false;
  if (const auto* s = std::get_if<std::string>(&it->second)) return *s == value;
  if (const auto* l = std::get_if<std::vector<std::string>>(&it->second))
    return std::find(l->begin(), l->end(), value) != l->end();
  if (const auto* b = std::get_if<bool>(&it->second)) return (*b ? "true" : "false") == value;
  return false;
}

void add_elements(Context& ctx, const Questionnaire& q, const std::vector<Element>& elements,
                  const Answers& answers, const std::string& error_question, const std::string& error,
                  nlohmann::json& out, int& index) {
  for (const auto& e : elements) {
    if (!condition_holds(e.visible_if, answers)) continue;
    const std::string id = "q-" + std::to_string(index++);
    nlohmann::json v{{"id", id},
                     {"name", e.name},
                     {"field", "q." + e.name},
                     {"title", local_text(ctx, e.title.empty() ? LocalText{{{"en", e.name}}} : e.title)},
                     {"required", e.required}};
    if (!e.description.empty()) v["description"] = local_text(ctx, e.description);
    if (e.name == error_question && !error.empty()) v["error"] = error;
    switch (e.type) {
      case ElementType::panel:
        // Panels are flattened: a heading, then their elements (the templates have no recursion).
        v["panel"] = true;
        out.push_back(v);
        add_elements(ctx, q, e.elements, answers, error_question, error, out, index);
        continue;
      case ElementType::html: {
        auto text = local_text(ctx, e.html);
        text["text"] = html_as_text(text["text"].get<std::string>());
        v["html"] = text;
        break;
      }
      case ElementType::radiogroup:
      case ElementType::checkbox:
      case ElementType::dropdown: {
        nlohmann::json choices = nlohmann::json::array();
        int c = 0;
        for (const auto& choice : e.choices) {
          choices.push_back({{"id", id + "-" + std::to_string(c++)},
                             {"value", choice.value},
                             {"text", local_text(ctx, choice.text.empty() ? LocalText{{{"en", choice.value}}}
                                                                          : choice.text)},
                             {"checked", holds(answers, e.name, choice.value)}});
        }
        v["choices"] = choices;
        v["is_" + std::string{to_string(e.type)}] = true;
        break;
      }
      case ElementType::boolean:
        v["is_boolean"] = true;
        v["yes"] = holds(answers, e.name, "true");
        v["no"] = holds(answers, e.name, "false");
        break;
      case ElementType::comment:
      case ElementType::text: {
        const auto it = answers.find(e.name);
        const auto* s = it == answers.end() ? nullptr : std::get_if<std::string>(&it->second);
        v["value"] = s ? *s : "";
        v["is_" + std::string{to_string(e.type)}] = true;
        break;
      }
    }
    out.push_back(v);
  }
}

}  // namespace

Response assessment_page_page(Context& ctx, const OrgAccess& access, const ImpactAssessment& assessment,
                              int n, const Answers& answers, const std::string& error_question,
                              const std::string& error, int status) {
  auto& impact = *ctx.app.services().impact;
  const auto stored = impact.find_questionnaire(assessment.questionnaire_id);
  const auto loaded = stored ? impact.load(*stored) : nullptr;
  if (!loaded) return error_response(ctx, Error{ErrorKind::internal, "internal", "error.internal", {}});
  const auto pages = visible_pages(loaded->questionnaire, answers);
  if (n < 1 || n > static_cast<int>(pages.size())) return error_response(ctx, Error::not_found());
  const Page& this_page = *pages[static_cast<std::size_t>(n) - 1];
  nlohmann::json elements = nlohmann::json::array();
  int index = 0;
  add_elements(ctx, loaded->questionnaire, this_page.elements, answers, error_question, error, elements,
               index);
  std::string shown;
  for (const auto& ref : all_questions(loaded->questionnaire)) {
    if (ref.page == &this_page && ref.element->type != ElementType::html &&
        ref.element->type != ElementType::panel &&
        question_visible(loaded->questionnaire, ref.element->name, answers))
      shown += (shown.empty() ? "" : "\n") + ref.element->name;
  }
  const std::string base = assessment_path(access.org_id, assessment.id);
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"questionnaire", local_text(ctx, loaded->questionnaire.title)},
      {"version", stored->version},
      {"number", assessment.number},
      {"page_title",
       local_text(ctx, this_page.title.empty() ? LocalText{{{"en", this_page.name}}} : this_page.title)},
      {"n", n},
      {"count", pages.size()},
      {"elements", elements},
      {"shown", shown},
      {"action", base + "/pages/" + std::to_string(n)},
      {"review_path", base + "/review"},
      {"result_path", base},
      {"error", or_null(error)},
      {"error_question", or_null(error_question)}};
  if (n > 1) view["previous_path"] = base + "/pages/" + std::to_string(n - 1);
  const std::string title =
      ctx.t("impact.answer.title", {{"n", std::to_string(n)}, {"count", std::to_string(pages.size())}});
  return page(ctx, "impact_page", view, title, status);
}

Response assessment_page(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto assessment = assessment_in_path(ctx, *access);
  if (!assessment) return error_response(ctx, assessment.error());
  if (assessment->completed()) return redirect(assessment_path(access->org_id, assessment->id));
  const auto n = ctx.id_param("n");
  if (!n || *n > 10000) return error_response(ctx, Error::not_found());
  return assessment_page_page(ctx, *access, *assessment, static_cast<int>(*n), assessment->answers, "", "",
                              200);
}

}  // namespace forkant::web::pages
