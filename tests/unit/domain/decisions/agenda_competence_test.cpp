// The competence matrix's gaps without a step on the drafted agenda (issue 17): at most three, the highest
// ranked (the caller ranks them), after network_lesson and before follow_up, worded with the role's code
// and the sector, a legal duty saying so.
#include <gtest/gtest.h>

#include <vector>

#include "builders.hpp"
#include "domain/decisions/agenda.hpp"

namespace forkant {
namespace {

using test::day;

AgendaInput meeting_with_gaps() {
  AgendaInput in;
  in.series = {1, test::kOrg, "Direktionsmøde", Cadence::monthly, 1, day("2026-01-06")};
  in.date = day("2026-03-03");
  in.previous_date = day("2026-02-03");
  in.follow_ups = {{9, "Send referatet", std::nullopt, std::nullopt}};
  in.competence_gaps = {{11, "AI-kompetencer", "medarbejdere", "", 2, true, day("2026-05-01")},
                        {12, "Datakyndighed", "ledere", "Børn og unge", 3, false, day("2026-04-01")},
                        {13, "Digital ledelse", "direktion", "", 1, false, std::nullopt},
                        {14, "Informationssikkerhed", "borgere", "", 1, false, std::nullopt}};
  return in;
}

std::vector<const AgendaPoint*> gaps_of(const AgendaDraft& draft) {
  std::vector<const AgendaPoint*> out;
  for (const auto& p : draft.points) {
    if (p.source == AgendaSource::competence_gap_without_step) out.push_back(&p);
  }
  return out;
}

TEST(AgendaCompetenceTest, TheThreeHighestRankedGapsGetAPointEachBeforeTheFollowUps) {
  const auto draft = draft_agenda(meeting_with_gaps());
  const auto gaps = gaps_of(draft);
  ASSERT_EQ(gaps.size(), 3U) << "at most kMaxAgendaCompetenceGaps";
  std::vector<std::int64_t> ids;
  for (const auto* g : gaps) ids.push_back(*g->linked_id);
  // The fourth is left out; within the source points are ordered as every point is (date, undated first).
  EXPECT_EQ(ids, (std::vector<std::int64_t>{13, 12, 11}));
  EXPECT_EQ(draft.points.back().source, AgendaSource::follow_up);
  EXPECT_EQ(to_string(AgendaSource::competence_gap_without_step), "competence_gap_without_step");
  EXPECT_EQ(to_string(AgendaSource::follow_up), "follow_up")
      << "the names after the new source still line up";
}

TEST(AgendaCompetenceTest, APointIsWordedWithItsRoleSectorSizeAndWhetherTheLawAsks) {
  const auto draft = draft_agenda(meeting_with_gaps());
  const auto gaps = gaps_of(draft);
  const auto& sector = *gaps[1];
  EXPECT_EQ(sector.text_key, "agenda.point.competence_gap_sector");
  EXPECT_EQ(sector.why_key, "agenda.why.competence_gap_without_step");
  EXPECT_EQ(sector.params.at("competence"), "Datakyndighed");
  EXPECT_EQ(sector.params.at("competence_role"), "ledere");
  EXPECT_EQ(sector.params.at("sector"), "Børn og unge");
  EXPECT_EQ(sector.params.at("size"), "3");
  EXPECT_EQ(sector.params.at("due"), "2026-04-01");
  const auto& duty = *gaps[2];
  EXPECT_EQ(duty.text_key, "agenda.point.competence_gap");
  EXPECT_EQ(duty.why_key, "agenda.why.competence_gap_legal_duty");
  EXPECT_FALSE(duty.params.contains("sector"));
  EXPECT_FALSE(gaps[0]->params.contains("due"));
}

TEST(AgendaCompetenceTest, WithoutGapsTheDraftHasNoSuchPoint) {
  AgendaInput in = meeting_with_gaps();
  in.competence_gaps.clear();
  EXPECT_TRUE(gaps_of(draft_agenda(in)).empty());
}

}  // namespace
}  // namespace forkant
