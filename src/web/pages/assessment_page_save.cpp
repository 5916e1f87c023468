// Saving one page of an assessment and going on: to the same page when an answer made more of its
// questions visible (there is no JavaScript to show them at once), else to the next visible page, or to
// the review after the last. A refused answer shows the page again, naming the question, and saves
// nothing of the page.
#include <sstream>

#include "domain/impact/condition.hpp"
#include "web/app.hpp"
#include "web/pages/impact_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

}  // namespace

Response assessment_page_save(Context& ctx) {
  auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  auto assessment = assessment_in_path(ctx, *access);
  if (!assessment) return error_response(ctx, assessment.error());
  const auto n = ctx.id_param("n");
  if (!n || *n > 10000) return error_response(ctx, Error::not_found());
  auto& impact = *ctx.app.services().impact;
  const auto stored = impact.find_questionnaire(assessment->questionnaire_id);
  const auto loaded = stored ? impact.load(*stored) : nullptr;
  if (!loaded) return error_response(ctx, Error{ErrorKind::internal, "internal", "error.internal", {}});
  const auto& q = loaded->questionnaire;
  const auto& form = ctx.form();
  std::map<std::string, ElementType> types;
  for (const auto& ref : all_questions(q)) types.emplace(ref.element->name, ref.element->type);

  Answers patch;
  for (const auto& name : lines(form.get("shown"))) {
    const auto type = types.find(name);
    if (type == types.end()) {
      patch[name] = std::string{};  // refused by the service as an unknown question
      continue;
    }
    const std::string field = "q." + name;
    switch (type->second) {
      case ElementType::checkbox:
        patch[name] = form.all(field);
        break;
      case ElementType::boolean: {
        const std::string v = form.get(field);
        if (v == "true" || v == "false") {
          patch[name] = v == "true";
        } else {
          patch[name] = v;  // "" clears; anything else is refused as not a yes/no
        }
        break;
      }
      default:
        patch[name] = form.get(field);
    }
  }
  // A stray value for yes/no is refused here, naming the question, as the service refuses the others.
  for (const auto& [name, value] : patch) {
    const auto* s = std::get_if<std::string>(&value);
    const auto type = types.find(name);
    if (s && !s->empty() && type != types.end() && type->second == ElementType::boolean) {
      Answers typed = assessment->answers;
      for (const auto& [k, v] : patch) typed[k] = v;
      return assessment_page_page(ctx, *access, *assessment, static_cast<int>(*n), typed, name,
                                  ctx.t("error.impact_answer_type", {{"question", name}}), 422);
    }
  }
  auto saved = impact.save_answers(*assessment, ctx.user->id, patch);
  if (!saved) {
    Answers typed = assessment->answers;
    for (const auto& [k, v] : patch) typed[k] = v;
    const auto question = saved.error().params.count("question") ? saved.error().params.at("question") : "";
    if (saved.error().kind == ErrorKind::conflict) return error_response(ctx, saved.error());
    return assessment_page_page(ctx, *access, *assessment, static_cast<int>(*n), typed, question,
                                error_message(ctx, saved.error()), http_status(saved.error()));
  }
  const std::string base = assessment_path(access->org_id, assessment->id);
  // Where this page is now among the visible ones, and whether it shows more than was on the form.
  const auto before = visible_pages(q, assessment->answers);
  const auto after = visible_pages(q, saved->answers);
  const Page* this_page = *n >= 1 && *n <= static_cast<std::int64_t>(before.size())
                              ? before[static_cast<std::size_t>(*n) - 1]
                              : nullptr;
  const auto at = std::find(after.begin(), after.end(), this_page);
  if (at == after.end()) return redirect(base + "/pages/1");
  const auto shown = lines(form.get("shown"));
  for (const auto& ref : all_questions(q)) {
    if (ref.page != this_page || ref.element->type == ElementType::html ||
        ref.element->type == ElementType::panel)
      continue;
    if (!question_visible(q, ref.element->name, saved->answers)) continue;
    if (std::find(shown.begin(), shown.end(), ref.element->name) == shown.end()) {
      return redirect(base + "/pages/" + std::to_string(at - after.begin() + 1) + "#" + "more");
    }
  }
  const auto next = at - after.begin() + 2;
  if (next > static_cast<std::int64_t>(after.size())) return redirect(base + "/review");
  return redirect(base + "/pages/" + std::to_string(next));
}

}  // namespace forkant::web::pages
