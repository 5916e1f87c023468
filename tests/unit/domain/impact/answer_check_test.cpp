#include "domain/impact/answer_check.hpp"

#include <gtest/gtest.h>

#include "impact_builders.hpp"

namespace forkant {
namespace {

using List = std::vector<std::string>;
using test::page;
using test::panel;
using test::question;
using test::scale;

Questionnaire sample() {
  auto intro = question(ElementType::html, "intro");
  return test::questionnaire(
      {page("p", {intro, scale("risk-RS", 3), question(ElementType::checkbox, "kinds", {"a-1", "b-2"}),
                  question(ElementType::comment, "why"), question(ElementType::boolean, "done"),
                  panel("box", {question(ElementType::dropdown, "pick", {"x-0", "y-1"})})})});
}

std::string code_of(const Status& s) {
  return s.ok() ? "ok" : s.error().code;
}

TEST(AnswerCheck, AnswersOfTheRightKindAmongTheChoicesAreAccepted) {
  const auto q = sample();
  EXPECT_TRUE(check_answer(q, "risk-RS", std::string("v-2")).ok());
  EXPECT_TRUE(check_answer(q, "kinds", List{"a-1", "b-2"}).ok());
  EXPECT_TRUE(check_answer(q, "kinds", List{}).ok());
  EXPECT_TRUE(check_answer(q, "why", std::string("Because.")).ok());
  EXPECT_TRUE(check_answer(q, "done", true).ok());
  EXPECT_TRUE(check_answer(q, "pick", std::string("y-1")).ok());  // inside a panel
}

TEST(AnswerCheck, AnAnswerNotAmongTheChoicesIsRefusedNamingTheQuestion) {
  const auto s = check_answer(sample(), "risk-RS", std::string("v-9"));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, "not_a_choice");
  EXPECT_EQ(s.error().key, "error.impact_not_a_choice");
  EXPECT_EQ(s.error().params.at("question"), "risk-RS");
  EXPECT_EQ(s.error().params.at("value"), "v-9");
  EXPECT_EQ(code_of(check_answer(sample(), "kinds", List{"a-1", "c-3"})), "not_a_choice");
}

TEST(AnswerCheck, AnAnswerOfTheWrongKindIsRefused) {
  const auto q = sample();
  EXPECT_EQ(code_of(check_answer(q, "risk-RS", List{"v-1"})), "answer_type");
  EXPECT_EQ(code_of(check_answer(q, "kinds", std::string("a-1"))), "answer_type");
  EXPECT_EQ(code_of(check_answer(q, "kinds", List{"a-1", "a-1"})), "answer_type");
  EXPECT_EQ(code_of(check_answer(q, "why", true)), "answer_type");
  EXPECT_EQ(code_of(check_answer(q, "done", std::string("true"))), "answer_type");
}

TEST(AnswerCheck, UnknownQuestionsAndTextsWithoutAnswersAreRefused) {
  const auto q = sample();
  const auto s = check_answer(q, "nope", std::string("x"));
  EXPECT_EQ(code_of(s), "unknown_question");
  EXPECT_EQ(s.error().params.at("question"), "nope");
  EXPECT_EQ(code_of(check_answer(q, "intro", std::string("x"))), "not_a_question");
  EXPECT_EQ(code_of(check_answer(q, "box", std::string("x"))), "not_a_question");
}

TEST(AnswerCheck, TextAnswersAreLimitedAndWellFormed) {
  const auto q = sample();
  EXPECT_TRUE(check_answer(q, "why", std::string(kMaxImpactTextChars, 'a')).ok());
  EXPECT_EQ(code_of(check_answer(q, "why", std::string(kMaxImpactTextChars + 1, 'a'))), "text_too_long");
  std::string danish;
  for (std::size_t i = 0; i < kMaxImpactTextChars; ++i) danish += "æ";  // characters, not bytes
  EXPECT_TRUE(check_answer(q, "why", danish).ok());
  EXPECT_EQ(code_of(check_answer(q, "why", std::string("\xC3\x28"))), "invalid_utf8");
}

TEST(VisibleAnswers, AnswersToHiddenQuestionsAreDroppedUntilNothingChanges) {
  // c shows when b = "v-1", b shows when a = "v-1": changing a hides b, and then c.
  const auto q = test::questionnaire({page("p", {scale("a", 1), scale("b", 1, R"({a} = "v-1")"),
                                                 scale("c", 1, R"({b} = "v-1")"), scale("d", 1)})});
  const Answers all = {{"a", std::string("v-1")},
                       {"b", std::string("v-1")},
                       {"c", std::string("v-1")},
                       {"d", std::string("v-0")}};
  EXPECT_EQ(visible_answers(q, all), all);
  auto changed = all;
  changed["a"] = std::string("v-0");
  const Answers expected = {{"a", std::string("v-0")}, {"d", std::string("v-0")}};
  EXPECT_EQ(visible_answers(q, changed), expected);
}

TEST(VisibleAnswers, AnswersOnAHiddenPageOrToUnknownNamesAreDropped) {
  const auto q = test::questionnaire(
      {page("p1", {scale("fork", 1)}), page("design", {scale("d1", 1)}, R"({fork} = "v-0")")});
  const Answers given = {
      {"fork", std::string("v-1")}, {"d1", std::string("v-1")}, {"ghost", std::string("x")}};
  const Answers expected = {{"fork", std::string("v-1")}};
  EXPECT_EQ(visible_answers(q, given), expected);
}

}  // namespace
}  // namespace forkant
