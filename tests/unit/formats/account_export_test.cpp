#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "formats/account_csv.hpp"
#include "formats/account_json.hpp"
#include "formats/csv.hpp"
#include "unit/domain/decisions/builders.hpp"

namespace forkant {
namespace {

using test::day;

Account small_account() {
  DecisionDraft content = test::valid_draft();
  content.kind = DecisionKind::deselected;
  content.title = "Ingen chatbot, \"endnu\"";
  content.rationale = "Linje 1\nLinje 2";
  content.alternatives = "=HYPERLINK(\"http://x\")";
  content.questions = {3};
  content.body = "Økonomiudvalget";
  Decision d = test::decision(8, content);
  const Goal g = test::goal(21, "Selvbetjening", {3});
  Step s = test::step(11, 21, "2026-05-01", StepStatus::done);
  s.hypothesis = "Hvis vi ringer op, så falder antallet af klager";
  s.evaluation = test::evaluation(Verdict::adjust, "2026-05-10");
  return *build_account({d}, {g}, {s}, day("2026-01-01"), day("2026-12-31"));
}

TEST(AccountExportTest, CsvHasOneRowPerQuestionAndEntryQuotedAsRfc4180) {
  EXPECT_EQ(
      account_to_csv(small_account()),
      "question,kind,date,id,title,rationale,alternatives,body,superseded_by,goal,result,learned,verdict\r\n"
      "3,deselected,2026-03-03,8,\"Ingen chatbot, \"\"endnu\"\"\",\"Linje 1\nLinje 2\","
      "\"'=HYPERLINK(\"\"http://x\"\")\",Økonomiudvalget,,,,,\r\n"
      "3,lesson,2026-05-10,11,\"Hvis vi ringer op, så falder antallet af klager\",,,,,Selvbetjening,"
      "Målet blev nået,Borgerne tog det godt imod,adjust\r\n");
}

TEST(AccountExportTest, CsvDefusesEveryFormulaPrefix) {
  for (const char* title : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx"}) {
    Account account = small_account();
    account.questions[2].deselected[0].content.title = title;
    const std::string csv = account_to_csv(account);
    EXPECT_NE(csv.find(",'" + std::string{title}.substr(0, 1)), std::string::npos) << title;
  }
}

TEST(AccountExportTest, CsvDefusesAFormulaAfterLeadingWhiteSpaceAndLeadingControlCharacters) {
  for (const std::string prefix :
       {"=", "+", "-", "@", "\t", "\r", "\n", " =", " +", " -", " @", "\t=", "\r+", "\n-", "\r\n@"}) {
    const std::string value = prefix + "HYPERLINK(\"http://x\")";
    Account account = small_account();
    auto& decision = account.questions[2].deselected[0].content;
    decision.title = decision.rationale = decision.alternatives = decision.body = value;
    auto& lesson = account.questions[2].lessons[0];
    lesson.hypothesis = lesson.goal_title = lesson.result = lesson.learned = value;
    const auto rows = parse_csv(account_to_csv(account), ',', 10);
    ASSERT_TRUE(rows.ok()) << "[" << prefix << "]";
    ASSERT_EQ(rows->size(), 3u) << "[" << prefix << "]";
    const auto& d = (*rows)[1].fields;
    for (const int column : {4, 5, 6, 7})
      EXPECT_EQ(d.at(column), "'" + value) << "[" << prefix << "] " << column;
    const auto& l = (*rows)[2].fields;
    for (const int column : {4, 9, 10, 11})
      EXPECT_EQ(l.at(column), "'" + value) << "[" << prefix << "] " << column;
  }
}

TEST(AccountExportTest, CsvOfAnEmptyAccountIsTheHeaderAlone) {
  const auto account = build_account({}, {}, {}, day("2026-01-01"), day("2026-12-31"));
  EXPECT_EQ(account_to_csv(*account),
            "question,kind,date,id,title,rationale,alternatives,body,superseded_by,goal,result,learned,"
            "verdict\r\n");
}

TEST(AccountExportTest, JsonListsAllTenQuestionsWithTheirEntries) {
  const nlohmann::json json = account_to_json(small_account());
  EXPECT_EQ(json["from"], "2026-01-01");
  EXPECT_EQ(json["to"], "2026-12-31");
  ASSERT_EQ(json["questions"].size(), 10u);
  const auto& q3 = json["questions"][2];
  EXPECT_EQ(q3["question"], 3);
  ASSERT_EQ(q3["deselected"].size(), 1u);
  EXPECT_EQ(q3["deselected"][0]["id"], 8);
  EXPECT_EQ(q3["deselected"][0]["title"], "Ingen chatbot, \"endnu\"");
  EXPECT_EQ(q3["deselected"][0]["alternatives"], "=HYPERLINK(\"http://x\")")
      << "JSON keeps the text as entered";
  EXPECT_TRUE(q3["deselected"][0]["review_on"].is_null());
  EXPECT_TRUE(q3["deselected"][0]["superseded_by"].is_null());
  EXPECT_EQ(q3["lessons"][0]["verdict"], "adjust");
  EXPECT_EQ(q3["lessons"][0]["goal"], "Selvbetjening");
  EXPECT_EQ(q3["lessons"][0]["evaluated_on"], "2026-05-10");
  EXPECT_TRUE(json["questions"][0]["decided"].empty());
  EXPECT_NO_THROW((void)json.dump()) << "valid UTF-8 throughout";
}

}  // namespace
}  // namespace forkant

namespace forkant {
namespace {

AccountCsvLabels danish_labels() {
  AccountCsvLabels l;
  l.columns = {"Spørgsmål",
               "Art",
               "Dato",
               "Nr.",
               "Titel",
               "Begrundelse",
               "Overvejet i stedet",
               "Besluttet af",
               "Erstattet af nr.",
               "Mål",
               "Resultat",
               "Det lærte vi",
               "Vurdering"};
  l.decided = "Besluttet";
  l.deselected = "Fravalgt";
  l.postponed = "Udskudt";
  l.lesson = "Erfaring fra et skridt";
  l.questions = {{3, "3. Rådgivning af politikerne"}};
  l.verdicts = {{Verdict::continue_, "Fortsæt"}, {Verdict::adjust, "Justér"}, {Verdict::stop, "Stop"}};
  return l;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The Danish download in the dialect of results.csv (BOM, ';', CRLF) with labels, byte for byte.
TEST(AccountCsvDialectTest, DanishIsExcelsDialectWithLabelsByteForByte) {
  const std::string expected = read_file(FORKANT_SOURCE_DIR "/tests/unit/formats/expected/account_da.csv");
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(account_to_csv(small_account(), danish_labels(), CsvDialect::danish_excel), expected);
}

TEST(AccountCsvDialectTest, LabelsAreDefusedAndTheStandardDialectUsesCommas) {
  AccountCsvLabels l = danish_labels();
  l.deselected = "=Fravalgt";
  const std::string csv = account_to_csv(small_account(), l, CsvDialect::standard);
  EXPECT_EQ(csv.rfind("Spørgsmål,Art,", 0), 0U);  // no BOM, commas
  EXPECT_NE(csv.find(",'=Fravalgt,"), std::string::npos);
}

}  // namespace
}  // namespace forkant
