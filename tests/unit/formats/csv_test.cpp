#include "formats/csv.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace forkant {
namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Case {
  std::string name;
  std::string text;
  char separator;
  Rows rows;
  std::vector<int> row_numbers;
};

const std::vector<Case> kCases = {
    {"plain fields with LF", "a,b\n1,2\n", ',', {{"a", "b"}, {"1", "2"}}, {1, 2}},
    {"CRLF and no final line break", "a,b\r\n1,2", ',', {{"a", "b"}, {"1", "2"}}, {1, 2}},
    {"quoted separators, doubled quotes and line breaks",
     "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n",
     ',',
     {{"a", "b"}, {"x,y", "say \"hi\""}, {"two\nlines", "z"}},
     {1, 2, 3}},
    {"semicolons", "a;b\n1,5;2\n", ';', {{"a", "b"}, {"1,5", "2"}}, {1, 2}},
    {"empty fields and a trailing separator", "a,b,c\n,,\n", ',', {{"a", "b", "c"}, {"", "", ""}}, {1, 2}},
    {"blank lines are skipped but counted", "a\n\n1\n", ',', {{"a"}, {"1"}}, {1, 3}},
    {"a quoted empty field is a row", "a\n\"\"\n", ',', {{"a"}, {""}}, {1, 2}},
};

TEST(CsvTest, ParsesRfc4180) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    auto parsed = parse_csv(c.text, c.separator, 100);
    ASSERT_TRUE(parsed.ok()) << parsed.error().code;
    Rows rows;
    std::vector<int> numbers;
    for (const CsvRow& r : *parsed) {
      rows.push_back(r.fields);
      numbers.push_back(r.row);
    }
    EXPECT_EQ(rows, c.rows);
    EXPECT_EQ(numbers, c.row_numbers);
  }
}

TEST(CsvTest, RejectsMalformedQuotingWithTheRow) {
  auto unterminated = parse_csv("a\n1\n\"open\n", ',', 100);
  ASSERT_FALSE(unterminated.ok());
  EXPECT_EQ(unterminated.error().code, "csv_unterminated_quote");
  EXPECT_EQ(unterminated.error().params.at("row"), "3");
  auto trailing = parse_csv("a\n\"x\"y\n", ',', 100);
  ASSERT_FALSE(trailing.ok());
  EXPECT_EQ(trailing.error().code, "csv_text_after_quote");
  EXPECT_EQ(trailing.error().params.at("row"), "2");
}

TEST(CsvTest, CapsTheNumberOfRowsAfterTheHeader) {
  EXPECT_TRUE(parse_csv("h\n1\n2\n", ',', 2).ok());
  auto over = parse_csv("h\n1\n2\n3\n", ',', 2);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, "csv_too_many_rows");
  EXPECT_EQ(over.error().params.at("max"), "2");
}

TEST(CsvTest, DetectsTheSeparatorFromTheHeader) {
  EXPECT_EQ(detect_separator("group;q1.s1;q1.s2\n1,2"), ';');
  EXPECT_EQ(detect_separator("group,q1.s1\n;;;;"), ',');
}

TEST(CsvTest, WritesFieldsQuotedOnlyWhenNeededAndDefusesFormulas) {
  EXPECT_EQ(csv_field("plain", ','), "plain");
  EXPECT_EQ(csv_field("a,b", ','), "\"a,b\"");
  EXPECT_EQ(csv_field("a,b", ';'), "a,b");
  EXPECT_EQ(csv_field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines", ','), "\"two\nlines\"");
  EXPECT_EQ(csv_text_field("=HYPERLINK(1)", ','), "'=HYPERLINK(1)");
  EXPECT_EQ(csv_text_field("-1", ','), "'-1");
  EXPECT_EQ(csv_text_field("Direktion", ','), "Direktion");
}

// Every prefix that makes a spreadsheet evaluate a cell (OWASP "CSV injection"), and the leading white
// space that spreadsheets skip before them.
const std::vector<std::string>& formula_prefixes() {
  static const std::vector<std::string> prefixes = {
      "=", "+", "-", "@", "\t", "\r", "\n", " =", " +", " -", " @", "\t=", "\r+", "\n-", "\r\n@", "  \t =",
  };
  return prefixes;
}

TEST(CsvTest, TheFormulaGuardCatchesEveryPrefixAndTheWhiteSpaceBeforeIt) {
  for (const std::string& prefix : formula_prefixes()) {
    const std::string value = prefix + "HYPERLINK(\"http://x\")";
    EXPECT_TRUE(csv_formula_risk(value)) << "[" << prefix << "]";
    for (const char sep : {',', ';'}) {
      const auto rows = parse_csv(csv_text_field(value, sep) + sep + "next\r\n", sep, 10);
      ASSERT_TRUE(rows.ok()) << "[" << prefix << "]";
      ASSERT_EQ(rows->size(), 1u) << "[" << prefix << "]";
      EXPECT_EQ((*rows)[0].fields.at(0), "'" + value) << "[" << prefix << "] with " << sep;
      EXPECT_EQ((*rows)[0].fields.at(1), "next");
    }
  }
  for (const std::string prefix : {"\t", "\r", "\n", "\r\n"}) {
    EXPECT_TRUE(csv_formula_risk(prefix + "text")) << "a leading control character on its own";
  }
}

TEST(CsvTest, TheFormulaGuardLeavesOrdinaryTextAlone) {
  for (const std::string value :
       {"", "Direktion", " Direktion", "  ", "a=b", "Direktion -1", "1-2", "e-mail@x.dk", "'=1"}) {
    EXPECT_FALSE(csv_formula_risk(value)) << "[" << value << "]";
    EXPECT_EQ(csv_text_field(value, ','), csv_field(value, ',')) << "[" << value << "]";
  }
}

}  // namespace
}  // namespace forkant
