// The CSV of private respondent links: header, one row per link, both dialects, and a group name that a
// spreadsheet could take for a formula shown as text.
#include "formats/links_csv.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

TEST(LinksCsvTest, WritesAHeaderAndOneRowPerLinkInEitherDialect) {
  const std::vector<std::string> links = {"https://forkant.example/r/abc", "https://forkant.example/r/def"};
  EXPECT_EQ(
      links_to_csv("direktion", links, CsvDialect::standard),
      "group,link\r\ndirektion,https://forkant.example/r/abc\r\ndirektion,https://forkant.example/r/def\r\n");
  EXPECT_EQ(links_to_csv("direktion", links, CsvDialect::danish_excel),
            "\xEF\xBB\xBFgroup;link\r\ndirektion;https://forkant.example/r/abc\r\n"
            "direktion;https://forkant.example/r/def\r\n");
}

TEST(LinksCsvTest, AGroupOrLinkThatLooksLikeAFormulaIsDefusedWhateverItsPrefix) {
  for (const std::string prefix :
       {"=", "+", "-", "@", "\t", "\r", "\n", " =", " +", " -", " @", "\t=", "\r+", "\n-", "\r\n@"}) {
    const std::string value = prefix + "cmd|' /C calc'!A0";
    for (const auto dialect : {CsvDialect::standard, CsvDialect::danish_excel}) {
      const char sep = dialect == CsvDialect::danish_excel ? ';' : ',';
      const auto rows = parse_csv(links_to_csv(value, {value}, dialect), sep, 10);
      ASSERT_TRUE(rows.ok()) << "[" << prefix << "]";
      ASSERT_EQ(rows->size(), 2u) << "[" << prefix << "]";
      EXPECT_EQ((*rows)[1].fields.at(0), "'" + value) << "[" << prefix << "]";
      EXPECT_EQ((*rows)[1].fields.at(1), "'" + value) << "[" << prefix << "]";
    }
  }
}

}  // namespace
}  // namespace forkant
