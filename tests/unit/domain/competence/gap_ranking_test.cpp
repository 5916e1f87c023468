// The gap ranking (domain/competence/gap_ranking.hpp): what a gap is, and every line of the rule, each
// tested on two gaps that tie on every line above it and differ on that one.

#include "domain/competence/gap_ranking.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace forkant {
namespace {

Date day(const char* iso) {
  return parse_iso_date(iso).value();
}

const Date kToday = day("2026-06-01");

std::vector<Competence> competencies() {
  return {{1, 7, "Datakyndighed", "", ""},
          {2, 7, "AI-kompetencer (AI-forordningens artikel 4)", "", "ai_act_art4"},
          {3, 7, "Informationssikkerhed", "", ""},
          {4, 7, "anskaffelse af digitale løsninger", "", ""}};
}

std::vector<Sector> sectors() {
  return {{10, 7, "Teknik og miljø"}, {11, 7, "Børn og unge"}};
}

CompetenceCell cell(std::int64_t id, std::int64_t competence, int today, int needed) {
  CompetenceCell c;
  c.id = id;
  c.org_id = 7;
  c.competence_id = competence;
  c.role = CompetenceRole::medarbejdere;
  c.current_level = today;
  c.needed_level = needed;
  return c;
}

std::vector<std::int64_t> order(const std::vector<CompetenceCell>& cells) {
  std::vector<std::int64_t> ids;
  for (const auto& g : rank_gaps(competencies(), sectors(), cells, kToday)) ids.push_back(g.cell.id);
  return ids;
}

TEST(GapRanking, AGapIsNeededAboveTodayAndItsSizeIsTheDifference) {
  const auto ranked =
      rank_gaps(competencies(), sectors(),
                {cell(1, 1, 1, 3), cell(2, 1, 2, 2), cell(3, 1, 4, 1), cell(4, 3, 0, 4)}, kToday);
  ASSERT_EQ(ranked.size(), 2U);  // equal and exceeded levels are no gap
  EXPECT_EQ(ranked[0].cell.id, 4);
  EXPECT_EQ(ranked[0].size, 4);
  EXPECT_EQ(ranked[0].rank, 1);
  EXPECT_EQ(ranked[1].cell.id, 1);
  EXPECT_EQ(ranked[1].size, 2);
  EXPECT_EQ(ranked[1].rank, 2);
  EXPECT_EQ(gap_size(cell(9, 1, 4, 1)), 0);
}

TEST(GapRanking, ALegalDutyComesFirstEvenWhenSmaller) {
  EXPECT_EQ(order({cell(1, 1, 0, 4), cell(2, 2, 1, 2)}), (std::vector<std::int64_t>{2, 1}));
  const auto ranked = rank_gaps(competencies(), sectors(), {cell(2, 2, 1, 2)}, kToday);
  EXPECT_TRUE(ranked.front().legal_duty);
  EXPECT_EQ(ranked.front().competence_builtin, "ai_act_art4");
}

TEST(GapRanking, ThenTheLargerGap) {
  EXPECT_EQ(order({cell(1, 1, 2, 3), cell(2, 1, 0, 3)}), (std::vector<std::int64_t>{2, 1}));
}

TEST(GapRanking, ThenTheEarlierDateSoTheMostOverdueFirstAndUndatedLast) {
  auto soon = cell(1, 1, 1, 3);
  soon.due_on = day("2026-09-01");
  auto overdue = cell(2, 1, 1, 3);
  overdue.due_on = day("2026-03-01");
  auto more_overdue = cell(3, 1, 1, 3);
  more_overdue.due_on = day("2025-12-31");
  auto undated = cell(4, 1, 1, 3);
  auto later = cell(5, 1, 1, 3);
  later.due_on = day("2027-01-01");
  EXPECT_EQ(order({undated, later, soon, overdue, more_overdue}), (std::vector<std::int64_t>{3, 2, 1, 5, 4}));
  const auto ranked = rank_gaps(competencies(), sectors(), {soon, overdue}, kToday);
  EXPECT_TRUE(ranked[0].overdue);
  EXPECT_FALSE(ranked[1].overdue);
}

TEST(GapRanking, ADateOfTodayIsNotOverdue) {
  auto due_today = cell(1, 1, 1, 3);
  due_today.due_on = kToday;
  EXPECT_FALSE(rank_gaps(competencies(), sectors(), {due_today}, kToday).front().overdue);
}

TEST(GapRanking, ThenTheMoreSeniorRole) {
  auto citizens = cell(1, 1, 1, 3);
  citizens.role = CompetenceRole::borgere;
  auto directorate = cell(2, 1, 1, 3);
  directorate.role = CompetenceRole::direktion;
  auto politicians = cell(3, 1, 1, 3);
  politicians.role = CompetenceRole::politikere;
  auto managers = cell(4, 1, 1, 3);
  managers.role = CompetenceRole::chefer;
  auto leaders = cell(5, 1, 1, 3);
  leaders.role = CompetenceRole::ledere;
  auto employees = cell(6, 1, 1, 3);
  EXPECT_EQ(order({citizens, directorate, politicians, managers, leaders, employees}),
            (std::vector<std::int64_t>{2, 4, 5, 6, 3, 1}));
}

TEST(GapRanking, ThenTheCompetenceNameWithAsciiCaseFolded) {
  // "anskaffelse..." (lower case) sorts before "Datakyndighed" and "Informationssikkerhed".
  EXPECT_EQ(order({cell(1, 3, 1, 3), cell(2, 1, 1, 3), cell(3, 4, 1, 3)}),
            (std::vector<std::int64_t>{3, 2, 1}));
}

TEST(GapRanking, ThenEverySectorBeforeOneSectorThenTheSectorName) {
  auto technical = cell(1, 1, 1, 3);
  technical.sector_id = 10;
  auto children = cell(2, 1, 1, 3);
  children.sector_id = 11;
  auto all = cell(3, 1, 1, 3);
  EXPECT_EQ(order({technical, children, all}), (std::vector<std::int64_t>{3, 2, 1}));
  const auto ranked = rank_gaps(competencies(), sectors(), {technical, all}, kToday);
  EXPECT_EQ(ranked[0].sector_name, "");
  EXPECT_EQ(ranked[1].sector_name, "Teknik og miljø");
}

TEST(GapRanking, ThenTheCellIdSoTheOrderIsStable) {
  EXPECT_EQ(order({cell(9, 1, 1, 3), cell(4, 1, 1, 3), cell(6, 1, 1, 3)}),
            (std::vector<std::int64_t>{4, 6, 9}));
}

TEST(GapRanking, EachLineOutranksEveryLineBelowIt) {
  // A bigger gap beats an earlier date, a senior role and a name: size is line 2, those are lines 3-5.
  auto big = cell(1, 3, 0, 4);
  big.role = CompetenceRole::borgere;
  auto early = cell(2, 1, 1, 3);
  early.due_on = day("2020-01-01");
  early.role = CompetenceRole::direktion;
  EXPECT_EQ(order({early, big}), (std::vector<std::int64_t>{1, 2}));
  // A date beats seniority (line 3 over line 4).
  auto dated = cell(3, 3, 1, 3);
  dated.role = CompetenceRole::borgere;
  dated.due_on = day("2030-01-01");
  auto senior = cell(4, 1, 1, 3);
  senior.role = CompetenceRole::direktion;
  EXPECT_EQ(order({senior, dated}), (std::vector<std::int64_t>{3, 4}));
  // Seniority beats the name (line 4 over line 5), and the name beats the sector (line 5 over line 6).
  auto named = cell(5, 4, 1, 3);
  named.role = CompetenceRole::ledere;
  auto chief = cell(6, 3, 1, 3);
  chief.role = CompetenceRole::chefer;
  EXPECT_EQ(order({named, chief}), (std::vector<std::int64_t>{6, 5}));
  auto a_in_sector = cell(7, 4, 1, 3);
  a_in_sector.sector_id = 10;
  auto d_all = cell(8, 1, 1, 3);
  EXPECT_EQ(order({d_all, a_in_sector}), (std::vector<std::int64_t>{7, 8}));
}

TEST(GapRanking, CellsOfUnknownCompetenciesOrSectorsAreLeftOut) {
  auto unknown_sector = cell(1, 1, 0, 3);
  unknown_sector.sector_id = 99;
  EXPECT_TRUE(order({cell(2, 99, 0, 3), unknown_sector}).empty());
}

TEST(GapRanking, GapsWithoutAStepKeepTheirRank) {
  auto with_step = cell(1, 1, 0, 4);
  with_step.step_id = 55;
  const auto ranked =
      rank_gaps(competencies(), sectors(), {with_step, cell(2, 1, 1, 3), cell(3, 1, 2, 3)}, kToday);
  const auto open = gaps_without_step(ranked);
  ASSERT_EQ(open.size(), 2U);
  EXPECT_EQ(open[0].cell.id, 2);
  EXPECT_EQ(open[0].rank, 2);
  EXPECT_EQ(open[1].cell.id, 3);
  EXPECT_TRUE(ranked[0].has_step());
}

}  // namespace
}  // namespace forkant
