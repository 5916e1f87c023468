// Canada's AIA questionnaire (../shared/data/aia/survey-enfr.json, not committed here) imported unchanged
// and scored: the file's facts, the mitigation threshold and the level bounds under its own maxima, and
// the two rule versions side by side. Expected values are computed by hand in the comments.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "domain/impact/aia_scoring.hpp"
#include "domain/impact/answer_check.hpp"
#include "domain/impact/condition.hpp"
#include "formats/surveyjs_json.hpp"

namespace forkant {
namespace {

const Questionnaire& aia() {
  static const Questionnaire q = [] {
    std::ifstream in(std::string(FORKANT_SOURCE_DIR) + "/../shared/data/aia/survey-enfr.json",
                     std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto imported = import_surveyjs(bytes.str(), "aia", "1.0.1");
    if (!imported)
      throw std::runtime_error("the AIA file does not import: " + imported.error().params.at("reason"));
    return *imported;
  }();
  return q;
}

// The score after the last '-', read independently of the code under test: the file's values are small
// whole numbers, or have no '-' at all (some checkboxes' "item3") and are worth 0.
int value_of(const std::string& choice) {
  const auto dash = choice.rfind('-');
  return dash == std::string::npos ? 0 : std::stoi(choice.substr(dash + 1));
}

bool has_suffix(const std::string& name, const std::string& suffix) {
  return name.ends_with(suffix);
}

// Answers the questions scored under `suffix` so that their values add up to `target`: each radiogroup or
// dropdown takes its highest choice that still fits, each checkbox every choice that fits.
void fill(Answers& answers, const std::string& suffix, int target) {
  int left = target;
  for (const auto& ref : all_questions(aia())) {
    const Element& e = *ref.element;
    const bool scored =
        has_suffix(e.name, suffix) || (!has_suffix(e.name, "-RS") && !has_suffix(e.name, "-MS") &&
                                       !has_suffix(e.name, "-NS") && has_suffix(ref.parent_name, suffix));
    if (!scored || e.choices.empty()) continue;
    if (e.type == ElementType::checkbox) {
      std::vector<std::string> picked;
      for (const auto& c : e.choices) {
        if (value_of(c.value) <= left) {
          picked.push_back(c.value);
          left -= value_of(c.value);
        }
      }
      answers[e.name] = picked;
    } else {
      const Choice* best = nullptr;
      for (const auto& c : e.choices) {
        if (value_of(c.value) <= left && (best == nullptr || value_of(c.value) > value_of(best->value)))
          best = &c;
      }
      if (best == nullptr) continue;
      answers[e.name] = best->value;
      left -= value_of(best->value);
    }
  }
  ASSERT_EQ(left, 0) << "could not reach " << target << " with " << suffix;
}

AiaScore score(int raw, int mitigation, int rule) {
  Answers answers;
  fill(answers, "-RS", raw);
  fill(answers, "-MS", mitigation);
  auto s = score_aia(aia(), answers, rule);
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s->raw_risk, raw);
  EXPECT_EQ(s->mitigation, mitigation);
  return *s;
}

TEST(AiaFile, ImportsWithItsPagesAndItsMaxima) {
  EXPECT_EQ(aia().pages.size(), 18U);
  EXPECT_EQ(aia().languages, (std::vector<std::string>{"en", "fr"}));
  const auto s = score(0, 0, 2);
  EXPECT_EQ(s.risk_questions, 70);
  EXPECT_EQ(s.max_raw_risk, 167);
  EXPECT_EQ(s.mitigation_questions, 90);
  EXPECT_EQ(s.max_mitigation, 154);
  EXPECT_EQ(s.level, 1);
}

TEST(AiaFile, MitigationDeductsFromSixtyTwoNotSixtyOne) {
  // Threshold 0.8 * (154 / 2) = 61.6. Raw 98: with 62, Math.round(0.85 * 98 = 83.3) = 83 <= 83.5: level 2;
  // with 61, 98 stays: 83.5 < 98 <= 125.25: level 3.
  const auto at = score(98, 62, 2);
  EXPECT_TRUE(at.deduction_applied);
  EXPECT_EQ(at.total, 83);
  EXPECT_EQ(at.level, 2);
  const auto below = score(98, 61, 2);
  EXPECT_FALSE(below.deduction_applied);
  EXPECT_EQ(below.total, 98);
  EXPECT_EQ(below.level, 3);
}

TEST(AiaFile, LevelsChangeAbove41_83And125) {
  // 167 * 0.25 = 41.75, 167 * 0.5 = 83.5, 167 * 0.75 = 125.25 (no mitigation: total = raw).
  const std::vector<std::pair<int, int>> cases = {{41, 1}, {42, 2}, {83, 2}, {84, 3}, {125, 3}, {126, 4}};
  for (const auto& [raw, level] : cases) EXPECT_EQ(score(raw, 0, 2).level, level) << "raw " << raw;
}

TEST(AiaFile, TheSameAnswersUnderRule1AndRule2) {
  // Raw 50, mitigation 130. Rule 2: 130 >= 61.6, Math.round(0.85 * 50 = 42.5) = 43; 41.75 < 43 <= 83.5: 2.
  // Rule 1: 130 >= 0.8 * 154 = 123.2, 50 - 10 = 40; 36 < 40 <= 54: 3.
  const auto two = score(50, 130, 2);
  EXPECT_EQ(two.total, 43);
  EXPECT_EQ(two.level, 2);
  const auto one = score(50, 130, 1);
  EXPECT_EQ(one.total, 40);
  EXPECT_EQ(one.level, 3);
  // Mitigation 100 reaches rule 2's threshold but not rule 1's (123.2): 50 stays, 36 < 50 <= 54: 3.
  EXPECT_FALSE(score(50, 100, 1).deduction_applied);
  EXPECT_EQ(score(50, 100, 1).level, 3);
}

TEST(AiaFile, EveryChoiceOfTheFileIsAValidAnswer) {
  for (const auto& ref : all_questions(aia())) {
    for (const auto& c : ref.element->choices) {
      const AnswerValue value = ref.element->type == ElementType::checkbox
                                    ? AnswerValue(std::vector<std::string>{c.value})
                                    : AnswerValue(c.value);
      EXPECT_TRUE(check_answer(aia(), ref.element->name, value).ok()) << ref.element->name;
    }
  }
  EXPECT_EQ(check_answer(aia(), "riskProfile1", std::string("item9-9")).error().code, "not_a_choice");
}

TEST(AiaFile, ARadiogroupContainsAListedValueAsASubstring) {
  // aboutSystem3 is a radiogroup ("item2-0", ...) and aboutSystem3A shows on {aboutSystem3} contains
  // ["item2"]: for a string answer SurveyJS tests ["item2"].toString() as a substring.
  EXPECT_TRUE(question_visible(aia(), "aboutSystem3A", {{"aboutSystem3", std::string("item2-0")}}));
  EXPECT_FALSE(question_visible(aia(), "aboutSystem3A", {{"aboutSystem3", std::string("item1-0")}}));
  EXPECT_FALSE(question_visible(aia(), "aboutSystem3A", {}));
}

TEST(AiaFile, TheDesignForkDropsTheImplementationAnswers) {
  // projectDetailsPhase "item1" (design) shows the *Design pages and hides the *Implementation ones.
  Answers answers;
  fill(answers, "-MS", 154);  // every mitigation question of both forks at its maximum
  answers["projectDetailsPhase"] = std::string("item1");
  const Answers kept = visible_answers(aia(), answers);
  int design = 0;
  for (const auto& page : aia().pages) {
    const bool implementation = page.name.ends_with("Implementation");
    for (const auto& ref : all_questions(aia())) {
      if (ref.page != &page || !answers.contains(ref.element->name)) continue;
      EXPECT_EQ(kept.contains(ref.element->name), !implementation) << ref.element->name;
      design += implementation ? 0 : 1;
    }
  }
  EXPECT_GT(design, 0);
  // Half the mitigation maximum is the design fork's: 77, above the threshold of 61.6.
  const auto s = score_aia(aia(), kept, 2);
  EXPECT_EQ(s->mitigation, 77);
  EXPECT_TRUE(s->deduction_applied);
}

}  // namespace
}  // namespace forkant
