#include "domain/decisions/decision_filter.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "builders.hpp"

namespace forkant {
namespace {

using test::day;
using test::decision;

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

TEST(DecisionSearchParseTest, SearchSortAndDirectionAreReadAndChecked) {
  const auto plain = parse_decision_filter({});
  EXPECT_FALSE(plain->search);
  EXPECT_EQ(plain->sort, DecisionSort::date);
  EXPECT_TRUE(plain->descending) << "newest decisions first by default";
  const auto searched = parse_decision_filter({.q = "  ældre borgere ", .sort = "title"});
  ASSERT_TRUE(searched.ok());
  EXPECT_EQ(searched->search, "  ældre borgere ");
  EXPECT_EQ(searched->sort, DecisionSort::title);
  EXPECT_FALSE(searched->descending) << "a column other than the date starts ascending";
  EXPECT_TRUE(parse_decision_filter({.sort = "review", .dir = "desc"})->descending);
  EXPECT_FALSE(parse_decision_filter({.dir = "asc"})->descending);
  EXPECT_FALSE(parse_decision_filter({.q = " \t "})->search) << "white space searches nothing";
  EXPECT_TRUE(parse_decision_filter({.q = std::string(200, 'x')}).ok());
  EXPECT_TRUE(parse_decision_filter({.q = std::string(100, 'x') + std::string(50, 'x') + "æøåæøå"}).ok())
      << "the limit counts characters, not bytes";
  struct Case {
    DecisionFilterQuery query;
    std::string field;
    std::string code;
  };
  const std::vector<Case> cases = {
      {{.q = std::string(201, 'x')}, "q", "search_too_long"},
      {{.q = std::string(101, '\xC3')}, "q", "invalid_search"},
      {{.q = "a\x01b"}, "q", "invalid_search"},
      {{.sort = "owner"}, "sort", "unknown_sort"},
      {{.sort = "Title"}, "sort", "unknown_sort"},
      {{.dir = "up"}, "dir", "unknown_sort"},
  };
  for (const auto& c : cases) {
    const auto parsed = parse_decision_filter(c.query);
    ASSERT_FALSE(parsed.ok()) << c.code;
    EXPECT_EQ(parsed.error().kind, ErrorKind::malformed) << c.code;
    EXPECT_EQ(parsed.error().code, c.code);
    EXPECT_EQ(parsed.error().key, "error.filter_" + c.field);
  }
}

TEST(DecisionSearchTest, TheUsersWordsAreQuotedNeverFtsSyntax) {
  EXPECT_EQ(fts_match_expression("ældre"), "\"ældre\"*");
  EXPECT_EQ(fts_match_expression("  fælles   indgang "), "\"fælles\"* \"indgang\"*");
  EXPECT_EQ(fts_match_expression("title:robot OR NOT (løn)"), "\"title:robot\"* \"OR\"* \"NOT\"* \"(løn)\"*");
  EXPECT_EQ(fts_match_expression("\"NEAR\" a\"b"), "\"\"\"NEAR\"\"\"* \"a\"\"b\"*")
      << "quotes doubled inside";
  EXPECT_EQ(fts_match_expression("robot* -- ^"), "\"robot*\"*") << "words without a letter or digit left out";
  EXPECT_FALSE(fts_match_expression("( ) \" *"));
  EXPECT_FALSE(fts_match_expression(""));
}

TEST(DecisionSortTest, EachColumnSortsBothWaysWithDateThenIdBreakingTies) {
  auto a = decision(1, DecisionKind::postponed, {4}, "2026-03-01");
  a.content.title = "Åbne data";
  a.content.review_on = day("2026-09-01");
  auto b = decision(2, DecisionKind::decided, {2, 9}, "2026-05-01");
  b.content.title = "ældre borgere";
  auto c = decision(3, DecisionKind::deselected, {1}, "2026-04-01");
  c.content.title = "Robotter";
  c.content.review_on = day("2026-06-01");
  auto d = decision(4, DecisionKind::decided, {2}, "2026-05-01");
  d.content.title = "Zoner";
  const auto sorted = [&](DecisionSort sort, bool descending) {
    std::vector<Decision> list{a, b, c, d};
    sort_decisions(list, sort, descending);
    return ids(list);
  };
  EXPECT_EQ(sorted(DecisionSort::date, true), (std::vector<std::int64_t>{4, 2, 3, 1}));
  EXPECT_EQ(sorted(DecisionSort::date, false), (std::vector<std::int64_t>{1, 3, 4, 2}));
  EXPECT_EQ(sorted(DecisionSort::title, false), (std::vector<std::int64_t>{3, 4, 2, 1})) << "Z < Æ < Å";
  EXPECT_EQ(sorted(DecisionSort::title, true), (std::vector<std::int64_t>{1, 2, 4, 3}));
  EXPECT_EQ(sorted(DecisionSort::kind, false), (std::vector<std::int64_t>{4, 2, 3, 1}))
      << "besluttet, fravalgt, udskudt; ties newest first";
  EXPECT_EQ(sorted(DecisionSort::review, false), (std::vector<std::int64_t>{3, 1, 4, 2}))
      << "without a review date last";
  EXPECT_EQ(sorted(DecisionSort::review, true), (std::vector<std::int64_t>{1, 3, 4, 2}))
      << "without a review date last in both directions";
  EXPECT_EQ(sorted(DecisionSort::question, false), (std::vector<std::int64_t>{3, 4, 2, 1}));
}

}  // namespace
}  // namespace forkant
