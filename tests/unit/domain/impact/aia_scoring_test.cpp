// calculateFinalScore of canada-ca/aia-eia-js reproduced: every expected value below is worked out by hand
// from the tool's code (rule 2: b900dc7 src/store.ts; rule 1: 7a4491b), the arithmetic in the comments.
#include "domain/impact/aia_scoring.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "impact_builders.hpp"

namespace forkant {
namespace {

using test::page;
using test::panel;
using test::question;
using test::scale;
using test::v;

// Raw risk 0..40 (one question), mitigation 0..20: rule 2's level bounds are exactly 10, 20 and 30, its
// mitigation threshold 0.8 * (20 / 2) = 8.0; rule 1's threshold 0.8 * 20 = 16.0.
Questionnaire forty() {
  return test::questionnaire({page("p", {scale("risk-RS", 40), scale("mit-MS", 20)})});
}

AiaScore score(const Questionnaire& q, int raw, int mitigation, int rule) {
  auto s = score_aia(q, {{"risk-RS", v(raw)}, {"mit-MS", v(mitigation)}}, rule);
  EXPECT_TRUE(s.ok());
  return *s;
}

TEST(AiaScoring, MaximaAreTheHighestChoiceOfEachQuestion) {
  const auto s = score(forty(), 0, 0, 2);
  EXPECT_EQ(s.max_raw_risk, 40);
  EXPECT_EQ(s.max_mitigation, 20);
  EXPECT_EQ(s.risk_questions, 1);
  EXPECT_EQ(s.mitigation_questions, 1);
}

TEST(AiaScoring, Rule2DeductsWhenMitigationIsExactlyAtItsThreshold) {
  // 8 >= 0.8 * (20 / 2) = 8.0: Math.round(0.85 * 20) = Math.round(17 + a few 1e-15) = 17; 17 <= 20: level 2.
  const auto s = score(forty(), 20, 8, 2);
  EXPECT_TRUE(s.deduction_applied);
  EXPECT_EQ(s.total, 17);
  EXPECT_EQ(s.level, 2);
}

TEST(AiaScoring, Rule2DoesNotDeductJustBelowTheThreshold) {
  // 7 < 8.0: total stays 20; 20 <= 40 * 0.5: level 2.
  const auto s = score(forty(), 20, 7, 2);
  EXPECT_FALSE(s.deduction_applied);
  EXPECT_EQ(s.total, 20);
  EXPECT_EQ(s.level, 2);
}

TEST(AiaScoring, Rule2RoundsAHalfUpAsMathRoundDoes) {
  // (1 - 0.15) * 10 = 8.5 (plus 1e-15: 1 - 0.15 is 0.85000000000000008882) -> 9; 9 <= 10: level 1.
  EXPECT_EQ(score(forty(), 10, 8, 2).total, 9);
  EXPECT_EQ(score(forty(), 10, 8, 2).level, 1);
  // 0.85 * 30 = 25.5 -> 26; 20 < 26 <= 30: level 3.
  EXPECT_EQ(score(forty(), 30, 20, 2).total, 26);
  EXPECT_EQ(score(forty(), 30, 20, 2).level, 3);
  // 0.85 * 7 = 5.95 -> 6; 0.85 * 3 = 2.55 -> 3; 0.85 * 1 = 0.85 -> 1.
  EXPECT_EQ(score(forty(), 7, 8, 2).total, 6);
  EXPECT_EQ(score(forty(), 3, 8, 2).total, 3);
  EXPECT_EQ(score(forty(), 1, 8, 2).total, 1);
}

TEST(AiaScoring, Rule2LevelBoundsAreInclusiveAboveAt25_50And75Percent) {
  // Max 40: level 1 up to 10, 2 up to 20, 3 up to 30, then 4 (no mitigation, total = raw).
  const std::vector<std::pair<int, int>> cases = {{0, 1},  {10, 1}, {11, 2}, {20, 2},
                                                  {21, 3}, {30, 3}, {31, 4}, {40, 4}};
  for (const auto& [raw, level] : cases) EXPECT_EQ(score(forty(), raw, 0, 2).level, level) << "raw " << raw;
}

TEST(AiaScoring, Rule1TakesTenPointsOffAtEightyPercentOfTheWholeMitigation) {
  // 16 >= 0.8 * 20 = 16.0: 40 - 10 = 30; 18 < 30 <= 36: level 2.
  const auto at = score(forty(), 40, 16, 1);
  EXPECT_TRUE(at.deduction_applied);
  EXPECT_EQ(at.total, 30);
  EXPECT_EQ(at.level, 2);
  // 15 < 16.0: 40 stays; 36 < 40 <= 54: level 3.
  const auto below = score(forty(), 40, 15, 1);
  EXPECT_FALSE(below.deduction_applied);
  EXPECT_EQ(below.total, 40);
  EXPECT_EQ(below.level, 3);
  // 8 reaches rule 2's threshold (half the maximum) but not rule 1's.
  EXPECT_FALSE(score(forty(), 40, 8, 1).deduction_applied);
  // 5 - 10 = -5: the tool does not stop at 0; level 1.
  EXPECT_EQ(score(forty(), 5, 20, 1).total, -5);
  EXPECT_EQ(score(forty(), 5, 20, 1).level, 1);
}

TEST(AiaScoring, Rule1BandsEndAt18_36And54WhateverTheMaximum) {
  const auto q = test::questionnaire({page("p", {scale("risk-RS", 80), scale("mit-MS", 20)})});
  const std::vector<std::pair<int, int>> cases = {{18, 1}, {19, 2}, {36, 2}, {37, 3},
                                                  {54, 3}, {55, 4}, {80, 4}};
  for (const auto& [raw, level] : cases) EXPECT_EQ(score(q, raw, 0, 1).level, level) << "raw " << raw;
}

TEST(AiaScoring, TheSameAnswersGiveLevel3UnderRule2AndLevel2UnderRule1) {
  // Raw 25, no mitigation. Rule 2: 20 < 25 <= 30 -> 3. Rule 1: 18 < 25 <= 36 -> 2.
  EXPECT_EQ(score(forty(), 25, 0, 2).level, 3);
  EXPECT_EQ(score(forty(), 25, 0, 1).level, 2);
}

TEST(AiaScoring, ACheckboxIsWorthTheSumOfItsChoices) {
  const auto q = test::questionnaire(
      {page("p", {question(ElementType::checkbox, "c-RS", {"a-1", "b-2", "c-4"}), scale("mit-MS", 20)})});
  const auto s = score_aia(q, {{"c-RS", std::vector<std::string>{"a-1", "c-4"}}}, 2);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->max_raw_risk, 7);  // 1 + 2 + 4
  EXPECT_EQ(s->raw_risk, 5);      // 1 + 4
}

TEST(AiaScoring, AQuestionWithoutASuffixTakesItsParents) {
  // The page's -MS reaches its own top-level question, not into a panel; a panel's -RS reaches its
  // questions unless they carry their own suffix (-NS: not scored, -MS: mitigation).
  const auto q = test::questionnaire({page(
      "page-MS", {scale("top", 3), panel("risks-RS", {scale("q1", 5), scale("q2-NS", 7), scale("q3-MS", 2)}),
                  panel("plain", {scale("q4", 9)})})});
  const auto s =
      score_aia(q, {{"top", v(1)}, {"q1", v(4)}, {"q2-NS", v(7)}, {"q3-MS", v(2)}, {"q4", v(9)}}, 2);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->risk_questions, 1);
  EXPECT_EQ(s->max_raw_risk, 5);  // q1
  EXPECT_EQ(s->raw_risk, 4);
  EXPECT_EQ(s->mitigation_questions, 2);
  EXPECT_EQ(s->max_mitigation, 5);  // top 3 + q3-MS 2
  EXPECT_EQ(s->mitigation, 3);      // 1 + 2
}

