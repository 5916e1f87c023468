#include "domain/impact/condition.hpp"

#include <gtest/gtest.h>

#include "domain/utf8.hpp"
#include "impact_builders.hpp"

namespace forkant {
namespace {

using List = std::vector<std::string>;

TEST(Condition, EqualsComparesAStringAnswer) {
  EXPECT_TRUE(condition_holds(R"({a} = "item1-0")", {{"a", std::string("item1-0")}}));
  EXPECT_FALSE(condition_holds(R"({a} = "item1-0")", {{"a", std::string("item1-01")}}));
  EXPECT_FALSE(condition_holds(R"({a} = "item1-0")", {{"a", std::string("ITEM1-0")}}));
  EXPECT_FALSE(condition_holds(R"({a} = "item1-0")", {{"a", List{"item1-0"}}}));
  EXPECT_TRUE(condition_holds(R"({a} = 'true')", {{"a", true}}));
}

TEST(Condition, AnUnansweredQuestionEqualsAndContainsNothing) {
  EXPECT_FALSE(condition_holds(R"({a} = "x")", {}));
  EXPECT_FALSE(condition_holds(R"({a} contains "x")", {}));
  EXPECT_FALSE(condition_holds(R"({a} contains ["x"])", {}));
  EXPECT_FALSE(condition_holds(R"({a} contains "x")", {{"a", std::string()}}));
  EXPECT_FALSE(condition_holds(R"({a} contains "x")", {{"a", List{}}}));
}

TEST(Condition, ContainsOnAListMeansTheListHoldsTheValue) {
  const Answers answers = {{"a", List{"item6-0", "item2"}}};
  EXPECT_TRUE(condition_holds(R"({a} contains "item2")", answers));
  EXPECT_TRUE(condition_holds(R"({a} contains "item6-0")", answers));
  EXPECT_FALSE(condition_holds(R"({a} contains "item6")", answers));  // a whole value, not a prefix
  EXPECT_TRUE(condition_holds(R"({a} contains ["item2"])", answers));
  EXPECT_TRUE(condition_holds(R"({a} contains ["item2", "item6-0"])", answers));
  EXPECT_FALSE(condition_holds(R"({a} contains ["item2", "item3"])", answers));  // all of them
}

TEST(Condition, ContainsOnAStringIsASubstringTest) {
  const Answers answers = {{"a", std::string("item6-1")}};
  EXPECT_TRUE(condition_holds(R"({a} contains "item6")", answers));
  EXPECT_TRUE(condition_holds(R"({a} contains "6-1")", answers));
  EXPECT_FALSE(condition_holds(R"({a} contains "item7")", answers));
  EXPECT_TRUE(condition_holds(R"({a} contains ["item6"])", answers));
}

TEST(Condition, AndBindsTighterThanOr) {
  // a or (b and c): true by a alone; (a or b) and c would be false without c.
  const Answers only_a = {{"a", std::string("1")}};
  EXPECT_TRUE(condition_holds(R"({a} = "1" or {b} = "1" and {c} = "1")", only_a));
  EXPECT_FALSE(condition_holds(R"(({a} = "1" or {b} = "1") and {c} = "1")", only_a));
  EXPECT_FALSE(condition_holds(R"({b} = "1" and {c} = "1" or {d} = "1")", only_a));
  EXPECT_TRUE(condition_holds(R"({b} = "1" and {c} = "1" or {a} = "1")", only_a));
}

TEST(Condition, TheFilesOwnShapesAreSupported) {
  const Answers answers = {{"impact26", std::string("item2-0")},
                           {"impact27", std::string("item1-1")},
                           {"f24", std::string("item1-2")},
                           {"f24A", std::string("item1-1")}};
  const char* c =
      R"(({impact26} = "item1-0" or {impact26} = "item2-0") and ({impact27} = "item1-1" or {impact27} = "item2-0"))";
  EXPECT_TRUE(check_condition(c).ok());
  EXPECT_TRUE(condition_holds(c, answers));
  EXPECT_TRUE(condition_holds(R"({f24} = "item1-2" and {f24A} = "item1-1" )", answers));  // trailing space
  EXPECT_EQ(condition_names(c), (List{"impact26", "impact26", "impact27", "impact27"}));
}

TEST(Condition, AnEmptyConditionHolds) {
  EXPECT_TRUE(condition_holds("", {}));
  EXPECT_TRUE(condition_holds("  ", {}));
  EXPECT_TRUE(check_condition("").ok());
}

TEST(Condition, SyntaxOutsideTheSubsetIsRefusedWithAReason) {
  for (const char* c :
       {R"({a} != "x")", R"({a} == "x")", R"({a} notcontains "x")", R"({a} = 3)", R"({a} empty)",
        R"(!{a} = "x")", R"({a} = "x" && {b} = "y")", R"(({a} = "x")", R"({a} = "x"))", R"({a} = "x)",
        R"({} = "x")", R"({a} = ["x"])", R"({a} contains [])", R"({a} anyof ["x"])", R"({a} = "x" or)",
        R"("x" = {a})", R"({a} = "x\"y")", R"(age({a}) > 3)"}) {
    const auto s = check_condition(c);
    ASSERT_FALSE(s.ok()) << c;
    EXPECT_EQ(s.error().code, "condition_unsupported") << c;
    EXPECT_FALSE(s.error().params.at("reason").empty()) << c;
    EXPECT_EQ(s.error().params.at("condition"), c);
    EXPECT_FALSE(condition_holds(c, {{"a", std::string("x")}})) << c;  // never evaluated as true
  }
}

TEST(Condition, AReasonIsAlwaysUtf8) {
  const auto s = check_condition("{a} = \"x\" \xC3\xA6");  // "æ" where an operator belongs
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(is_valid_utf8(s.error().params.at("reason")));
}

TEST(Condition, DeeplyNestedParenthesesAreRefusedNotRecursedInto) {
  const std::string deep = std::string(10000, '(') + R"({a} = "x")" + std::string(10000, ')');
  EXPECT_FALSE(check_condition(deep).ok());
  const std::string fine = std::string(20, '(') + R"({a} = "x")" + std::string(20, ')');
  EXPECT_TRUE(check_condition(fine).ok());
}

TEST(Condition, AQuestionIsVisibleWhenItsPageItsPanelsAndItselfAre) {
  using test::page;
  using test::panel;
  using test::scale;
  const auto q = test::questionnaire(
      {page("p1", {scale("gate", 2)}),
       page("p2", {panel("box", {scale("inner", 1, R"({gate} = "v-2")")}, R"({gate} contains "v-")")},
            R"({gate} = "v-1" or {gate} = "v-2")")});
  EXPECT_TRUE(question_visible(q, "gate", {}));
  EXPECT_FALSE(question_visible(q, "inner", {}));
  EXPECT_FALSE(
      question_visible(q, "inner", {{"gate", std::string("v-1")}}));  // page and panel yes, itself no
  EXPECT_TRUE(question_visible(q, "inner", {{"gate", std::string("v-2")}}));
  EXPECT_FALSE(question_visible(q, "nobody", {}));
  EXPECT_FALSE(page_visible(q.pages[1], {{"gate", std::string("v-0")}}));
}

}  // namespace
}  // namespace forkant
