#include "formats/surveyjs_json.hpp"

#include <gtest/gtest.h>

#include <string>

#include "domain/utf8.hpp"

namespace forkant {
namespace {

Result<Questionnaire> import(const std::string& json) {
  return import_surveyjs(json, "aia", "test");
}

// The error's code and path, "code at path", or "ok".
std::string refusal(const std::string& json) {
  const auto q = import(json);
  if (q.ok()) return "ok";
  return q.error().code + " at " + q.error().params.at("path");
}

const std::string kRadio = R"({"type": "radiogroup", "name": "r1-RS", "choices": ["item1-0", "item2-3"]})";

std::string one_page(const std::string& elements) {
  return R"({"pages": [{"name": "p1", "elements": [)" + elements + "]}]}";
}

TEST(SurveyJsImport, ReadsPagesPanelsQuestionsTextsAndConditions) {
  const auto q = import(R"({
    "showQuestionNumbers": "off", "showProgressBar": "top", "firstPageIsStarted": true,
    "pages": [
      {"name": "intro", "title": {"default": "Intro", "fr": "Intro FR"},
       "elements": [{"type": "html", "name": "hello", "html": {"default": "<p>Hi</p>", "fr": "<p>Salut</p>"}},
                    {"type": "radiogroup", "name": "phase", "isRequired": true, "choicesOrder": "asc",
                     "title": "Phase?", "choices": [{"value": "item1", "text": {"default": "Design", "fr": "Conception"}},
                                                    "item2"]}]},
      {"name": "risks-RS", "visibleIf": "{phase} = \"item1\"",
       "elements": [{"type": "panel", "name": "box-MS", "elements": [
                      {"type": "checkbox", "name": "c1", "help": "Pick all", "choices": ["a-1", "b-2"]},
                      {"type": "dropdown", "name": "d1", "visibleIf": "{c1} contains [\"a-1\"]", "choices": ["x-0"]}]},
                    {"type": "comment", "name": "why"}, {"type": "text", "name": "who"},
                    {"type": "boolean", "name": "ok"}]}]})");
  ASSERT_TRUE(q.ok()) << q.error().params.at("reason");
  EXPECT_EQ(q->kind, "aia");
  EXPECT_EQ(q->version, "test");
  EXPECT_EQ(q->languages, (std::vector<std::string>{"en", "fr"}));
  ASSERT_EQ(q->pages.size(), 2U);
  EXPECT_EQ(q->pages[0].title.in("fr"), "Intro FR");
  EXPECT_EQ(q->pages[0].title.in("da"), "Intro");  // English when the language is missing
  const auto& phase = q->pages[0].elements[1];
  EXPECT_EQ(phase.type, ElementType::radiogroup);
  EXPECT_TRUE(phase.required);
  ASSERT_EQ(phase.choices.size(), 2U);
  EXPECT_EQ(phase.choices[0].value, "item1");
  EXPECT_EQ(phase.choices[0].text.in("fr"), "Conception");
  EXPECT_EQ(phase.choices[1].text.in("en"), "item2");  // a bare string is its own text
  EXPECT_EQ(q->pages[0].elements[0].html.in("en"), "<p>Hi</p>");
  EXPECT_EQ(q->pages[1].visible_if, "{phase} = \"item1\"");
  const auto& box = q->pages[1].elements[0];
  EXPECT_EQ(box.type, ElementType::panel);
  ASSERT_EQ(box.elements.size(), 2U);
  EXPECT_EQ(box.elements[0].description.in("en"), "Pick all");
  EXPECT_EQ(box.elements[1].visible_if, "{c1} contains [\"a-1\"]");
  const auto refs = all_questions(*q);
  ASSERT_EQ(refs.size(), 7U);
  EXPECT_EQ(refs[2].element->name, "c1");
  EXPECT_EQ(refs[2].parent_name, "box-MS");
  EXPECT_EQ(refs[4].element->name, "why");
  EXPECT_EQ(refs[4].parent_name, "risks-RS");
  EXPECT_EQ(to_string(refs[6].element->type), "boolean");
}

TEST(SurveyJsImport, AnUnnamedPageIsNamedAsSurveyJsNamesIt) {
  const auto q = import(R"({"pages": [{"elements": []}, {"elements": []}]})");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->pages[1].name, "page2");
}

TEST(SurveyJsImport, WithoutAVersionOneIsDerivedFromTheBytes) {
  const auto a = import_surveyjs(one_page(kRadio));
  const auto b = import_surveyjs(one_page(kRadio) + " ");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->version.substr(0, 4), "fnv-");
  EXPECT_NE(a->version, b->version);
  EXPECT_EQ(a->version, import_surveyjs(one_page(kRadio))->version);
}

TEST(SurveyJsImport, AnUnsupportedQuestionTypeIsRefusedWithItsPathAndName) {
  const auto q =
      import(R"({"pages": [{"name": "a"}, {"name": "b", "elements": [{"type": "panel", "name": "pn",
      "elements": [)" +
             kRadio + R"(, {"type": "text", "name": "t"}, {"type": "matrix", "name": "grid"}]}]}]})");
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.error().code, "survey_unsupported_type");
  EXPECT_EQ(q.error().key, "error.survey_unsupported_type");
  EXPECT_EQ(q.error().params.at("path"), "pages[1].elements[0].elements[2]");
  EXPECT_EQ(q.error().params.at("type"), "matrix");
  EXPECT_NE(q.error().params.at("reason").find("grid"), std::string::npos);
}

