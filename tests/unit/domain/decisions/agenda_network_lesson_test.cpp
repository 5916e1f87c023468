// Decision 3 in the drafted agenda (issue 15): one lesson or deselection from the organisation's
// networks, on the question the organisation has gone longest without deciding on (decisions only: a
// step does not count), the newest such item; no point when none concerns that question.
#include <gtest/gtest.h>

#include <vector>

#include "builders.hpp"
#include "domain/decisions/agenda.hpp"

namespace forkant {
namespace {

using test::day;

AgendaNetworkItem item(const std::string& public_id, std::set<int> questions, std::int64_t shared_at,
                       const std::string& kind = "lesson") {
  return {5, public_id, kind, "Erfaring " + public_id, std::move(questions), shared_at};
}

// Every question decided in January except `open` (decided earlier, or never when `never`).
QuestionTouches decided_except(int open, bool never = false) {
  QuestionTouches decided{};
  for (auto& d : decided) d = day("2026-01-20");
  decided[static_cast<std::size_t>(open - 1)] = never ? std::nullopt : std::optional<Date>{day("2025-06-01")};
  return decided;
}

TEST(AgendaNetworkLesson, TheQuestionIsTheOneLongestWithoutADecisionNotAStep) {
  const std::vector<Decision> decisions{
      test::decision(1, DecisionKind::decided, {1, 2, 3, 4, 5, 6}, "2026-02-01"),
      test::decision(2, DecisionKind::deselected, {7, 8, 10}, "2026-01-10"),
      test::decision(3, DecisionKind::decided, {9}, "2025-12-01")};
  const auto decided = last_decided(decisions, day("2026-03-01"));
  EXPECT_EQ(rotation_question(decided), 9);
  // Only decisions count (a step is no decision): last_decided reads none.
  EXPECT_EQ(decided[8], day("2025-12-01"));
  const auto chosen = network_item_to_propose({item("a", {7}, 100), item("b", {9}, 50)}, decided);
  ASSERT_TRUE(chosen.has_value());
  EXPECT_EQ(chosen->public_id, "b");
}

TEST(AgendaNetworkLesson, NeverDecidedComesFirstAndTiesGoToTheLowestNumber) {
  QuestionTouches decided{};
  for (auto& d : decided) d = day("2026-01-20");
  decided[5] = std::nullopt;  // question 6 never
  decided[2] = std::nullopt;  // question 3 never
  EXPECT_EQ(network_item_to_propose({item("six", {6}, 90), item("three", {3}, 10)}, decided)->public_id,
            "three");
  const auto future =
      last_decided({test::decision(1, DecisionKind::decided, {1}, "2026-05-01")}, day("2026-03-01"));
  EXPECT_FALSE(future[0].has_value()) << "a decision dated after today does not count yet";
}

TEST(AgendaNetworkLesson, TheNewestItemOnTheQuestionIsProposed) {
  const auto decided = decided_except(4);
  const auto chosen = network_item_to_propose(
      {item("old", {4}, 100), item("new", {2, 4}, 300), item("other", {5}, 900), item("mid", {4}, 200)},
      decided);
  ASSERT_TRUE(chosen.has_value());
  EXPECT_EQ(chosen->public_id, "new");
  EXPECT_EQ(network_item_to_propose({item("y", {4}, 100), item("x", {4}, 100)}, decided)->public_id, "x")
      << "same moment: the lowest public id, so the draft is the same each time";
}

TEST(AgendaNetworkLesson, NoPointWhenNothingConcernsTheQuestion) {
  AgendaInput in;
  in.series = {1, test::kOrg, "Direktionsmøde", Cadence::monthly, 1, day("2026-01-06")};
  in.date = day("2026-03-03");
  in.last_decided = decided_except(4);
  in.network_items = {item("a", {3, 5}, 100)};
  const auto draft = draft_agenda(in);
  for (const auto& p : draft.points) EXPECT_NE(p.source, AgendaSource::network_lesson);
}

TEST(AgendaNetworkLesson, ThePointSaysWhyAndNamesTheItemInTheLibrary) {
  AgendaInput in;
  in.series = {1, test::kOrg, "Direktionsmøde", Cadence::monthly, 1, day("2026-01-06")};
  in.date = day("2026-03-03");
  in.last_decided = decided_except(4);
  in.network_items = {item("d1", {4}, 100, "deselection")};
  auto draft = draft_agenda(in);
  std::vector<AgendaPoint> found;
  for (const auto& p : draft.points) {
    if (p.source == AgendaSource::network_lesson) found.push_back(p);
  }
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text_key, "agenda.point.network_deselection");
  EXPECT_EQ(found[0].why_key, "agenda.why.network_lesson_since");
  EXPECT_EQ(found[0].params.at("question"), "4");
  EXPECT_EQ(found[0].params.at("since"), "2025-06-01");
  EXPECT_EQ(found[0].params.at("public_id"), "d1");
  EXPECT_EQ(found[0].linked_id, 5) << "the network, for the link";
  EXPECT_EQ(to_string(AgendaSource::network_lesson), "network_lesson");

  in.last_decided = decided_except(4, true);
  draft = draft_agenda(in);
  bool never = false;
  for (const auto& p : draft.points) never |= p.why_key == "agenda.why.network_lesson_never";
  EXPECT_TRUE(never);
}

}  // namespace
}  // namespace forkant
