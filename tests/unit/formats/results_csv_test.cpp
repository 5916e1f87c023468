#include "formats/results_csv.hpp"

#include <gtest/gtest.h>

#include <string>

#include "formats/csv.hpp"
#include "unit/domain/assessment/fixtures.hpp"

namespace forkant {
namespace {

using testing::by_hand;
using testing::in_group;
using testing::small_framework;
using testing::values;

RoundResults sample() {
  RoundInput round{{"G", "=H"}, {}, 3};
  // a: 1, 2, 2, 2, 1 through links and 2 typed in -> mean 10/6, median 2, sd sqrt((4/9*2 + 1/9*4)/5)
  for (int v : {1, 2, 2, 2, 1})
    round.responses.push_back(in_group("G", values({{"a.s1", v}, {"a.importance", 4}})));
  round.responses.push_back(by_hand("G", values({{"a.s1", 2}, {"a.importance", 4}}), "Dennis"));
  round.responses.push_back(in_group("=H", values({{"a.s1", 5}})));
  return compute_results(small_framework(), round);
}

TEST(ResultsCsvTest, WritesOneRowPerSetAndDimensionAndOneForASuppressedSet) {
  const std::string expected =
      "set,group,status,needed,respondents,by_hand,entered_by,index,position_share,dimension,number,title,"
      "n,score,median,sd,min,max,importance,position,priority,disagreement,trend,top_management,gap_to_"
      "top\r\n"
      "round,,shown,,6,1,Dennis (1),1.67,,a,1,A (en),6,1.67,2.00,0.52,1.00,2.00,4.00,,13.33,no,,,\r\n"
      "round,,shown,,6,1,Dennis (1),1.67,,b,2,B (en),,,,,,,,,,,,,\r\n"
      "round,,shown,,6,1,Dennis (1),1.67,,c,3,C (en),,,,,,,,,,,,,\r\n"
      "group,G,shown,,6,1,Dennis (1),1.67,,a,1,A (en),6,1.67,2.00,0.52,1.00,2.00,4.00,,13.33,no,,,\r\n"
      "group,G,shown,,6,1,Dennis (1),1.67,,b,2,B (en),,,,,,,,,,,,,\r\n"
      "group,G,shown,,6,1,Dennis (1),1.67,,c,3,C (en),,,,,,,,,,,,,\r\n"
      "group,'=H,suppressed,2,,,,,,,,,,,,,,,,,,,,,\r\n";
  EXPECT_EQ(results_to_csv(small_framework(), sample(), "en"), expected);
}

TEST(ResultsCsvTest, MarksTopManagementsRowsAndGivesEachOtherGroupsShownGap) {
  RoundInput round{{"direktion", "chefer", "borgerpanel"}, {}, 3, "direktion"};
  for (int i = 0; i < 3; ++i) round.responses.push_back(in_group("direktion", values({{"a.s1", 5}})));
  for (int i = 0; i < 3; ++i) round.responses.push_back(in_group("chefer", values({{"a.s1", 3}})));
  round.responses.push_back(in_group("borgerpanel", values({{"a.s1", 1}})));  // suppressed: no gap
  const std::string csv = results_to_csv(small_framework(), compute_results(small_framework(), round), "en");
  EXPECT_NE(csv.find("group,direktion,shown,,3,0,,5.00,,a,1,A (en),3,5.00,,,,,,,,,,yes,\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("group,chefer,shown,,3,0,,3.00,,a,1,A (en),3,3.00,,,,,,,,,,,2.00\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("group,chefer,shown,,3,0,,3.00,,b,2,B (en),,,,,,,,,,,,,\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("group,borgerpanel,suppressed,2" + std::string(21, ',') + "\r\n"), std::string::npos)
      << csv;
}

TEST(ResultsCsvTest, DanishExcelUsesSemicolonsDecimalCommasAndABom) {
  const std::string csv = results_to_csv(small_framework(), sample(), "da", CsvDialect::danish_excel);
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFset;group;status;"));
  EXPECT_NE(csv.find("round;;shown;;6;1;Dennis (1);1,67;;a;1;A (da);6;1,67;2,00;0,52;"), std::string::npos);
}

TEST(ResultsCsvTest, SpreadIsLeftEmptyBelowFive) {
  RoundInput round{{"G"}, {}, 3};
  for (int v : {1, 2, 2}) round.responses.push_back(in_group("G", values({{"a.s1", v}})));
  const std::string csv = results_to_csv(small_framework(), compute_results(small_framework(), round), "en");
  EXPECT_NE(csv.find("round,,shown,,3,0,,1.67,,a,1,A (en),3,1.67,,,,,,,,,,,\r\n"), std::string::npos) << csv;
}

TEST(ResultsCsvTest, AGroupNameThatLooksLikeAFormulaIsDefusedWhateverItsPrefix) {
  for (const std::string prefix :
       {"=", "+", "-", "@", "\t", "\r", "\n", " =", " +", " -", " @", "\t=", "\r+", "\n-", "\r\n@"}) {
    const std::string group = prefix + "cmd|' /C calc'!A0";
    RoundInput round{{group}, {}, 3};
    round.responses.push_back(in_group(group, values({{"a.s1", 5}})));
    for (const auto dialect : {CsvDialect::standard, CsvDialect::danish_excel}) {
      const std::string csv =
          results_to_csv(small_framework(), compute_results(small_framework(), round), "en", dialect);
      const char sep = dialect == CsvDialect::danish_excel ? ';' : ',';
      const auto rows = parse_csv(csv, sep, 100);
      ASSERT_TRUE(rows.ok()) << "[" << prefix << "]";
      bool found = false;
      for (const auto& row : *rows) {
        if (row.fields.at(0) != "group") continue;
        found = true;
        EXPECT_EQ(row.fields.at(1), "'" + group) << "[" << prefix << "]";
      }
      EXPECT_TRUE(found) << "[" << prefix << "]";
    }
  }
}

}  // namespace
}  // namespace forkant