TEST(SurveyJsImport, InvalidJsonIsRefusedWithTheByteOffset) {
  const auto q = import(R"({"pages": [}]})");
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.error().kind, ErrorKind::malformed);
  EXPECT_EQ(q.error().code, "survey_not_json");
  EXPECT_EQ(q.error().params.at("offset"), "12");
  EXPECT_EQ(refusal(""), "survey_not_json at ");
  // Found by the fuzzer: the parser's number overflow is not a parse_error.
  EXPECT_EQ(refusal(R"({"pages": 1e999})"), "survey_number_overflow at ");
  const auto not_utf8 = import("{\"pages\": [\"\xC3\x28\"]}");
  ASSERT_FALSE(not_utf8.ok());
  EXPECT_EQ(not_utf8.error().code, "survey_not_json");
  EXPECT_TRUE(is_valid_utf8(not_utf8.error().params.at("reason")));  // the parser quotes the bad bytes
}

TEST(SurveyJsImport, DuplicateAndMissingNamesAreRefused) {
  const auto dup =
      import(one_page(kRadio + "," + R"({"type": "panel", "name": "x", "elements": [)" + kRadio + "]}"));
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, "survey_duplicate_name");
  EXPECT_EQ(dup.error().params.at("path"), "pages[0].elements[1].elements[0]");
  EXPECT_EQ(dup.error().params.at("name"), "r1-RS");
  EXPECT_EQ(refusal(one_page(R"({"type": "comment"})")), "survey_missing_name at pages[0].elements[0]");
  EXPECT_EQ(refusal(one_page(R"({"type": "comment", "name": ""})")),
            "survey_missing_name at pages[0].elements[0]");
  // html blocks take no answer; the AIA file itself repeats one.
  EXPECT_EQ(refusal(one_page(R"({"type": "html", "name": "h"}, {"type": "html", "name": "h"})")), "ok");
}

TEST(SurveyJsImport, PanelsNestedDeeperThanEightAreRefused) {
  auto nested = [](int panels) {
    std::string s = kRadio;
    for (int i = 0; i < panels; ++i)
      s = R"({"type": "panel", "name": "p)" + std::to_string(i) + R"(", "elements": [)" + s + "]}";
    return one_page(s);
  };
  EXPECT_EQ(refusal(nested(8)), "ok");
  std::string ninth = "pages[0].elements[0]";
  for (int i = 0; i < 8; ++i) ninth += ".elements[0]";
  EXPECT_EQ(refusal(nested(9)), "survey_too_deep at " + ninth);
  EXPECT_EQ(refusal(nested(5000)), "survey_too_deep at " + ninth);
}

TEST(SurveyJsImport, ConditionsMustBeSupportedAndNameKnownQuestions) {
  const auto bad =
      import(one_page(kRadio + R"(, {"type": "text", "name": "t", "visibleIf": "{r1-RS} notempty"})"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "survey_condition_unsupported");
  EXPECT_EQ(bad.error().params.at("path"), "pages[0].elements[1]");
  EXPECT_EQ(bad.error().params.at("condition"), "{r1-RS} notempty");
  const auto unknown =
      import(one_page(kRadio + R"(, {"type": "text", "name": "t", "visibleIf": "{r2} = \"x\""})"));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, "survey_condition_unknown_question");
  EXPECT_EQ(unknown.error().params.at("name"), "r2");
  EXPECT_EQ(unknown.error().params.at("path"), "pages[0].elements[1]");
  // A condition may name a question later in the file.
  EXPECT_EQ(
      refusal(one_page(R"({"type": "text", "name": "t", "visibleIf": "{r1-RS} = \"item1-0\""}, )" + kRadio)),
      "ok");
  EXPECT_EQ(refusal(R"({"pages": [{"name": "a", "visibleIf": "{x} > 1", "elements": []}]})"),
            "survey_condition_unsupported at pages[0]");
}

TEST(SurveyJsImport, FeaturesThatWouldChangeTheQuestionnaireAreRefused) {
  EXPECT_EQ(refusal(one_page(R"({"type": "radiogroup", "name": "r", "hasOther": true, "choices": ["a-1"]})")),
            "survey_unsupported_feature at pages[0].elements[0]");
  EXPECT_EQ(refusal(one_page(R"({"type": "text", "name": "t", "visible": false})")),
            "survey_unsupported_feature at pages[0].elements[0]");
  EXPECT_EQ(refusal(R"({"triggers": [], "pages": [{"name": "a"}]})"),
            "survey_unsupported_feature at triggers");
  // A number as a choice's value would score differently in the AIA tool than its text.
  EXPECT_EQ(refusal(one_page(R"({"type": "radiogroup", "name": "r", "choices": [3]})")),
            "survey_malformed at pages[0].elements[0].choices[0]");
}

TEST(SurveyJsImport, ShapesThatAreNotASurveyAreRefused) {
  EXPECT_EQ(refusal("[]"), "survey_malformed at ");
  EXPECT_EQ(refusal("{}"), "survey_malformed at pages");
  EXPECT_EQ(refusal(R"({"pages": [3]})"), "survey_malformed at pages[0]");
  EXPECT_EQ(refusal(one_page(R"({"type": "radiogroup", "name": "r"})")),
            "survey_malformed at pages[0].elements[0].choices");
  EXPECT_EQ(refusal(one_page(R"({"type": "text", "name": "t", "title": 5})")),
            "survey_malformed at pages[0].elements[0].title");
  EXPECT_EQ(refusal(one_page(R"({"name": "t"})")), "survey_malformed at pages[0].elements[0]");
}

TEST(SurveyJsImport, AFileLargerThanFourMebibytesIsRefusedUnread) {
  const std::string big =
      one_page(R"({"type": "comment", "name": "c", "title": ")" + std::string(kMaxSurveyBytes, 'a') + "\"}");
  const auto q = import(big);
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.error().code, "survey_too_large");
}

}  // namespace
}  // namespace forkant
