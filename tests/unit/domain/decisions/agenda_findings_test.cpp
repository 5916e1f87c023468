// The findings of a round that closed since the last meeting travel with the round's point on the
// drafted item (issue 10, item 4); those of a round that closed earlier do not.
#include <gtest/gtest.h>

#include <vector>

#include "builders.hpp"
#include "domain/decisions/agenda.hpp"

namespace forkant {
namespace {

using test::day;

AgendaInput meeting_after_two_rounds() {
  AgendaInput in;
  in.series = {1, test::kOrg, "Direktionsmøde", Cadence::monthly, 1, day("2026-01-06")};
  in.date = day("2026-03-03");
  in.previous_date = day("2026-02-03");
  in.closed_rounds = {{31, "Forårsmåling", day("2026-02-01")}, {32, "Efterårsmåling", day("2026-02-20")}};
  in.round_findings = {
      {31, {{"agenda.finding.priorities_top", {{"questions", "2"}}, "leadership-priorities"}}},
      {32,
       {{"agenda.finding.priorities_top", {{"questions", "3, 5, 1"}}, "leadership-priorities"},
        {"agenda.finding.top_disagreement", {{"questions", "2"}}, "leadership-disagreements"},
        {"agenda.finding.gap", {{"question", "4"}, {"group", "chefer"}}, "gaps"}}}};
  return in;
}

TEST(AgendaFindingsTest, ARoundClosedSinceTheLastMeetingCarriesItsFindingsInOrder) {
  const AgendaDraft draft = draft_agenda(meeting_after_two_rounds());
  std::vector<const AgendaPoint*> rounds;
  for (const auto& p : draft.points) {
    if (p.source == AgendaSource::round_closed) rounds.push_back(&p);
  }
  ASSERT_EQ(rounds.size(), 1u) << "round 31 closed before the last meeting";
  EXPECT_EQ(rounds[0]->linked_id, 32);
  ASSERT_EQ(rounds[0]->findings.size(), 3u);
  EXPECT_EQ(rounds[0]->findings[0].params.at("questions"), "3, 5, 1");
  EXPECT_EQ(rounds[0]->findings[1].anchor, "leadership-disagreements");
  EXPECT_EQ(rounds[0]->findings[2].text_key, "agenda.finding.gap");
  for (const auto& p : draft.points) {
    if (p.source != AgendaSource::round_closed) {
      EXPECT_TRUE(p.findings.empty());
    }
  }
}

TEST(AgendaFindingsTest, TheTextExportListsTheFindingsBelowTheRound) {
  AgendaInput in = meeting_after_two_rounds();
  for (auto& t : in.last_touched) t = day("2026-01-20");
  const Translate translate = [](std::string_view key, const std::map<std::string, std::string>& params) {
    if (key == "agenda.finding.priorities_top") return "Prioriteter: " + params.at("questions");
    return std::string{key};
  };
  const std::string text = agenda_to_text(draft_agenda(in), translate);
  EXPECT_NE(text.find("1. agenda.point.round\n"
                      "   agenda.why.round_closed\n"
                      "   - Prioriteter: 3, 5, 1\n"
                      "   - agenda.finding.top_disagreement\n"
                      "   - agenda.finding.gap\n"
                      "2. agenda.point.question\n"),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace forkant
