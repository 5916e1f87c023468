// The competence matrix's CSV and JSON (formats/competence_export.hpp): the header, rows in rank order
// then the cells without a gap, both dialects, the formula guard, and the JSON's shape.

#include "formats/competence_export.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

CompetenceExport sample() {
  CompetenceExport m;
  m.today = parse_iso_date("2026-06-01").value();
  m.competencies = {{1, 7, "AI-kompetencer (AI-forordningens artikel 4)", "", "ai_act_art4"},
                    {2, 7, "=Datakyndighed", "Læse data", ""}};
  m.sectors = {{10, 7, "Børn og unge"}};
  CompetenceCell none;  // no gap: last
  none.id = 5;
  none.competence_id = 2;
  none.role = CompetenceRole::borgere;
  none.current_level = 2;
  none.needed_level = 2;
  CompetenceCell big;  // the larger gap, but not the legal duty: second
  big.id = 6;
  big.competence_id = 2;
  big.role = CompetenceRole::ledere;
  big.sector_id = 10;
  big.current_level = 0;
  big.needed_level = 4;
  big.route = CompetenceRoute::train;
  big.owner_user_id = 3;
  big.due_on = parse_iso_date("2026-10-01");
  big.note = "Kursus; \"intro\"";
  CompetenceCell duty;  // the legal duty: first
  duty.id = 7;
  duty.competence_id = 1;
  duty.role = CompetenceRole::medarbejdere;
  duty.current_level = 1;
  duty.needed_level = 2;
  duty.step_id = 44;
  m.cells = {none, big, duty};
  return m;
}

TEST(CompetenceExport, CsvHasTheHeaderAndRowsInRankOrderThenTheRest) {
  const auto csv = competence_to_csv(sample(), CsvDialect::standard);
  EXPECT_EQ(
      csv,
      "rank,competence,legal_duty,role,sector,current_level,needed_level,gap,route,owner_user_id,due_on,"
      "step_id,note\r\n"
      "1,AI-kompetencer (AI-forordningens artikel 4),1,medarbejdere,,1,2,1,,,,44,\r\n"
      "2,'=Datakyndighed,0,ledere,Børn og unge,0,4,4,train,3,2026-10-01,,\"Kursus; \"\"intro\"\"\"\r\n"
      ",'=Datakyndighed,0,borgere,,2,2,0,,,,,\r\n");
}

TEST(CompetenceExport, DanishExcelUsesSemicolonsAndABom) {
  const auto csv = competence_to_csv(sample(), CsvDialect::danish_excel);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(csv.find("rank;competence;legal_duty"), std::string::npos);
  EXPECT_NE(csv.find("\"Kursus; \"\"intro\"\"\""), std::string::npos);  // quoted: it holds the separator
}

TEST(CompetenceExport, JsonNamesEveryPartAndRanksTheGaps) {
  const auto j = competence_to_json(sample());
  EXPECT_EQ(j["roles"].size(), 6U);
  EXPECT_EQ(j["roles"][0], "direktion");
  EXPECT_EQ(j["levels"]["max"], 4);
  EXPECT_EQ(j["competencies"][0]["builtin"], "ai_act_art4");
  EXPECT_EQ(j["competencies"][0]["legal_duty"], true);
  EXPECT_EQ(j["competencies"][0]["in_force"], "2025-02-02");
  EXPECT_TRUE(j["competencies"][1]["builtin"].is_null());
  EXPECT_TRUE(j["competencies"][1]["in_force"].is_null());
  EXPECT_EQ(j["sectors"][0]["name"], "Børn og unge");
  ASSERT_EQ(j["cells"].size(), 3U);
  EXPECT_TRUE(j["cells"][0]["sector_id"].is_null());
  EXPECT_EQ(j["cells"][1]["route"], "train");
  EXPECT_EQ(j["cells"][1]["due_on"], "2026-10-01");
  EXPECT_EQ(j["cells"][1]["gap"], 4);
  ASSERT_EQ(j["gaps"].size(), 2U);
  EXPECT_EQ(j["gaps"][0]["cell_id"], 7);
  EXPECT_EQ(j["gaps"][0]["has_step"], true);
  EXPECT_EQ(j["gaps"][1]["cell_id"], 6);
  EXPECT_EQ(j["gaps"][1]["rank"], 2);
  EXPECT_EQ(j["gaps"][1]["overdue"], false);
}

}  // namespace
}  // namespace forkant
