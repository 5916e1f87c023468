// The portfolio's CSV and JSON exports (issue 12, section 4): one row per initiative in the portfolio's
// order, unknown figures empty (CSV) or null (JSON), never 0, and a title a spreadsheet could take for a
// formula defused.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "formats/portfolio_csv.hpp"
#include "formats/portfolio_json.hpp"

namespace forkant {
namespace {

Portfolio two_initiatives() {
  std::vector<Initiative> all(2);
  all[0].id = 7;
  all[0].phase = Phase::pilot;
  all[0].content.title = "Jobmatch, med \"AI\"";
  all[0].content.purposes = {{"efficiency", 60}, {"quality", 40}};
  all[0].content.questions = {2, 4};
  all[0].content.value_rating = 4;
  all[0].content.competence_readiness = Quality::good;
  all[0].content.data_sources = {{"Jobnet", Quality::uncertain}};
  all[1].id = 8;
  all[1].content.title = "=HYPERLINK(\"http://evil\")";
  RiskSummary s;
  s.initiative_id = 7;
  s.assessed = true;
  s.tier = RiskTier::high;
  s.aia_level = 3;
  s.forum = Forum::direktion;
  s.open_judgements = 1;
  s.open_obligations = 2;
  return build_portfolio(all, {{7, s}}, {});
}

TEST(PortfolioCsvTest, WritesOneRowPerInitiativeWithUnknownFiguresEmpty) {
  const std::string csv = portfolio_to_csv(two_initiatives(), CsvDialect::standard);
  EXPECT_EQ(
      csv,
      "id,title,phase,purposes,questions,assessed,tier,aia_level,forum,open_judgements,open_obligations,"
      "needs_reassessment,data_readiness,readiness,risk_score,value\r\n"
      "8,\"'=HYPERLINK(\"\"http://evil\"\")\",idea,,,0,,,,0,0,0,,,,\r\n"
      "7,\"Jobmatch, med \"\"AI\"\"\",pilot,efficiency:60 quality:40,2 "
      "4,1,high,3,direktion,1,2,0,0.50,0.75,3,4"
      "\r\n");
}

TEST(PortfolioCsvTest, DanishExcelHasTheBomSemicolonsAndDecimalCommas) {
  const std::string csv = portfolio_to_csv(two_initiatives(), CsvDialect::danish_excel);
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFid;title;phase;")) << csv;
  EXPECT_NE(csv.find(";0,50;0,75;3;4\r\n"), std::string::npos) << csv;
}

TEST(PortfolioJsonTest, CarriesTheInitiativeItsRiskSummaryAndNullForUnknown) {
  const auto json = portfolio_to_json(two_initiatives());
  EXPECT_EQ(json["total"], 2);
  EXPECT_EQ(json["shown"], 2);
  EXPECT_EQ(json["plotted"], 1);
  EXPECT_EQ(json["waiting"], 1);
  const auto& unassessed = json["initiatives"][0];
  EXPECT_EQ(unassessed["initiative"]["id"], 8);
  EXPECT_TRUE(unassessed["risk_score"].is_null());
  EXPECT_TRUE(unassessed["value"].is_null());
  EXPECT_TRUE(unassessed["risk"]["tier"].is_null());
  EXPECT_EQ(unassessed["readiness_band"], "unknown");
  const auto& jobmatch = json["initiatives"][1];
  EXPECT_EQ(jobmatch["initiative"]["phase"], "pilot");
  EXPECT_EQ(jobmatch["initiative"]["purposes"][1]["purpose_id"], "quality");
  EXPECT_EQ(jobmatch["risk"]["tier"], "high");
  EXPECT_EQ(jobmatch["risk"]["forum"], "direktion");
  EXPECT_EQ(jobmatch["risk"]["open_obligations"], 2);
  EXPECT_EQ(jobmatch["risk_score"], 3);
  EXPECT_EQ(jobmatch["readiness"], 0.75);
  EXPECT_EQ(jobmatch["readiness_band"], "high");
}

}  // namespace
}  // namespace forkant
