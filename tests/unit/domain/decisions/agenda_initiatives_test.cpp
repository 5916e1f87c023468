// Initiatives waiting for a judgement get a point each on the drafted item (issue 12, section 4), worded
// with the forum that must judge them; the caller finds them, the drafting only words them.
#include <gtest/gtest.h>

#include <vector>

#include "builders.hpp"
#include "domain/decisions/agenda.hpp"

namespace forkant {
namespace {

using test::day;

AgendaInput meeting_with_waiting_initiatives() {
  AgendaInput in;
  in.series = {1, test::kOrg, "Direktionsmøde", Cadence::monthly, 1, day("2026-01-06")};
  in.date = day("2026-03-03");
  in.previous_date = day("2026-02-03");
  in.closed_rounds = {{32, "Efterårsmåling", day("2026-02-20")}};
  in.waiting_initiatives = {{7, "Jobmatch med AI", "direktion", 2}, {5, "Chatbot", "", 1}};
  return in;
}

TEST(AgendaInitiativesTest, EachWaitingInitiativeGetsAPointWordedWithItsForumBeforeTheRounds) {
  const AgendaDraft draft = draft_agenda(meeting_with_waiting_initiatives());
  std::vector<const AgendaPoint*> waiting;
  std::size_t round_index = 0, first_waiting = draft.points.size();
  for (std::size_t i = 0; i < draft.points.size(); ++i) {
    const auto& p = draft.points[i];
    if (p.source == AgendaSource::round_closed) round_index = i;
    if (p.source != AgendaSource::initiative_waiting) continue;
    first_waiting = std::min(first_waiting, i);
    waiting.push_back(&p);
  }
  ASSERT_EQ(waiting.size(), 2u);
  EXPECT_LT(first_waiting, round_index);
  EXPECT_EQ(waiting[0]->linked_id, 5) << "ordered by id within the source";
  EXPECT_EQ(waiting[0]->text_key, "agenda.point.initiative_waiting.none");
  EXPECT_EQ(waiting[1]->text_key, "agenda.point.initiative_waiting.direktion");
  EXPECT_EQ(waiting[1]->why_key, "agenda.why.initiative_waiting");
  EXPECT_EQ(waiting[1]->params.at("title"), "Jobmatch med AI");
  EXPECT_EQ(waiting[1]->params.at("count"), "2");
  EXPECT_EQ(to_string(AgendaSource::initiative_waiting), "initiative_waiting");
}

TEST(AgendaInitiativesTest, WithoutWaitingInitiativesTheDraftHasNoSuchPoint) {
  AgendaInput in = meeting_with_waiting_initiatives();
  in.waiting_initiatives.clear();
  for (const auto& p : draft_agenda(in).points) EXPECT_NE(p.source, AgendaSource::initiative_waiting);
  EXPECT_EQ(to_string(AgendaSource::follow_up), "follow_up")
      << "the names after the new source still line up";
}

}  // namespace
}  // namespace forkant
