#include "domain/impact/questionnaire.hpp"

namespace forkant {

const std::string& LocalText::in(std::string_view lang) const {
  static const std::string none;
  if (auto it = by_lang.find(std::string(lang)); it != by_lang.end()) return it->second;
  if (auto it = by_lang.find("en"); it != by_lang.end()) return it->second;
  if (!by_lang.empty()) return by_lang.begin()->second;
  return none;
}

std::string_view to_string(ElementType type) {
  switch (type) {
    case ElementType::radiogroup:
      return "radiogroup";
    case ElementType::checkbox:
      return "checkbox";
    case ElementType::dropdown:
      return "dropdown";
    case ElementType::comment:
      return "comment";
    case ElementType::text:
      return "text";
    case ElementType::boolean:
      return "boolean";
    case ElementType::html:
      return "html";
    case ElementType::panel:
      return "panel";
  }
  return "";
}

std::optional<ElementType> element_type_from_string(std::string_view name) {
  for (const auto type :
       {ElementType::radiogroup, ElementType::checkbox, ElementType::dropdown, ElementType::comment,
        ElementType::text, ElementType::boolean, ElementType::html, ElementType::panel}) {
    if (to_string(type) == name) return type;
  }
  return std::nullopt;
}

namespace {

// SurveyJS's getAllQuestions: every element that is not a panel (html blocks included, as there), in
// file order; a question's parent is the innermost panel around it, else its page.
void collect(const std::vector<Element>& elements, const Page& page, const std::string& parent,
             std::vector<QuestionRef>& out) {
  for (const auto& e : elements) {
    if (e.type == ElementType::panel) {
      collect(e.elements, page, e.name, out);
    } else {
      out.push_back({&e, &page, parent});
    }
  }
}

}  // namespace

std::vector<QuestionRef> all_questions(const Questionnaire& questionnaire) {
  std::vector<QuestionRef> out;
  for (const auto& page : questionnaire.pages) collect(page.elements, page, page.name, out);
  return out;
}

}  // namespace forkant
