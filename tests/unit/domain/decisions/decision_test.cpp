#include "domain/decisions/decision.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "builders.hpp"

namespace forkant {
namespace {

using test::day;
using test::org_context;
using test::valid_draft;

std::string repeat(std::string_view piece, std::size_t times) {
  std::string s;
  for (std::size_t i = 0; i < times; ++i) s += piece;
  return s;
}

TEST(DecisionValidationTest, AcceptsACompleteDraft) {
  EXPECT_TRUE(validate(valid_draft(), org_context()));
}

TEST(DecisionValidationTest, AcceptsAReviewOnTheDayOfTheDecisionAndOptionalLinks) {
  DecisionDraft d = valid_draft();
  d.review_on = d.decided_on;
  d.round_id = 11;
  d.goal_id = 22;
  d.purposes.clear();
  EXPECT_TRUE(validate(d, org_context()));
}

TEST(DecisionValidationTest, RefusesEachKindOfBadInputWithItsOwnCode) {
  struct Case {
    const char* name;
    std::function<void(DecisionDraft&)> change;
    const char* code;
  };
  const Case cases[] = {
      {"empty title", [](auto& d) { d.title = ""; }, "title_required"},
      {"blank title", [](auto& d) { d.title = " \t\n"; }, "title_required"},
      {"title over 200 characters", [](auto& d) { d.title = repeat("x", 201); }, "title_too_long"},
      {"empty rationale", [](auto& d) { d.rationale = ""; }, "rationale_required"},
      {"deselection without reasons",
       [](auto& d) {
         d.kind = DecisionKind::deselected;
         d.rationale = "  ";
       },
       "deselection_rationale_required"},
      {"rationale too long", [](auto& d) { d.rationale = repeat("x", 10001); }, "rationale_too_long"},
      {"alternatives too long", [](auto& d) { d.alternatives = repeat("x", 10001); },
       "alternatives_too_long"},
      {"no question", [](auto& d) { d.questions.clear(); }, "question_required"},
      {"question 0",
       [](auto& d) {
         d.questions = {0, 3};
       },
       "unknown_question"},
      {"question 11",
       [](auto& d) {
         d.questions = {3, 11};
       },
       "unknown_question"},
      {"empty body", [](auto& d) { d.body = ""; }, "body_required"},
      {"body too long", [](auto& d) { d.body = repeat("x", 201); }, "body_too_long"},
      {"no decision date", [](auto& d) { d.decided_on = Date{}; }, "decided_on_required"},
      {"review before decision", [](auto& d) { d.review_on = day("2026-03-02"); }, "review_before_decision"},
      {"unknown purpose",
       [](auto& d) {
         d.purposes = {"efficiency", "world_peace"};
       },
       "unknown_purpose"},
      {"owner outside the organisation", [](auto& d) { d.owner_user_id = 999; }, "unknown_owner"},
      {"round of another organisation", [](auto& d) { d.round_id = 99; }, "unknown_round"},
      {"goal of another organisation", [](auto& d) { d.goal_id = 99; }, "unknown_goal"},
      {"invalid UTF-8 in the title", [](auto& d) { d.title = "Bad \xC3\x28"; }, "invalid_utf8"},
      {"invalid UTF-8 in the alternatives", [](auto& d) { d.alternatives = "\xED\xA0\x80"; }, "invalid_utf8"},
  };
  for (const auto& c : cases) {
    DecisionDraft d = valid_draft();
    c.change(d);
    const Status status = validate(d, org_context());
    ASSERT_FALSE(status) << c.name;
    EXPECT_EQ(status.error().code, c.code) << c.name;
    EXPECT_EQ(status.error().key, std::string{"error."} + c.code) << c.name;
    EXPECT_EQ(status.error().kind, ErrorKind::invalid) << c.name;
  }
}

TEST(DecisionValidationTest, CountsTextLengthInCharactersNotBytes) {
  DecisionDraft d = valid_draft();
  d.title = repeat("æ", 200);  // 400 bytes
  EXPECT_TRUE(validate(d, org_context()));
  d.title += "ø";
  EXPECT_EQ(validate(d, org_context()).error().params.at("max"), "200");
}

TEST(DecisionValidationTest, NamesTheFieldWithInvalidUtf8AndTheBadQuestion) {
  DecisionDraft d = valid_draft();
  d.body = "\xFF";
  EXPECT_EQ(validate(d, org_context()).error().params.at("field"), "body");
  d = valid_draft();
  d.questions = {11};
  EXPECT_EQ(validate(d, org_context()).error().params.at("question"), "11");
}

TEST(DecisionValidationTest, ALinkToAnotherOrganisationIsAnsweredLikeANonexistentOne) {
  DecisionDraft foreign = valid_draft();
  foreign.round_id = 12'345;  // exists, but in another organisation: the context does not hold it
  DecisionDraft missing = valid_draft();
  missing.round_id = 999'999;
  const Error a = validate(foreign, org_context()).error();
  const Error b = validate(missing, org_context()).error();
  EXPECT_EQ(a.code, b.code);
  EXPECT_EQ(a.key, b.key);
  EXPECT_EQ(a.params, b.params);
}

TEST(DecisionValidationTest, KindNamesRoundTripAndUnknownNamesAreRefused) {
  for (const auto kind : {DecisionKind::decided, DecisionKind::deselected, DecisionKind::postponed}) {
    EXPECT_EQ(decision_kind_from_string(to_string(kind)), kind);
  }
  EXPECT_EQ(to_string(DecisionKind::deselected), "deselected");
  EXPECT_FALSE(decision_kind_from_string("Decided"));
  EXPECT_FALSE(decision_kind_from_string(""));
}

}  // namespace
}  // namespace forkant
