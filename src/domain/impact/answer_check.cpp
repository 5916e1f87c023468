#include "domain/impact/answer_check.hpp"

#include <algorithm>
#include <set>

#include "domain/impact/condition.hpp"
#include "domain/utf8.hpp"

namespace forkant {
namespace {

// The translation key of each code, spelled out so that the catalogue test finds it.
std::string key_of(std::string_view code) {
  if (code == "unknown_question") return "error.impact_unknown_question";
  if (code == "not_a_question") return "error.impact_not_a_question";
  if (code == "answer_type") return "error.impact_answer_type";
  if (code == "not_a_choice") return "error.impact_not_a_choice";
  if (code == "text_too_long") return "error.impact_text_too_long";
  return "error.impact_invalid_utf8";
}

Error refused(const std::string& code, const std::string& name,
              std::map<std::string, std::string> params = {}) {
  params["question"] = name;
  return Error::invalid(code, key_of(code), std::move(params));
}

const Element* find_question(const std::vector<Element>& elements, const std::string& name) {
  for (const auto& e : elements) {
    if (e.name == name) return &e;
    if (e.type == ElementType::panel) {
      if (const auto* inner = find_question(e.elements, name)) return inner;
    }
  }
  return nullptr;
}

bool is_choice(const Element& e, const std::string& value) {
  return std::any_of(e.choices.begin(), e.choices.end(), [&](const Choice& c) { return c.value == value; });
}

Status check_text(const std::string& name, const std::string& text) {
  if (!is_valid_utf8(text)) return refused("invalid_utf8", name);
  if (utf8_length(text) > kMaxImpactTextChars) {
    return refused("text_too_long", name, {{"max", std::to_string(kMaxImpactTextChars)}});
  }
  return ok_status();
}

Status check_choices(const Element& e, const std::vector<std::string>& values) {
  std::set<std::string> seen;
  for (const auto& v : values) {
    if (!is_choice(e, v)) return refused("not_a_choice", e.name, {{"value", is_valid_utf8(v) ? v : "?"}});
    if (!seen.insert(v).second) return refused("answer_type", e.name, {{"value", v}});
  }
  return ok_status();
}

}  // namespace

Status check_answer(const Questionnaire& questionnaire, const std::string& name, const AnswerValue& value) {
  const Element* e = nullptr;
  for (const auto& page : questionnaire.pages) {
    if ((e = find_question(page.elements, name)) != nullptr) break;
  }
  if (e == nullptr) return refused("unknown_question", is_valid_utf8(name) ? name : "?");
  if (e->type == ElementType::html || e->type == ElementType::panel) return refused("not_a_question", name);
  const auto* text = std::get_if<std::string>(&value);
  const auto* list = std::get_if<std::vector<std::string>>(&value);
  switch (e->type) {
    case ElementType::radiogroup:
    case ElementType::dropdown:
      if (text == nullptr) return refused("answer_type", name);
      return check_choices(*e, {*text});
    case ElementType::checkbox:
      if (list == nullptr) return refused("answer_type", name);
      return check_choices(*e, *list);
    case ElementType::comment:
    case ElementType::text:
      if (text == nullptr) return refused("answer_type", name);
      return check_text(name, *text);
    case ElementType::boolean:
      if (!std::holds_alternative<bool>(value)) return refused("answer_type", name);
      return ok_status();
    case ElementType::html:
    case ElementType::panel:
      break;
  }
  return refused("not_a_question", name);
}

Answers visible_answers(const Questionnaire& questionnaire, Answers answers) {
  // Hiding one answer can hide others that depend on it, so repeat until nothing more is hidden.
  for (bool changed = true; changed;) {
    changed = false;
    for (auto it = answers.begin(); it != answers.end();) {
      if (question_visible(questionnaire, it->first, answers)) {
        ++it;
      } else {
        it = answers.erase(it);
        changed = true;
      }
    }
  }
  return answers;
}

}  // namespace forkant
