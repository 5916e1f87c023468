#include "domain/assessment/answers.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "fixtures.hpp"

namespace forkant {
namespace {

using testing::small_framework;
using testing::values;

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

struct Case {
  std::string name;
  ResponseAnswers answers;
  std::string partial_code;  // empty: valid
  std::string submit_code;
  std::map<std::string, std::string> params{};  // of the first failing check
};

const std::vector<Case> kCases = {
    {"empty answers may be saved but not submitted", {}, "", "no_rated_answer"},
    {"only don't know is no rating", values({{"a.s1", kDontKnow}, {"b.position", kDontKnow}}), "",
     "no_rated_answer"},
    {"a comment alone is no rating", {.comments = {{"a.comment", "hej"}}}, "", "no_rated_answer"},
    {"one importance is a rating", values({{"a.importance", 2}}), "", ""},
    {"ratings 1 to 5 and don't know on statements and positions",
     values({{"a.s1", 1}, {"a.s2", 5}, {"a.position", kDontKnow}, {"b.s1", kDontKnow}, {"a.importance", 3}}),
     "", ""},
    {"an unknown item", values({{"zz", 3}}), "unknown_item", "unknown_item", {{"item", "zz"}}},
    {"a rating of 6",
     values({{"a.s1", 6}}),
     "value_out_of_range",
     "value_out_of_range",
     {{"item", "a.s1"}, {"value", "6"}}},
    {"a negative rating",
     values({{"b.position", -1}}),
     "value_out_of_range",
     "value_out_of_range",
     {{"item", "b.position"}, {"value", "-1"}}},
    {"don't know on an importance may be saved, but alone it is no rating",
     values({{"a.importance", kDontKnow}}), "", "no_rated_answer"},
    {"don't know on an importance beside one rating is a valid submission",
     values({{"a.importance", kDontKnow}, {"b.importance", kDontKnow}, {"c.s1", 2}}), "", ""},
    {"a rating on a comment item",
     values({{"a.comment", 3}}),
     "wrong_item_kind",
     "wrong_item_kind",
     {{"item", "a.comment"}}},
    {"a comment on a statement",
     {.comments = {{"a.s1", "hej"}}},
     "wrong_item_kind",
     "wrong_item_kind",
     {{"item", "a.s1"}}},
    {"a comment of 2000 characters, counted as characters not bytes",
     {.values = {{"a.s1", 3}}, .comments = {{"a.comment", std::string(1000, 'x') + repeat("ø", 1000)}}},
     "",
     ""},
    {"a comment of 2001 characters",
     {.comments = {{"a.comment", std::string(2001, 'x')}}},
     "comment_too_long",
     "comment_too_long",
     {{"item", "a.comment"}, {"max", "2000"}}},
    {"a comment with invalid UTF-8",
     {.comments = {{"a.comment", "a\xC3"}}},
     "comment_invalid_utf8",
     "comment_invalid_utf8",
     {{"item", "a.comment"}}},
    {"an unknown purpose",
     {.purposes = {{"p.nope", 10}}},
     "unknown_purpose",
     "unknown_purpose",
     {{"purpose", "p.nope"}}},
    {"negative points",
     {.purposes = {{"p.x", -5}}},
     "points_out_of_range",
     "points_out_of_range",
     {{"purpose", "p.x"}, {"points", "-5"}}},
    {"more than 100 points",
     {.purposes = {{"p.x", 101}}},
     "points_out_of_range",
     "points_out_of_range",
     {{"purpose", "p.x"}, {"points", "101"}}},
    {"a partial allocation may be saved but not submitted",
     {.purposes = {{"p.x", 30}, {"p.y", 20}}},
     "",
     "allocation_sum",
     {{"sum", "50"}}},
    {"an allocation over 100 in total",
     {.purposes = {{"p.x", 60}, {"p.y", 50}}},
     "",
     "allocation_sum",
     {{"sum", "110"}}},
    {"an allocation of all zeros is an allocation that sums to 0",
     {.purposes = {{"p.x", 0}}},
     "",
     "allocation_sum",
     {{"sum", "0"}}},
    {"an allocation of exactly 100",
     {.values = {{"a.s1", 3}}, .purposes = {{"p.x", 60}, {"p.y", 0}, {"p.z", 40}}},
     "",
     ""},
    {"an allocation of exactly 100 with no rating", {.purposes = {{"p.x", 100}}}, "", "no_rated_answer"},
};

TEST(AnswersTest, ValidatesEveryAnswerAgainstTheFramework) {
  const Framework fw = small_framework();
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    const Status partial = validate_partial(fw, c.answers);
    const Status submit = validate_for_submit(fw, c.answers);
    EXPECT_EQ(partial.ok() ? "" : partial.error().code, c.partial_code);
    EXPECT_EQ(submit.ok() ? "" : submit.error().code, c.submit_code);
    if (!submit.ok()) {
      EXPECT_EQ(submit.error().key, "error." + c.submit_code);
      EXPECT_EQ(submit.error().kind, ErrorKind::invalid);
      EXPECT_EQ(submit.error().params, c.params);
    }
  }
}

TEST(AnswersTest, AnAllocationIsCompleteWhenEmptyOrExactly100) {
  EXPECT_TRUE(validate_allocation({}).ok());
  EXPECT_TRUE(validate_allocation({.purposes = {{"p.x", 60}, {"p.y", 40}}}).ok());
  const Status short_of = validate_allocation({.purposes = {{"p.x", 60}, {"p.y", 20}}});
  ASSERT_FALSE(short_of.ok());
  EXPECT_EQ(short_of.error().code, "allocation_sum");
  EXPECT_EQ(short_of.error().params, (std::map<std::string, std::string>{{"sum", "80"}}));
  EXPECT_FALSE(validate_allocation({.purposes = {{"p.x", 0}}}).ok());
}

TEST(AnswersTest, MergeSetsReplacesAndRemovesAnswers) {
  ResponseAnswers before{.values = {{"a.s1", 2}, {"a.s2", 3}},
                         .comments = {{"a.comment", "old"}},
                         .purposes = {{"p.x", 50}, {"p.y", 50}}};
  AnswersPatch patch{.values = {{"a.s1", 4}, {"a.s2", std::nullopt}, {"b.s1", kDontKnow}},
                     .comments = {{"a.comment", std::nullopt}},
                     .purposes = {{"p.y", 20}, {"p.z", 30}}};
  const ResponseAnswers after = merge_answers(before, patch);
  EXPECT_EQ(after.values, (std::map<std::string, int>{{"a.s1", 4}, {"b.s1", kDontKnow}}));
  EXPECT_TRUE(after.comments.empty());
  EXPECT_EQ(after.purposes, (std::map<std::string, int>{{"p.x", 50}, {"p.y", 20}, {"p.z", 30}}));
}

TEST(AnswersTest, MergingAnEmptyCommentRemovesIt) {
  const ResponseAnswers after =
      merge_answers({.comments = {{"a.comment", "old"}}}, {.comments = {{"a.comment", std::string()}}});
  EXPECT_TRUE(after.comments.empty());
}

TEST(AnswersTest, MergingAnEmptyPatchChangesNothing) {
  const ResponseAnswers before = values({{"a.s1", 2}});
  EXPECT_EQ(merge_answers(before, {}), before);
}

}  // namespace
}  // namespace forkant
