#include "domain/decisions/meeting_history.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "builders.hpp"

namespace forkant {
namespace {

using test::day;

std::vector<std::int64_t> ids(const std::vector<Decision>& list) {
  std::vector<std::int64_t> out;
  out.reserve(list.size());
  for (const auto& d : list) out.push_back(d.id);
  return out;
}

TEST(SinceLastMeetingTest, CountsEachThingByItsOwnDateInsideThePeriod) {
  auto before = test::decision(1, DecisionKind::decided, {1}, "2026-03-10");  // on the last meeting's day
  auto decided = test::decision(2, DecisionKind::decided, {2}, "2026-03-20");
  auto postponed = test::decision(3, DecisionKind::postponed, {3}, "2026-04-10");  // on the day itself
  auto deselected = test::decision(4, DecisionKind::deselected, {4}, "2026-03-11");
  auto later = test::decision(5, DecisionKind::decided, {5}, "2026-04-11");
  before.reviewed_on = day("2026-03-15");  // an old decision reviewed in the period
  later.reviewed_on = day("2026-04-20");
  Step evaluated = test::step(7, 21, "2026-03-30", StepStatus::done);
  evaluated.evaluation = test::evaluation(Verdict::adjust, "2026-03-30");
  Step old = test::step(8, 21, "2026-02-01", StepStatus::done);
  old.evaluation = test::evaluation(Verdict::stop, "2026-02-01");
  const Step running = test::step(9, 21, "2026-03-25", StepStatus::running);
  const auto since = since_last_meeting({later, postponed, deselected, decided, before},
                                        {old, evaluated, running}, day("2026-03-10"), day("2026-04-10"));
  EXPECT_EQ(ids(since.decided), (std::vector<std::int64_t>{2, 3}));
  EXPECT_EQ(ids(since.deselected), (std::vector<std::int64_t>{4}));
  EXPECT_EQ(ids(since.reviewed), (std::vector<std::int64_t>{1}));
  ASSERT_EQ(since.evaluated.size(), 1u);
  EXPECT_EQ(since.evaluated[0].id, 7);
  EXPECT_FALSE(since.empty());
}

TEST(SinceLastMeetingTest, WithoutAnEarlierMeetingEverythingUpToTheDayCounts) {
  const auto first = test::decision(1, DecisionKind::decided, {1}, "2025-01-10");
  const auto since = since_last_meeting({first}, {}, std::nullopt, day("2026-04-10"));
  EXPECT_EQ(ids(since.decided), (std::vector<std::int64_t>{1}));
  EXPECT_TRUE(since_last_meeting({}, {}, day("2026-03-10"), day("2026-04-10")).empty());
}

TEST(AttendeesTest, OneNameALineTrimmedWithoutBlankLines) {
  const std::vector<std::string> names = attendee_names({"  Åse Ærø \r\n\n\t\nØjvind Ås (gæst)", "Bo\nKaj"});
  EXPECT_EQ(names, (std::vector<std::string>{"Åse Ærø", "Øjvind Ås (gæst)", "Bo", "Kaj"}));
  EXPECT_TRUE(attendee_names({"", " \n "}).empty());
  EXPECT_TRUE(check_attendees(names));
}

TEST(AttendeesTest, TooManyOrTooLongNamesAreRefusedWithTheirNumber) {
  std::vector<std::string> many(kMaxAttendees, "Navn");
  EXPECT_TRUE(check_attendees(many));
  many.emplace_back("Én for mange");
  const auto too_many = check_attendees(many);
  ASSERT_FALSE(too_many);
  EXPECT_EQ(too_many.error().code, "too_many_attendees");
  EXPECT_EQ(too_many.error().params.at("count"), std::to_string(kMaxAttendees + 1));
  std::string long_name;
  for (std::size_t i = 0; i < kMaxAttendeeChars; ++i) long_name += "æ";  // characters, not bytes
  EXPECT_TRUE(check_attendees({"Bo", long_name}));
  const auto too_long = check_attendees({"Bo", long_name + "x"});
  ASSERT_FALSE(too_long);
  EXPECT_EQ(too_long.error().code, "attendee_too_long");
  EXPECT_EQ(too_long.error().params.at("n"), "2");
  EXPECT_EQ(check_attendees({"\xff"}).error().code, "invalid_utf8");
}

}  // namespace

}  // namespace forkant
