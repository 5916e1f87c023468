#include "domain/decisions/account.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "builders.hpp"
#include "domain/decisions/account_export.hpp"
#include "formats/account_csv.hpp"
#include "formats/csv.hpp"

namespace forkant {
namespace {

using test::day;

std::vector<std::int64_t> ids(const std::vector<Decision>& decisions) {
  std::vector<std::int64_t> out;
  for (const auto& d : decisions) out.push_back(d.id);
  return out;
}

const QuestionAccount& question(const Account& account, int q) {
  return account.questions[static_cast<std::size_t>(q - 1)];
}

struct Register {
  std::vector<Decision> decisions;
  std::vector<Goal> goals;
  std::vector<Step> steps;
};

Register a_year() {
  Register r;
  r.decisions = {
      test::decision(1, DecisionKind::decided, {2, 9}, "2026-01-01"),
      test::decision(2, DecisionKind::deselected, {2}, "2026-03-01"),
      test::decision(3, DecisionKind::postponed, {9}, "2026-12-31"),
      test::decision(4, DecisionKind::decided, {2}, "2025-12-31"),  // before the period
      test::decision(5, DecisionKind::decided, {2}, "2026-02-01"),
  };
  r.decisions[4].superseded_by_id = 6;
  r.goals = {test::goal(21, "Digital selvbetjening", {2, 5}), test::goal(22, "Data", {7})};
  Step evaluated = test::step(11, 21, "2026-05-01", StepStatus::done);
  evaluated.evaluation = test::evaluation(Verdict::stop, "2026-05-10");
  Step last_year = test::step(12, 22, "2025-05-01", StepStatus::done);
  last_year.evaluation = test::evaluation(Verdict::continue_, "2025-05-10");
  r.steps = {evaluated, last_year, test::step(13, 22, "2026-06-01", StepStatus::running)};
  return r;
}

TEST(AccountTest, GroupsDecisionsByQuestionAndKindUnderEveryQuestionTheyConcern) {
  const Register r = a_year();
  const auto account = build_account(r.decisions, r.goals, r.steps, day("2026-01-01"), day("2026-12-31"));
  ASSERT_TRUE(account);
  EXPECT_EQ(question(*account, 2).question, 2);
  EXPECT_EQ(ids(question(*account, 2).decided), (std::vector<std::int64_t>{1, 5}));
  EXPECT_EQ(ids(question(*account, 2).deselected), std::vector<std::int64_t>{2});
  EXPECT_EQ(ids(question(*account, 9).decided), std::vector<std::int64_t>{1})
      << "appears under each question";
  EXPECT_EQ(ids(question(*account, 9).postponed), std::vector<std::int64_t>{3}) << "the last day is included";
  EXPECT_EQ(question(*account, 2).decided[1].superseded_by_id, 6) << "a superseded decision stays, marked";
  EXPECT_TRUE(question(*account, 1).decided.empty());
}

TEST(AccountTest, LessonsFromEvaluatedStepsAppearUnderTheQuestionsOfTheirGoal) {
  const Register r = a_year();
  const auto account = build_account(r.decisions, r.goals, r.steps, day("2026-01-01"), day("2026-12-31"));
  ASSERT_TRUE(account);
  for (const int q : {2, 5}) {
    ASSERT_EQ(question(*account, q).lessons.size(), 1u) << q;
    EXPECT_EQ(question(*account, q).lessons[0].step_id, 11);
    EXPECT_EQ(question(*account, q).lessons[0].verdict, Verdict::stop);
  }
  EXPECT_TRUE(question(*account, 7).lessons.empty()) << "evaluated before the period";
}

TEST(AccountTest, RefusesAPeriodThatEndsBeforeItStarts) {
  const auto account = build_account({}, {}, {}, day("2026-02-01"), day("2026-01-31"));
  ASSERT_FALSE(account);
  EXPECT_EQ(account.error().code, "invalid_period");
  EXPECT_TRUE(build_account({}, {}, {}, day("2026-02-01"), day("2026-02-01"))) << "one day is a period";
}

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
