#pragma once
// Small questionnaires built in code for the impact-assessment tests: a question with choices valued
// "v-0" .. "v-N" (the AIA's "item-<score>" form), panels and pages around them.

#include <string>
#include <vector>

#include "domain/impact/questionnaire.hpp"

namespace forkant::test {

inline Element question(ElementType type, std::string name, std::vector<std::string> values = {},
                        std::string visible_if = "") {
  Element e;
  e.type = type;
  e.name = std::move(name);
  e.title.by_lang["en"] = e.name;
  for (auto& v : values) e.choices.push_back({v, LocalText{{{"en", v}}}, {}});
  e.visible_if = std::move(visible_if);
  return e;
}

// A radiogroup whose choices are worth 0, 1, ..., max.
inline Element scale(std::string name, int max, std::string visible_if = "") {
  std::vector<std::string> values;
  for (int i = 0; i <= max; ++i) values.push_back("v-" + std::to_string(i));
  return question(ElementType::radiogroup, std::move(name), values, std::move(visible_if));
}

inline Element panel(std::string name, std::vector<Element> elements, std::string visible_if = "") {
  Element e;
  e.type = ElementType::panel;
  e.name = std::move(name);
  e.elements = std::move(elements);
  e.visible_if = std::move(visible_if);
  return e;
}

inline Page page(std::string name, std::vector<Element> elements, std::string visible_if = "") {
  Page p;
  p.name = std::move(name);
  p.elements = std::move(elements);
  p.visible_if = std::move(visible_if);
  return p;
}

inline Questionnaire questionnaire(std::vector<Page> pages) {
  Questionnaire q;
  q.kind = "aia";
  q.version = "test";
  q.pages = std::move(pages);
  return q;
}

inline std::string v(int score) {
  return "v-" + std::to_string(score);
}

}  // namespace forkant::test
