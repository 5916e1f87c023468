#pragma once
// An impact-assessment questionnaire as forkant holds it: pages of elements (questions, panels, html
// blocks) with texts per language, read from a SurveyJS file (Canada's AIA, formats/surveyjs_json.hpp) or
// from one of forkant's own screening files (formats/screening_toml.hpp). The same model serves both, so
// one set of pages answers any assessment. Answers are kept by question name, as SurveyJS keeps them.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace forkant {

// Text in several languages, keyed "da", "en", "fr"; SurveyJS's "default" is stored as "en".
struct LocalText {
  std::map<std::string, std::string> by_lang;

  // The text in `lang`, else English, else any language there is, else "".
  const std::string& in(std::string_view lang) const;
  bool empty() const { return by_lang.empty(); }
  bool operator==(const LocalText&) const = default;
};

enum class ElementType { radiogroup, checkbox, dropdown, comment, text, boolean, html, panel };

// "radiogroup", "checkbox", ...: SurveyJS's names.
std::string_view to_string(ElementType type);
std::optional<ElementType> element_type_from_string(std::string_view name);

struct Choice {
  std::string value;  // as in the file, e.g. "item1-3" (the AIA's score is the number after the last '-')
  LocalText text;
  // Screening files only: the findings this choice gives (keys of ScreeningRule::findings).
  std::vector<std::string> findings;
  bool operator==(const Choice&) const = default;
};

struct Element {
  ElementType type = ElementType::radiogroup;
  std::string name;
  LocalText title;
  LocalText description;  // SurveyJS "description" / "help"
  LocalText html;         // html elements only: shown as text, never as markup
  std::vector<Choice> choices;
  std::string visible_if;  // a SurveyJS condition (domain/impact/condition.hpp); empty: always visible
  bool required = false;
  std::vector<Element> elements;  // panels only
  bool operator==(const Element&) const = default;
};

struct Page {
  std::string name;
  LocalText title;
  std::string visible_if;
  std::vector<Element> elements;
  bool operator==(const Page&) const = default;
};

struct Questionnaire {
  std::string kind;     // "aia" or a screening's id, e.g. "dk-screening"
  std::string version;  // the file's own version ("1.0.1"); with `kind` names what was answered
  LocalText title;
  std::vector<std::string> languages;  // the languages the texts are in, e.g. {"en", "fr"}
  std::vector<Page> pages;
  bool operator==(const Questionnaire&) const = default;
};

// radiogroup/dropdown/comment/text: a string; checkbox: the chosen values; boolean: true/false.
using AnswerValue = std::variant<std::string, std::vector<std::string>, bool>;
using Answers = std::map<std::string, AnswerValue>;

// Every question of the questionnaire, panels flattened, in file order, with its page and parent (the
// innermost panel around it, else its page: the name that may carry the AIA's -RS/-MS suffix). As in
// SurveyJS's getAllQuestions, html blocks are included; panels are not.
struct QuestionRef {
  const Element* element = nullptr;
  const Page* page = nullptr;
  std::string parent_name;
};
std::vector<QuestionRef> all_questions(const Questionnaire& questionnaire);

}  // namespace forkant