TEST(AiaScoring, OnlyRadiogroupsCheckboxesAndDropdownsAreScored) {
  auto dropdown = question(ElementType::dropdown, "d-RS", {"a-3", "b-1"});
  const auto q = test::questionnaire(
      {page("p", {question(ElementType::text, "t-RS"), question(ElementType::comment, "c-RS"),
                  question(ElementType::boolean, "b-RS"), dropdown})});
  const auto s = score_aia(q,
                           {{"t-RS", std::string("x-5")},
                            {"c-RS", std::string("x-6")},
                            {"b-RS", true},
                            {"d-RS", std::string("b-1")}},
                           2);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->risk_questions, 1);
  EXPECT_EQ(s->max_raw_risk, 3);  // the dropdown's highest choice
  EXPECT_EQ(s->raw_risk, 1);
}

TEST(AiaScoring, AMaximumStartsFromZero) {
  const auto q =
      test::questionnaire({page("p", {question(ElementType::radiogroup, "r-RS", {"a-abc", "b-"})})});
  EXPECT_EQ(score_aia(q, {}, 2)->max_raw_risk, 0);
}

TEST(AiaScoring, ValuesAreReadAsJavaScriptsNumberReadsTheTextAfterTheLastHyphen) {
  EXPECT_EQ(aia_embedded_value("item-"), 0);       // Number("") is 0
  EXPECT_EQ(aia_embedded_value("item- 3"), 3);     // white space trimmed
  EXPECT_EQ(aia_embedded_value("item-0x10"), 16);  // hexadecimal
  EXPECT_EQ(aia_embedded_value("item-1e1"), 10);   // exponent
  EXPECT_EQ(aia_embedded_value("item-abc"), 0);    // NaN counts 0
  EXPECT_EQ(aia_embedded_value("item3"), 0);       // no hyphen
  EXPECT_EQ(aia_embedded_value("item1-2-5"), 5);   // the last hyphen
  EXPECT_EQ(aia_embedded_value("item1-2.5"), 2.5);
  EXPECT_TRUE(std::isinf(aia_embedded_value("item-Infinity")));
  // An answer that is not a choice is still read this way (check_answer refuses it before it is stored).
  EXPECT_EQ(score(forty(), 0, 0, 2).raw_risk, 0);
  const auto s = score_aia(forty(), {{"risk-RS", std::string("v-0x10")}}, 2);
  EXPECT_EQ(s->raw_risk, 16);
}

TEST(AiaScoring, UnansweredQuestionsCountInTheMaximaOnly) {
  const auto q =
      test::questionnaire({page("p", {scale("risk-RS", 40), scale("more-RS", 7), scale("mit-MS", 20)})});
  const auto s = score_aia(q, {{"risk-RS", v(3)}}, 2);
  EXPECT_EQ(s->max_raw_risk, 47);
  EXPECT_EQ(s->raw_risk, 3);
  EXPECT_EQ(s->mitigation, 0);
}

TEST(AiaScoring, AnUnknownRuleVersionIsRefused) {
  const auto s = score_aia(forty(), {}, 3);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, "unknown_rule");
  EXPECT_EQ(s.error().params.at("rule"), "3");
}

}  // namespace
}  // namespace forkant
