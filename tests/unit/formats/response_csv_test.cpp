#include "formats/response_csv.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "unit/domain/assessment/fixtures.hpp"

namespace forkant {
namespace {

using testing::small_framework;

const std::vector<std::string> kGroups = {"Direktion", "Chefer"};

Result<std::vector<SubmittedResponse>> import(const std::string& text) {
  return import_responses_csv(text, small_framework(), kGroups);
}

TEST(ResponseCsvTest, ImportsRatingsDontKnowCommentsAndPurposes) {
  const auto result = import(
      "group,a.s1,a.s2,a.importance,a.comment,p.x,p.y\n"
      "Direktion,4,dk,5,\"Godt, men \"\"langsomt\"\"\nnæste linje\",60,40\n"
      "Chefer, 2 ,Ved ikke,,,,\n");
  ASSERT_TRUE(result.ok()) << result.error().code;
  ASSERT_EQ(result->size(), 2u);
  const SubmittedResponse& first = (*result)[0];
  EXPECT_EQ(first.group, "Direktion");
  EXPECT_EQ(first.answers.values,
            (std::map<std::string, int>{{"a.s1", 4}, {"a.s2", kDontKnow}, {"a.importance", 5}}));
  EXPECT_EQ(first.answers.comments.at("a.comment"), "Godt, men \"langsomt\"\nnæste linje");
  EXPECT_EQ(first.answers.purposes, (std::map<std::string, int>{{"p.x", 60}, {"p.y", 40}}));
  const SubmittedResponse& second = (*result)[1];
  EXPECT_EQ(second.answers.values, (std::map<std::string, int>{{"a.s1", 2}, {"a.s2", kDontKnow}}));
  EXPECT_TRUE(second.answers.comments.empty());
  EXPECT_TRUE(second.answers.purposes.empty()) << "an empty allocation is no allocation";
}

TEST(ResponseCsvTest, ImportsDontKnowOnImportanceAsPaperFormsBringIt) {
  const auto result = import("group;a.s1;a.importance;b.importance\nChefer;3;dk;Ved ikke\n");
  ASSERT_TRUE(result.ok()) << result.error().code;
  EXPECT_EQ(
      (*result)[0].answers.values,
      (std::map<std::string, int>{{"a.s1", 3}, {"a.importance", kDontKnow}, {"b.importance", kDontKnow}}));
}

TEST(ResponseCsvTest, AcceptsDanishExcelWithBomAndSemicolons) {
  const auto result = import("\xEF\xBB\xBFgruppe;a.s1;b.s1\r\nDirektion;3;4\r\n");
  ASSERT_TRUE(result.ok()) << result.error().code;
  EXPECT_EQ((*result)[0].answers.values, (std::map<std::string, int>{{"a.s1", 3}, {"b.s1", 4}}));
}

struct BadCase {
  std::string name;
  std::string text;
  std::string code;
  std::map<std::string, std::string> params;
};

const std::vector<BadCase> kBadCases = {
    {"a rating of 7 names its row, column and value",
     "group,a.s1\nDirektion,3\nChefer,7\n",
     "csv_bad_value",
     {{"row", "3"}, {"column", "a.s1"}, {"value", "7"}}},
    {"rows are counted as a spreadsheet counts them",
     "group,a.s1,a.comment\nDirektion,3,\"a\nb\"\nChefer,x,\n",
     "csv_bad_value",
     {{"row", "3"}, {"column", "a.s1"}, {"value", "x"}}},
    {"don't know on an importance is no rating: a row of it alone is refused",
     "group,a.importance\nChefer,dk\n",
     "csv_no_rated_answer",
     {{"row", "2"}}},
    {"a word other than dk or ved ikke on an importance",
     "group,a.importance\nChefer,vigtigt\n",
     "csv_bad_value",
     {{"row", "2"}, {"column", "a.importance"}, {"value", "vigtigt"}}},
    {"points must be whole numbers 0..100",
     "group,p.x\nChefer,12.5\n",
     "csv_bad_value",
     {{"row", "2"}, {"column", "p.x"}, {"value", "12.5"}}},
    {"an allocation not summing to 100",
     "group,p.x,p.y\nDirektion,50,40\n",
     "csv_allocation_sum",
     {{"row", "2"}, {"sum", "90"}}},
    {"an unknown group",
     "group,a.s1\nByrådet,3\n",
     "csv_unknown_group",
     {{"row", "2"}, {"group", "Byrådet"}}},
    {"an unknown column", "group,a.s1,zz\nChefer,3,3\n", "csv_unknown_column", {{"column", "zz"}}},
    {"a duplicate column", "group,a.s1,a.s1\nChefer,3,3\n", "csv_duplicate_column", {{"column", "a.s1"}}},
    {"no group column first", "a.s1,group\n3,Chefer\n", "csv_missing_group_column", {}},
    {"a row with too few fields",
     "group,a.s1,b.s1\nChefer,3\n",
     "csv_field_count",
     {{"row", "2"}, {"expected", "3"}, {"found", "2"}}},
    {"invalid UTF-8", "group,a.s1\nChefer,3\nChefer,\xff\n", "csv_invalid_utf8", {{"row", "3"}}},
    {"an unterminated quote", "group,a.s1\nChefer,\"3\n", "csv_unterminated_quote", {{"row", "2"}}},
    {"a header only", "group,a.s1\n", "csv_no_rows", {}},
    {"an empty file", "", "csv_no_header", {}},
    {"a comment over 2000 characters",
     "group,a.comment\nChefer," + std::string(2001, 'x') + "\n",
     "csv_comment_too_long",
     {{"row", "2"}, {"column", "a.comment"}, {"max", "2000"}}},
};

TEST(ResponseCsvTest, OneBadRowRejectsTheWholeFileWithARowNumberAndReason) {
  for (const BadCase& c : kBadCases) {
    SCOPED_TRACE(c.name);
    const auto result = import(c.text);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, c.code);
    EXPECT_EQ(result.error().key, "error." + c.code);
    EXPECT_EQ(result.error().params, c.params);
  }
}

TEST(ResponseCsvTest, RejectsMoreThanTenThousandRows) {
  std::string text = "group,a.s1\n";
  for (std::size_t i = 0; i <= kMaxImportRows; ++i) text += "Chefer,3\n";
  const auto result = import(text);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "csv_too_many_rows");
  EXPECT_EQ(result.error().params.at("max"), "10000");
}

}  // namespace
}  // namespace forkant
