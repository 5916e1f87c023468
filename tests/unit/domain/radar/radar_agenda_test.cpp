// The drafted agenda's radar points (domain/decisions/agenda.hpp): a hold whose revisit date has come by
// the meeting, and at most a few prerequisites that linked initiatives lack, after the network's lesson
// and before the follow-ups.

#include <gtest/gtest.h>

#include "domain/decisions/agenda.hpp"

namespace forkant {
namespace {

Date day(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

AgendaInput input() {
  AgendaInput in;
  in.series = {1, 1, "Direktionsmøde", Cadence::monthly, 1, day(2026, 1, 5)};
  in.date = day(2026, 3, 5);
  in.previous_date = day(2026, 2, 5);
  in.follow_ups = {{9, "Opfølgning", std::nullopt, std::nullopt}};
  return in;
}

std::vector<AgendaPoint> of(const AgendaDraft& d, AgendaSource s) {
  std::vector<AgendaPoint> out;
  for (const auto& p : d.points) {
    if (p.source == s) out.push_back(p);
  }
  return out;
}

TEST(RadarAgenda, AHoldComesUpWhenItsRevisitDateHasComeByTheMeeting) {
  auto in = input();
  in.radar_holds = {{4, "Chatbots", day(2026, 3, 5), "Piloten stoppede"},
                    {5, "Lotus Notes", day(2026, 3, 6), "Udfases"},
                    {6, "Gammel", day(2025, 1, 1), "Længe siden"}};
  const auto d = draft_agenda(in);
  const auto holds = of(d, AgendaSource::radar_hold_revisit);
  ASSERT_EQ(holds.size(), 2U);
  EXPECT_EQ(holds[0].linked_id, 6) << "oldest revisit date first";
  EXPECT_EQ(holds[1].params.at("name"), "Chatbots");
  EXPECT_EQ(holds[1].params.at("revisit"), "2026-03-05");
  EXPECT_EQ(holds[1].why_key, "agenda.why.radar_hold_revisit");
  EXPECT_EQ(to_string(AgendaSource::radar_hold_revisit), "radar_hold_revisit");
}

TEST(RadarAgenda, AtMostAFewMissingPrerequisitesWordedByTheirOutcome) {
  auto in = input();
  for (int i = 0; i < 5; ++i) {
    in.radar_prerequisites.push_back({10 + i, "AI-jobmatch", "KL", 3, "Jobmatch", "partner_missing"});
  }
  in.radar_prerequisites[0].outcome = "data_quality_below";
  const auto d = draft_agenda(in);
  const auto missing = of(d, AgendaSource::radar_prerequisite_missing);
  ASSERT_EQ(missing.size(), kMaxRadarPrerequisitePoints);
  EXPECT_EQ(missing[0].why_key, "agenda.why.radar_prerequisite.data_quality_below");
  EXPECT_EQ(missing[0].params.at("initiative"), "Jobmatch");
  EXPECT_EQ(missing[0].linked_id, 10);
}

TEST(RadarAgenda, RadarPointsComeAfterTheNetworksLessonAndBeforeTheFollowUps) {
  auto in = input();
  in.radar_holds = {{4, "Chatbots", day(2026, 3, 1), "x"}};
  in.radar_prerequisites = {{7, "AI", "KL", 3, "Jobmatch", "partner_missing"}};
  const auto d = draft_agenda(in);
  ASSERT_GE(d.points.size(), 3U);
  const auto n = d.points.size();
  EXPECT_EQ(d.points[n - 3].source, AgendaSource::radar_hold_revisit);
  EXPECT_EQ(d.points[n - 2].source, AgendaSource::radar_prerequisite_missing);
  EXPECT_EQ(d.points[n - 1].source, AgendaSource::follow_up);
}

}  // namespace
}  // namespace forkant
