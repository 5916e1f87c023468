#include "domain/decisions/agenda.hpp"

#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "builders.hpp"

namespace forkant {
namespace {

using test::day;
using test::step;

MeetingSeries monthly_series() {
  return {1, test::kOrg, "Direktionsmøde", Cadence::monthly, 1, day("2026-01-06")};
}

// A meeting on 2026-03-03 after one on 2026-02-03, with every question touched in January so that
// the rotation point is predictable (question 4, touched longest ago).
AgendaInput meeting() {
  AgendaInput in;
  in.series = monthly_series();
  in.date = day("2026-03-03");
  in.previous_date = day("2026-02-03");
  in.goals = {test::goal(21, "Digital selvbetjening", {2})};
  for (std::size_t i = 0; i < 10; ++i) in.last_touched[i] = day("2026-01-20");
  in.last_touched[3] = day("2026-01-02");
  return in;
}

std::vector<AgendaPoint> points(const AgendaDraft& draft, AgendaSource source) {
  std::vector<AgendaPoint> out;
  for (const auto& p : draft.points) {
    if (p.source == source) out.push_back(p);
  }
  return out;
}

std::vector<std::int64_t> linked_ids(const std::vector<AgendaPoint>& points) {
  std::vector<std::int64_t> out;
  for (const auto& p : points) out.push_back(p.linked_id.value_or(-1));
  return out;
}

TEST(AgendaTest, AStepDueSinceTheLastMeetingIsOnTheAgenda) {
  AgendaInput in = meeting();
  in.steps = {
      step(1, 21, "2026-02-03", StepStatus::done),     // due at the last meeting: discussed then
      step(2, 21, "2026-02-04", StepStatus::running),  // first day of the window
      step(3, 21, "2026-03-03", StepStatus::planned),  // the meeting day itself
      step(4, 21, "2026-03-04", StepStatus::planned),  // after the meeting
      step(5, 21, "2026-02-20", StepStatus::done),     // done in time: its evaluation is worth hearing
      step(6, 21, "2026-02-20", StepStatus::dropped),
  };
  const auto due = points(draft_agenda(in), AgendaSource::step_due);
  EXPECT_EQ(linked_ids(due), (std::vector<std::int64_t>{2, 5, 3}));
  EXPECT_EQ(due[0].text_key, "agenda.point.step");
  EXPECT_EQ(due[0].why_key, "agenda.why.step_due");
  EXPECT_EQ(due[0].params.at("goal"), "Digital selvbetjening");
  EXPECT_EQ(due[0].params.at("due"), "2026-02-04");
  EXPECT_EQ(due[0].params.at("previous"), "2026-02-03");
  EXPECT_EQ(due[0].params.at("hypothesis"), in.steps[1].hypothesis);
}

TEST(AgendaTest, AStepStillOpenAfterADueDateBeforeTheWindowIsOverdue) {
  AgendaInput in = meeting();
  in.steps = {
      step(1, 21, "2026-01-15", StepStatus::planned),
      step(2, 21, "2026-02-03", StepStatus::running),
      step(3, 21, "2026-01-15", StepStatus::done),
      step(4, 21, "2026-01-15", StepStatus::dropped),
  };
  const auto overdue = points(draft_agenda(in), AgendaSource::step_overdue);
  EXPECT_EQ(linked_ids(overdue), (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(overdue[0].why_key, "agenda.why.step_overdue");
  EXPECT_EQ(overdue[0].date, day("2026-01-15"));
}

TEST(AgendaTest, ADecisionWhoseReviewDateHasComeIsOnTheAgendaUntilItIsReviewed) {
  AgendaInput in = meeting();
  const auto with_review = [](std::int64_t id, const char* review_on) {
    Decision d = test::decision(id, DecisionKind::postponed, {5}, "2025-06-01");
    d.content.review_on = day(review_on);
    return d;
  };
  Decision reviewed = with_review(3, "2026-01-10");
  reviewed.reviewed_on = day("2026-01-12");
  Decision superseded = with_review(4, "2026-02-20");
  superseded.superseded_by_id = 40;
  Decision unscheduled = test::decision(7, DecisionKind::decided, {5}, "2025-06-01");
  in.decisions = {with_review(1, "2026-02-20"), with_review(2, "2026-01-10"), reviewed,   superseded,
                  with_review(5, "2026-03-04"), with_review(6, "2026-03-03"), unscheduled};

  const auto reviews = points(draft_agenda(in), AgendaSource::review_due);
  EXPECT_EQ(linked_ids(reviews), (std::vector<std::int64_t>{2, 1, 6}));
  EXPECT_EQ(reviews[0].why_key, "agenda.why.review_overdue") << "left over from before the last meeting";
  EXPECT_EQ(reviews[1].why_key, "agenda.why.review_due");
  EXPECT_EQ(reviews[1].text_key, "agenda.point.review");
  EXPECT_EQ(reviews[1].params.at("kind"), "postponed");
  EXPECT_EQ(reviews[1].params.at("review"), "2026-02-20");
  EXPECT_EQ(reviews[1].params.at("title"), "Beslutning 1");
}

TEST(AgendaTest, ARoundClosedSinceTheLastMeetingIsOnTheAgenda) {
  AgendaInput in = meeting();
  in.closed_rounds = {{31, "Forårsmåling", day("2026-02-03")},
                      {32, "Måling i ældreplejen", day("2026-02-04")},
                      {33, "Politikerpanel", day("2026-03-03")},
                      {34, "Borgerpanel", day("2026-03-04")}};
  const auto rounds = points(draft_agenda(in), AgendaSource::round_closed);
  EXPECT_EQ(linked_ids(rounds), (std::vector<std::int64_t>{32, 33}));
  EXPECT_EQ(rounds[0].why_key, "agenda.why.round_closed");
  EXPECT_EQ(rounds[0].params.at("title"), "Måling i ældreplejen");
  EXPECT_EQ(rounds[0].params.at("closed"), "2026-02-04");
}

TEST(AgendaTest, TheRotationBringsUpTheQuestionLongestWithoutADecisionOrAStep) {
  struct Case {
    const char* name;
    std::map<int, const char*> touched;  // question -> date; missing means never
    int expected;
  };
  const Case cases[] = {
      {"nothing ever touched: the first question", {}, 1},
      {"one never touched beats the oldest date",
       {{1, "2020-01-01"},
        {2, "2026-01-01"},
        {3, "2026-01-01"},
        {4, "2026-01-01"},
        {5, "2026-01-01"},
        {6, "2026-01-01"},
        {8, "2026-01-01"},
        {9, "2026-01-01"},
        {10, "2026-01-01"}},
       7},
      {"two never touched: the lower number",
       {{1, "2026-01-01"},
        {2, "2026-01-01"},
        {3, "2026-01-01"},
        {4, "2026-01-01"},
        {6, "2026-01-01"},
        {7, "2026-01-01"},
        {8, "2026-01-01"},
        {10, "2026-01-01"}},
       5},
      {"all touched: the oldest",
       {{1, "2026-02-01"},
        {2, "2026-02-01"},
        {3, "2026-02-01"},
        {4, "2025-11-30"},
        {5, "2026-02-01"},
        {6, "2026-02-01"},
        {7, "2026-02-01"},
        {8, "2025-12-01"},
        {9, "2026-02-01"},
        {10, "2026-02-01"}},
       4},
      {"a tie on the oldest date: the lower number",
       {{1, "2026-02-01"},
        {2, "2026-02-01"},
        {3, "2025-10-01"},
        {4, "2026-02-01"},
        {5, "2026-02-01"},
        {6, "2026-02-01"},
        {7, "2026-02-01"},
        {8, "2025-10-01"},
        {9, "2026-02-01"},
        {10, "2026-02-01"}},
       3},
  };
  for (const auto& c : cases) {
    AgendaInput in = meeting();
    in.last_touched = {};
    for (const auto& [q, date] : c.touched) in.last_touched[static_cast<std::size_t>(q - 1)] = day(date);
    const auto rotation = points(draft_agenda(in), AgendaSource::question_rotation);
    ASSERT_EQ(rotation.size(), 1u) << c.name;
    EXPECT_EQ(rotation[0].linked_id, c.expected) << c.name;
    EXPECT_EQ(rotation[0].params.at("question"), std::to_string(c.expected)) << c.name;
  }
}

TEST(AgendaTest, TheRotationPointSaysSinceWhenOrThatTheQuestionWasNeverTakenUp) {
  AgendaInput in = meeting();
  auto rotation = points(draft_agenda(in), AgendaSource::question_rotation).at(0);
  EXPECT_EQ(rotation.text_key, "agenda.point.question");
  EXPECT_EQ(rotation.why_key, "agenda.why.question_longest");
  EXPECT_EQ(rotation.params.at("since"), "2026-01-02");

  in.last_touched[8].reset();
  rotation = points(draft_agenda(in), AgendaSource::question_rotation).at(0);
  EXPECT_EQ(rotation.linked_id, 9);
  EXPECT_EQ(rotation.why_key, "agenda.why.question_never");
  EXPECT_FALSE(rotation.params.contains("since"));
}

TEST(AgendaTest, AFollowUpPromisedAtTheLastMeetingIsOnTheAgenda) {
  AgendaInput in = meeting();
  in.follow_ups = {{42, "Tal fra borgerservice", std::nullopt}, {41, "Udkast til strategi", "Kirsten"}};
  const auto follow_ups = points(draft_agenda(in), AgendaSource::follow_up);
  EXPECT_EQ(linked_ids(follow_ups), (std::vector<std::int64_t>{41, 42}));
  EXPECT_EQ(follow_ups[0].text_key, "agenda.point.follow_up_owner");
  EXPECT_EQ(follow_ups[0].params.at("owner"), "Kirsten");
  EXPECT_EQ(follow_ups[1].text_key, "agenda.point.follow_up");
  EXPECT_EQ(follow_ups[1].why_key, "agenda.why.follow_up");
  EXPECT_EQ(follow_ups[1].params.at("previous"), "2026-02-03");
}

TEST(AgendaTest, WithNothingDueTheDraftStillHoldsTheRotationPoint) {
  AgendaInput in = meeting();
  in.steps = {step(1, 21, "2026-04-01")};  // not yet due
  const AgendaDraft draft = draft_agenda(in);
  EXPECT_EQ(draft.title, "Direktionsmøde");
  EXPECT_EQ(draft.date, day("2026-03-03"));
  ASSERT_EQ(draft.points.size(), 1u);
  EXPECT_EQ(draft.points[0].source, AgendaSource::question_rotation);
}

TEST(AgendaTest, PointsAreOrderedBySourceThenDateThenId) {
  AgendaInput in = meeting();
  in.follow_ups = {{50, "Opfølgning", std::nullopt}};
  in.closed_rounds = {{31, "Måling", day("2026-02-10")}};
  in.steps = {step(9, 21, "2026-02-20"), step(8, 21, "2026-02-20"), step(7, 21, "2026-02-10"),
              step(6, 21, "2026-01-10")};
  Decision d = test::decision(5, DecisionKind::decided, {1}, "2025-01-01");
  d.content.review_on = day("2026-02-01");
  in.decisions = {d};

  const AgendaDraft draft = draft_agenda(in);
  std::vector<AgendaSource> sources;
  for (const auto& p : draft.points) sources.push_back(p.source);
  EXPECT_EQ(sources, (std::vector<AgendaSource>{AgendaSource::step_due, AgendaSource::step_due,
                                                AgendaSource::step_due, AgendaSource::step_overdue,
                                                AgendaSource::review_due, AgendaSource::round_closed,
                                                AgendaSource::question_rotation, AgendaSource::follow_up}));
  EXPECT_EQ(linked_ids(draft.points), (std::vector<std::int64_t>{7, 8, 9, 6, 5, 31, 4, 50}));
}

TEST(AgendaTest, TheFirstMeetingOfASeriesLooksBackOneCadencePeriod) {
  AgendaInput in = meeting();
  in.previous_date.reset();
  in.steps = {step(1, 21, "2026-02-04"), step(2, 21, "2026-02-03")};
  const AgendaDraft draft = draft_agenda(in);
  EXPECT_EQ(linked_ids(points(draft, AgendaSource::step_due)), std::vector<std::int64_t>{1});
  EXPECT_EQ(linked_ids(points(draft, AgendaSource::step_overdue)), std::vector<std::int64_t>{2});
}

TEST(AgendaTest, LastTouchedCountsDecisionsAndStepsOfGoalsUpToToday) {
  const std::vector<Decision> decisions{test::decision(1, DecisionKind::deselected, {1, 3}, "2026-01-10"),
                                        test::decision(2, DecisionKind::decided, {3}, "2026-02-10"),
                                        test::decision(3, DecisionKind::decided, {6}, "2026-09-01")};
  const std::vector<Goal> goals{test::goal(21, "Mål", {4, 5})};
  Step evaluated = step(11, 21, "2026-01-05", StepStatus::done);
  evaluated.evaluation = test::evaluation(Verdict::adjust, "2026-02-15");
  const std::vector<Step> steps{evaluated, step(12, 99, "2026-02-01") /* goal unknown */};

  const QuestionTouches touched = last_touched(decisions, goals, steps, day("2026-03-01"));
  EXPECT_EQ(touched[0], day("2026-01-10"));
  EXPECT_EQ(touched[2], day("2026-02-10"));
  EXPECT_EQ(touched[3], day("2026-02-15")) << "the evaluation is later than the due date";
  EXPECT_EQ(touched[4], day("2026-02-15"));
  EXPECT_FALSE(touched[5]) << "a decision dated after today does not count yet";
  EXPECT_FALSE(touched[1]);
}

// The op-ed's first decision: the transformation stays on the agenda, and over a year every
// question comes up. A year of monthly meetings under a fixed clock, where taking a question up at
// a meeting touches it on that day.
TEST(AgendaRotationTest, OverAYearOfMonthlyMeetingsEveryQuestionComesUpWithinTenMeetings) {
  AgendaInput in = meeting();
  in.last_touched = {};
  in.last_touched[2] = day("2025-12-01");  // some history: 3, 6 and 9 were dealt with last year
  in.last_touched[5] = day("2025-06-01");
  in.last_touched[8] = day("2025-11-15");
  in.previous_date.reset();

  std::vector<int> rotation;
  Date date = next_meeting_date(in.series, day("2025-12-31"));
  for (int meeting = 0; meeting < 12; ++meeting) {
    in.date = date;
    const auto point = points(draft_agenda(in), AgendaSource::question_rotation);
    ASSERT_EQ(point.size(), 1u) << "exactly one rotation point per meeting";
    const int question = static_cast<int>(*point[0].linked_id);
    rotation.push_back(question);
    in.last_touched[static_cast<std::size_t>(question - 1)] = date;
    in.previous_date = date;
    date = next_meeting_date(in.series, date);
  }
  const std::set<int> first_ten(rotation.begin(), rotation.begin() + 10);
  EXPECT_EQ(first_ten.size(), 10u) << "no question twice before all have come up";
  EXPECT_EQ(rotation, (std::vector<int>{1, 2, 4, 5, 7, 8, 10, 6, 9, 3, 1, 2}));
  EXPECT_EQ(in.previous_date, day("2026-12-06")) << "twelve meetings, January to December";
}

TEST(AgendaRotationTest, AQuestionKeptBusyByDecisionsDoesNotCrowdOutTheOthers) {
  AgendaInput in = meeting();
  in.last_touched = {};
  std::set<int> seen;
  Date date = day("2026-01-06");
  for (int meeting = 0; meeting < 9; ++meeting) {
    in.last_touched[1] = add_days(date, -1);  // question 2 gets a decision every month
    in.date = date;
    const int question =
        static_cast<int>(*points(draft_agenda(in), AgendaSource::question_rotation)[0].linked_id);
    seen.insert(question);
    in.last_touched[static_cast<std::size_t>(question - 1)] = date;
    date = next_meeting_date(in.series, date);
  }
  EXPECT_EQ(seen, (std::set<int>{1, 3, 4, 5, 6, 7, 8, 9, 10}));
}

TEST(AgendaCadenceTest, TheNextMeetingFollowsTheCadence) {
  struct Case {
    const char* name;
    Cadence cadence;
    int interval;
    const char* first;
    const char* after;
    const char* expected;
  };
  const Case cases[] = {
      {"before the first meeting", Cadence::monthly, 1, "2026-01-06", "2025-11-01", "2026-01-06"},
      {"on a meeting day: the next one", Cadence::monthly, 1, "2026-01-06", "2026-03-06", "2026-04-06"},
      {"between meetings", Cadence::monthly, 1, "2026-01-06", "2026-03-07", "2026-04-06"},
      {"the 31st in February", Cadence::monthly, 1, "2026-01-31", "2026-02-01", "2026-02-28"},
      {"back to the 31st after February", Cadence::monthly, 1, "2026-01-31", "2026-02-28", "2026-03-31"},
      {"across the year end", Cadence::monthly, 1, "2026-01-15", "2026-12-20", "2027-01-15"},
      {"weekly", Cadence::weekly, 9, "2026-01-05", "2026-01-05", "2026-01-12"},
      {"weekly mid-week", Cadence::weekly, 1, "2026-01-05", "2026-01-14", "2026-01-19"},
      {"every three weeks", Cadence::every_n_weeks, 3, "2026-01-05", "2026-01-26", "2026-02-16"},
      {"every two weeks on a meeting day", Cadence::every_n_weeks, 2, "2026-01-05", "2026-01-19",
       "2026-02-02"},
  };
  for (const auto& c : cases) {
    const MeetingSeries series{1, test::kOrg, "Møde", c.cadence, c.interval, day(c.first)};
    EXPECT_EQ(format_iso_date(next_meeting_date(series, day(c.after))), c.expected) << c.name;
  }
}

TEST(AgendaCadenceTest, RefusesASeriesWithoutTitleStartOrSensibleInterval) {
  MeetingSeries series = monthly_series();
  EXPECT_TRUE(validate(series));
  series.title = "";
  EXPECT_EQ(validate(series).error().code, "title_required");
  series = monthly_series();
  series.cadence = Cadence::every_n_weeks;
  series.interval_weeks = 0;
  EXPECT_EQ(validate(series).error().code, "invalid_interval");
  series.interval_weeks = 53;
  EXPECT_EQ(validate(series).error().code, "invalid_interval");
  series = monthly_series();
  series.first_meeting = Date{};
  EXPECT_EQ(validate(series).error().code, "first_meeting_required");
  EXPECT_EQ(cadence_from_string("every_n_weeks"), Cadence::every_n_weeks);
  EXPECT_FALSE(cadence_from_string("yearly"));
}

TEST(AgendaTextTest, ExportsEachPointWithItsReasonThroughTheTranslator) {
  AgendaInput in = meeting();
  in.follow_ups = {{41, "Udkast til strategi", "Kirsten"}};
  const Translate translate = [](std::string_view key, const std::map<std::string, std::string>& params) {
    if (key == "agenda.export.heading") return params.at("title") + " " + params.at("date");
    if (key == "agenda.point.question") return "Spørgsmål " + params.at("question");
    if (key == "agenda.point.follow_up_owner") return params.at("text") + " (" + params.at("owner") + ")";
    return std::string{key};
  };
  EXPECT_EQ(agenda_to_text(draft_agenda(in), translate),
            "Direktionsmøde 2026-03-03\n"
            "\n"
            "1. Spørgsmål 4\n"
            "   agenda.why.question_longest\n"
            "2. Udkast til strategi (Kirsten)\n"
            "   agenda.why.follow_up\n");
}

}  // namespace
}  // namespace forkant
