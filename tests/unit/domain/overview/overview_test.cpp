#include "domain/overview/overview.hpp"

#include <gtest/gtest.h>

#include "../decisions/builders.hpp"

namespace forkant {
namespace {

using test::day;

Framework two_questions() {
  Framework fw;
  fw.id = "forkant";
  fw.version = 1;
  fw.dimensions.push_back({"q1", 1, {"Formål", "Purpose"}, {}, {}});
  fw.dimensions.push_back({"q2", 2, {"Ledelse", "Leadership"}, {}, {}});
  return fw;
}

DimensionResult dim(std::string id, std::optional<double> score, std::optional<double> trend = {}) {
  DimensionResult d;
  d.dimension_id = std::move(id);
  d.score = score;
  d.trend = trend;
  return d;
}

SetResult shown_set(std::string group) {
  SetResult s;
  s.group = std::move(group);
  s.respondents = 8;
  s.suppressed = false;
  return s;
}

OverviewInput base() {
  OverviewInput in;
  in.today = day("2026-03-10");
  in.top_group = "direktion";
  return in;
}

TEST(OverviewTest, NextMeetingIsTheEarliestOfTheSeries) {
  OverviewInput in = base();
  in.meetings = {{2, "Styregruppe", day("2026-03-20"), 3, {}},
                 {1, "Direktionsmøde", day("2026-03-12"), 4, {}}};
  const Overview o = build_overview(in);
  ASSERT_TRUE(o.next_meeting);
  EXPECT_EQ(o.next_meeting->series_id, 1);
  EXPECT_EQ(o.next_meeting->points, 4U);
  EXPECT_FALSE(build_overview(base()).next_meeting);
}

TEST(OverviewTest, ReviewsDueAreUnreviewedCurrentDecisionsWhoseReviewDateHasCome) {
  OverviewInput in = base();
  auto due = test::decision(1, DecisionKind::decided, {2}, "2026-01-05");
  due.content.review_on = day("2026-03-10");  // today counts
  auto later = test::decision(2, DecisionKind::decided, {2}, "2026-01-05");
  later.content.review_on = day("2026-03-11");
  auto reviewed = test::decision(3, DecisionKind::decided, {2}, "2026-01-05");
  reviewed.content.review_on = day("2026-02-01");
  reviewed.reviewed_on = day("2026-02-03");
  auto superseded = test::decision(4, DecisionKind::decided, {2}, "2026-01-05");
  superseded.content.review_on = day("2026-02-01");
  superseded.superseded_by_id = 9;
  auto older = test::decision(5, DecisionKind::deselected, {3}, "2026-01-04");
  older.content.review_on = day("2026-02-01");
  in.decisions = {due, later, reviewed, superseded, older};
  const Overview o = build_overview(in);
  ASSERT_EQ(o.reviews_due.size(), 2U);
  EXPECT_EQ(o.reviews_due[0].decision_id, 5);  // waited longest
  EXPECT_EQ(o.reviews_due[1].decision_id, 1);
  EXPECT_EQ(o.reviews_due[1].title, "Beslutning 1");
}

TEST(OverviewTest, PlannedStepsPastTheirFristAreOverdueAndRunningOnesMissTheirEvaluation) {
  OverviewInput in = base();
  in.goals = {test::goal(21, "Digital selvbetjening", {2})};
  in.steps = {test::step(31, 21, "2026-03-01", StepStatus::planned),
              test::step(32, 21, "2026-02-01", StepStatus::running),
              test::step(33, 21, "2026-03-10", StepStatus::planned),  // due today: not yet overdue
              test::step(34, 21, "2026-01-01", StepStatus::dropped),
              test::step(35, 21, "2026-02-15", StepStatus::planned)};
  const Overview o = build_overview(in);
  ASSERT_EQ(o.steps_overdue.size(), 2U);
  EXPECT_EQ(o.steps_overdue[0].step_id, 35);
  EXPECT_EQ(o.steps_overdue[1].step_id, 31);
  EXPECT_EQ(o.steps_overdue[0].goal_title, "Digital selvbetjening");
  ASSERT_EQ(o.evaluations_missing.size(), 1U);
  EXPECT_EQ(o.evaluations_missing[0].step_id, 32);
}

TEST(OverviewTest, InitiativesWaitingForAJudgementAreListedWithTheirForum) {
  OverviewInput in = base();
  EXPECT_TRUE(build_overview(in).waiting_initiatives.empty());
  in.waiting_initiatives = {{7, "Jobmatch med AI", Phase::pilot, Forum::direktion, 2}};
  const Overview out = build_overview(in);
  ASSERT_EQ(out.waiting_initiatives.size(), 1u);
  EXPECT_EQ(out.waiting_initiatives[0].title, "Jobmatch med AI");
  EXPECT_EQ(out.waiting_initiatives[0].forum, Forum::direktion);
}

TEST(OverviewTest, NoRoundNoLines) {
  const Overview o = build_overview(base());
  EXPECT_FALSE(o.has_round);
  EXPECT_TRUE(o.questions.empty());
}

TEST(OverviewTest, QuestionLinesTakeTheWholeRoundsShownFiguresAndTopManagementsFlags) {
  const Framework fw = two_questions();
  RoundResults r;
  r.whole = shown_set("");
  r.whole.dimensions = {dim("q1", 3.25, 0.25), dim("q2", std::nullopt)};
  SetResult top = shown_set("direktion");
  DimensionResult t1 = dim("q1", 3.0);
  t1.spread = Spread{3.0, 1.5, 1.0, 4.25};
  t1.disagreement = true;
  t1.position = 4.2;
  DimensionResult t2 = dim("q2", 2.0);  // no spread shown: no flag either way
  t2.position = 3.0;
  top.dimensions = {t1, t2};
  top.position_share = 0.5;
  r.groups = {shown_set("ledere"), top};
  OverviewInput in = base();
  in.framework = &fw;
  in.results = &r;
  const Overview o = build_overview(in);
  ASSERT_TRUE(o.has_round);
  ASSERT_EQ(o.questions.size(), 2U);
  EXPECT_EQ(o.questions[0].dimension->id, "q1");
  EXPECT_EQ(o.questions[0].score, 3.25);
  EXPECT_EQ(o.questions[0].direction, TrendDirection::up);
  EXPECT_EQ(o.questions[0].top_flag, TopFlag::yes);
  EXPECT_FALSE(o.questions[1].score);
  EXPECT_EQ(o.questions[1].direction, TrendDirection::none);
  EXPECT_EQ(o.questions[1].top_flag, TopFlag::not_shown);
  EXPECT_TRUE(o.top.present);
  EXPECT_FALSE(o.top.suppressed);
  EXPECT_EQ(o.top.positions_shown, 2);
  EXPECT_EQ(o.top.positions_taken, 1);
}

TEST(OverviewTest, ASuppressedTopGroupShowsNoFlagAndNoShare) {
  const Framework fw = two_questions();
  RoundResults r;
  r.whole = shown_set("");
  r.whole.dimensions = {dim("q1", 3.0), dim("q2", 2.0)};
  SetResult top;  // suppressed: nothing else is filled in
  top.group = "direktion";
  top.respondents = 2;
  top.needed = 1;
  r.groups = {top};
  OverviewInput in = base();
  in.framework = &fw;
  in.results = &r;
  const Overview o = build_overview(in);
  EXPECT_TRUE(o.top.present);
  EXPECT_TRUE(o.top.suppressed);
  EXPECT_EQ(o.top.needed, 1);
  EXPECT_FALSE(o.top.positions_shown);
  for (const auto& q : o.questions) EXPECT_EQ(q.top_flag, TopFlag::not_shown);
}

TEST(OverviewTest, ASuppressedWholeRoundShowsNoScores) {
  const Framework fw = two_questions();
  RoundResults r;
  r.whole.suppressed = true;
  r.whole.dimensions = {dim("q1", 3.0, 0.5)};  // would never be filled while suppressed; ignored anyway
  OverviewInput in = base();
  in.framework = &fw;
  in.results = &r;
  const Overview o = build_overview(in);
  EXPECT_TRUE(o.whole_suppressed);
  EXPECT_FALSE(o.top.present);
  EXPECT_FALSE(o.questions[0].score);
  EXPECT_FALSE(o.questions[0].trend);
}

TEST(OverviewTest, TrendDirectionFollowsTheShownRounding) {
  EXPECT_EQ(trend_direction(std::nullopt), TrendDirection::none);
  EXPECT_EQ(trend_direction(0.004), TrendDirection::level);
  EXPECT_EQ(trend_direction(-0.004), TrendDirection::level);
  EXPECT_EQ(trend_direction(0.006), TrendDirection::up);
  EXPECT_EQ(trend_direction(-0.25), TrendDirection::down);
}

TEST(OverviewTest, LatestDecisionsAndDecisionsNotToPursueNewestFirstWithoutSuperseded) {
  OverviewInput in = base();
  in.latest = 2;
  auto superseded = test::decision(5, DecisionKind::decided, {1}, "2026-03-09");
  superseded.superseded_by_id = 6;
  in.decisions = {test::decision(1, DecisionKind::decided, {1}, "2026-01-01"),
                  test::decision(2, DecisionKind::postponed, {1}, "2026-02-01"),
                  test::decision(3, DecisionKind::decided, {1}, "2026-02-01"),
                  test::decision(4, DecisionKind::deselected, {1}, "2026-01-15"), superseded};
  const Overview o = build_overview(in);
  ASSERT_EQ(o.latest_decisions.size(), 2U);
  EXPECT_EQ(o.latest_decisions[0].id, 3);  // same day: the later id first
  EXPECT_EQ(o.latest_decisions[1].id, 2);
  ASSERT_EQ(o.latest_not_pursued.size(), 1U);
  EXPECT_EQ(o.latest_not_pursued[0].id, 4);
}

}  // namespace
}  // namespace forkant
