// Two versions of the built-in framework side by side, as after an upgrade that adds version 2: a round
// keeps the version it was created with, a new round takes the latest, and a version-1 round is never
// the trend baseline of a version-2 round (their ids mean different statements); the next version-2
// round is compared with the version-2 round before it.

#include <gtest/gtest.h>

#include "world.hpp"

namespace forkant::test {
namespace {

constexpr std::int64_t kDay = 24 * 3600;

class FrameworkVersionsTest : public ::testing::Test {
 protected:
  World w_;
  std::int64_t coordinator_ = w_.add_user("koordinator@aarhus.dk", "Kim Koordinator");
  std::int64_t org_ = w_.add_org("Aarhus Kommune");

  void SetUp() override { w_.add_member(org_, coordinator_, Role::coordinator); }

  void install_version_two() {
    w_.assessment.install_framework(
        read_text(std::string(FORKANT_SOURCE_DIR) + "/frameworks/ti-spoergsmaal-v2.toml"),
        "ti-spoergsmaal-v2.toml");
  }

  // A round answered by three paper forms and closed a day later.
  RoundRow closed_round(const std::string& title, const std::string& csv) {
    const auto id = w_.assessment.create_round(org_, 3, coordinator_,
                                               NewRound{title, "ti-spoergsmaal", {"Direktion"}, 3});
    EXPECT_TRUE(id) << id.error().code;
    const auto row = *w_.assessment.find_round(*id);
    EXPECT_TRUE(w_.assessment.open_round(row, coordinator_));
    const auto opened = *w_.assessment.find_round(*id);
    EXPECT_TRUE(w_.assessment.import_csv(opened, csv, coordinator_));
    w_.clock.advance(kDay);
    EXPECT_TRUE(w_.assessment.close_round(opened, coordinator_));
    w_.clock.advance(kDay);
    return *w_.assessment.find_round(*id);
  }
};

TEST_F(FrameworkVersionsTest, AVersionOneRoundIsNeverTheTrendBaselineOfAVersionTwoRound) {
  w_.install_builtin_framework();  // version 1 only, as before the upgrade
  const auto v1 = closed_round("Efterår 2025", "group;q1.s1\nDirektion;2\nDirektion;2\nDirektion;2\n");
  EXPECT_EQ(v1.framework_version, 1);

  install_version_two();
  w_.clock.advance(300 * kDay);
  const auto v2 = closed_round("Efterår 2026", "group;q1.s1\nDirektion;4\nDirektion;4\nDirektion;4\n");
  EXPECT_EQ(v2.framework_version, 2) << "a new round takes the latest version";
  EXPECT_EQ(w_.assessment.find_round(v1.id)->framework_version, 1) << "the old round keeps its version";

  const auto results = w_.assessment.results(v2);
  ASSERT_TRUE(results) << results.error().code;
  EXPECT_EQ(results->framework->version, 2);
  // The version-1 round closed before is named (the page says why there is no trend), but is no baseline.
  ASSERT_TRUE(results->previous);
  EXPECT_EQ(results->previous->id, v1.id);
  EXPECT_FALSE(results->trend_comparable) << "the version-1 round closed before is no baseline";
  for (const auto& d : results->results->whole.dimensions) EXPECT_FALSE(d.trend) << d.dimension_id;
  EXPECT_EQ(w_.assessment.results(v1)->framework->version, 1) << "its results are read with version 1";

  // The next version-2 round is compared with the version-2 round before it: 3 - 4 = -1 on question 1.
  w_.clock.advance(300 * kDay);
  const auto next = closed_round("Efterår 2027", "group;q1.s1\nDirektion;3\nDirektion;3\nDirektion;3\n");
  const auto later = w_.assessment.results(next);
  ASSERT_TRUE(later) << later.error().code;
  ASSERT_TRUE(later->previous);
  EXPECT_EQ(later->previous->id, v2.id);
  EXPECT_TRUE(later->trend_comparable);
  ASSERT_TRUE(later->results->whole.dimensions.front().trend);
  EXPECT_DOUBLE_EQ(*later->results->whole.dimensions.front().trend, -1.0);
}

}  // namespace
}  // namespace forkant::test
