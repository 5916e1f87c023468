#include "domain/decisions/decision_filter.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "builders.hpp"

namespace forkant {
namespace {

using test::day;

std::vector<Decision> register_of_four() {
  std::vector<Decision> all{
      test::decision(1, DecisionKind::decided, {1, 2}, "2026-01-10"),
      test::decision(2, DecisionKind::deselected, {2}, "2026-02-10"),
      test::decision(3, DecisionKind::postponed, {3}, "2026-03-10"),
      test::decision(4, DecisionKind::decided, {2, 3}, "2026-04-10"),
  };
  all[2].content.owner_user_id = test::kCoordinator;
  all[3].content.body = "byrådet";
  all[3].superseded_by_id = 99;
  return all;
}

std::vector<std::int64_t> ids(const std::vector<Decision>& decisions) {
  std::vector<std::int64_t> out;
  for (const auto& d : decisions) out.push_back(d.id);
  return out;
}

TEST(DecisionFilterTest, EachCriterionNarrowsTheListAndTheyCombine) {
  struct Case {
    const char* name;
    DecisionFilter filter;
    std::vector<std::int64_t> expected;
  };
  const auto with = [](auto change) {
    DecisionFilter f;
    change(f);
    return f;
  };
  const Case cases[] = {
      {"no criteria", {}, {1, 2, 3, 4}},
      {"kind", with([](auto& f) { f.kind = DecisionKind::decided; }), {1, 4}},
      {"question", with([](auto& f) { f.question = 2; }), {1, 2, 4}},
      {"owner", with([](auto& f) { f.owner_user_id = test::kCoordinator; }), {3}},
      {"body", with([](auto& f) { f.body = "byrådet"; }), {4}},
      {"period, both ends included",
       with([](auto& f) {
         f.from = day("2026-02-10");
         f.to = day("2026-03-10");
       }),
       {2, 3}},
      {"only from", with([](auto& f) { f.from = day("2026-03-11"); }), {4}},
      {"without superseded", with([](auto& f) { f.include_superseded = false; }), {1, 2, 3}},
      {"question and kind",
       with([](auto& f) {
         f.question = 2;
         f.kind = DecisionKind::deselected;
       }),
       {2}},
      {"nothing matches", with([](auto& f) { f.question = 10; }), {}},
  };
  const auto all = register_of_four();
  for (const auto& c : cases) EXPECT_EQ(ids(filter_decisions(all, c.filter)), c.expected) << c.name;
}

TEST(DecisionFilterTest, OffersEachBodyOnceInOrder) {
  EXPECT_EQ(distinct_bodies(register_of_four()), (std::vector<std::string>{"byrådet", "direktionen"}));
}

TEST(DecisionFilterParseTest, EmptyParametersSetNoCriterionAndValidOnesSetTheirs) {
  const auto none = parse_decision_filter({});
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->kind || none->question || none->owner_user_id || none->body || none->from || none->to);

  const auto all = parse_decision_filter({"deselected", "10", "42", "byrådet", "2026-02-10", "2026-03-10"});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->kind, DecisionKind::deselected);
  EXPECT_EQ(all->question, 10);
  EXPECT_EQ(all->owner_user_id, 42);
  EXPECT_EQ(all->body, "byrådet");
  EXPECT_EQ(all->from, day("2026-02-10"));
  EXPECT_EQ(all->to, day("2026-03-10"));
  EXPECT_EQ(parse_decision_filter({"", "1"})->question, 1);
}

TEST(DecisionFilterParseTest, EachBadParameterIsRefusedAsMalformedNamingTheField) {
  struct Case {
    DecisionFilterQuery query;
    std::string field;
    std::string code;
  };
  const std::vector<Case> cases = {
      {{.kind = "bogus"}, "kind", "unknown_kind"},
      {{.kind = "Decided"}, "kind", "unknown_kind"},
      {{.kind = "lesson"}, "kind", "unknown_kind"},
      {{.question = "0"}, "question", "unknown_question"},
      {{.question = "11"}, "question", "unknown_question"},
      {{.question = "4294967298"}, "question", "unknown_question"},
      {{.question = "99999999999999999999999"}, "question", "unknown_question"},
      {{.question = "2a"}, "question", "wrong_type"},
      {{.question = "-3"}, "question", "wrong_type"},
      {{.question = " 3"}, "question", "wrong_type"},
      {{.owner = "x"}, "owner", "wrong_type"},
      {{.owner = "+7"}, "owner", "wrong_type"},
      {{.owner = "9223372036854775808"}, "owner", "value_out_of_range"},
      {{.from = "2026-02-30"}, "from", "invalid_date"},
      {{.from = "2026-2-3"}, "from", "invalid_date"},
      {{.to = "tomorrow"}, "to", "invalid_date"},
  };
  for (const auto& c : cases) {
    const auto parsed = parse_decision_filter(c.query);
    ASSERT_FALSE(parsed.ok()) << c.field << " " << c.code;
    EXPECT_EQ(parsed.error().kind, ErrorKind::malformed) << c.code;
    EXPECT_EQ(parsed.error().code, c.code) << c.field;
    EXPECT_EQ(parsed.error().key, "error.filter_" + c.field) << c.code;
    EXPECT_EQ(parsed.error().params.at("field"), c.field) << c.code;
  }
  EXPECT_EQ(parse_decision_filter({.owner = "9223372036854775807"})->owner_user_id, 9223372036854775807)
      << "the largest id is still an id";
}

}  // namespace
}  // namespace forkant
