// Issue 10 in AssessmentService: a round marks its top-management group (named, or by default), and the
// previous closed round is found whatever its framework version, but is a trend baseline only on the
// same version — the lookup and the results agree on which round came before and why there is no trend.
#include <gtest/gtest.h>

#include <string>

#include "world.hpp"

namespace forkant::test {
namespace {

class RoundLeadershipServiceTest : public ::testing::Test {
 protected:
  World w_;
  std::int64_t coordinator_ = w_.add_user("koordinator@aarhus.dk", "Kim Koordinator");
  std::int64_t org_ = w_.add_org("Aarhus Kommune");

  void SetUp() override {
    w_.add_member(org_, coordinator_, Role::coordinator);
    w_.install_builtin_framework();
  }

  Result<std::int64_t> create(std::vector<std::string> groups, std::string top = "") {
    NewRound round{"Forår 2026", "ti-spoergsmaal", std::move(groups), 3};
    round.top_group = std::move(top);
    return w_.assessment.create_round(org_, 3, coordinator_, round);
  }

  // A closed round with three typed-in answers in direktion, a day later than the clock was.
  RoundRow closed_round(const std::string& score) {
    w_.clock.advance(24 * 3600);
    const auto id = create({"direktion", "chefer"});
    EXPECT_TRUE(id);
    EXPECT_TRUE(w_.assessment.open_round(*w_.assessment.find_round(*id), coordinator_));
    const std::string csv =
        "group;q1.s1\ndirektion;" + score + "\ndirektion;" + score + "\ndirektion;" + score + "\n";
    EXPECT_TRUE(w_.assessment.import_csv(*w_.assessment.find_round(*id), csv, coordinator_));
    w_.clock.advance(24 * 3600);
    EXPECT_TRUE(w_.assessment.close_round(*w_.assessment.find_round(*id), coordinator_));
    return *w_.assessment.find_round(*id);
  }

  void install_version_2() {
    std::string toml = read_text(std::string(FORKANT_SOURCE_DIR) + "/frameworks/ti-spoergsmaal.toml");
    const auto at = toml.find("\nversion = 1\n");
    ASSERT_NE(at, std::string::npos);
    toml.replace(at, 13, "\nversion = 2\n");
    w_.assessment.install_framework(toml, "ti-spoergsmaal-v2.toml");
  }
};

TEST_F(RoundLeadershipServiceTest, TheTopGroupIsNamedOrDefaultsToDirektionElseTheFirstGroup) {
  EXPECT_EQ(w_.assessment.find_round(*create({"chefer", "direktion"}))->top_group, "direktion");
  EXPECT_EQ(w_.assessment.find_round(*create({"chefer", "medarbejdere"}))->top_group, "chefer");
  EXPECT_EQ(w_.assessment.find_round(*create({"direktion", "chefer"}, "chefer"))->top_group, "chefer");
  EXPECT_EQ(w_.assessment.find_round(*create({"direktion", "chefer"}, " chefer\t"))->top_group, "chefer")
      << "white space around the name is the form's";
  EXPECT_EQ(w_.assessment.find_round(*create({"chefer", "direktion"}, "  "))->top_group, "direktion");
}

TEST_F(RoundLeadershipServiceTest, ATopGroupThatIsNotOneOfTheRoundsGroupsIsRefusedAndNothingStored) {
  const auto refused = create({"direktion", "chefer"}, "borgerpanel");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "unknown_top_group");
  EXPECT_EQ(refused.error().kind, ErrorKind::invalid);
  EXPECT_EQ(refused.error().params.at("group"), "borgerpanel");
  EXPECT_TRUE(w_.assessment.rounds(org_).empty());
  EXPECT_EQ(w_.audit.count("round.created"), 0);
}

TEST_F(RoundLeadershipServiceTest, AVersionOneRoundIsFoundAsPreviousButIsNoTrendBaselineForVersionTwo) {
  const RoundRow v1 = closed_round("2");
  install_version_2();
  const RoundRow v2 = closed_round("4");
  ASSERT_EQ(v1.framework_version, 1);
  ASSERT_EQ(v2.framework_version, 2);

  const auto results = w_.assessment.results(v2);
  ASSERT_TRUE(results) << results.error().code;
  ASSERT_TRUE(results->previous) << "the page must be able to say which round came before";
  EXPECT_EQ(results->previous->id, v1.id);
  EXPECT_FALSE(results->trend_comparable);
  EXPECT_EQ(results->results->top_group, "direktion");
  for (const SetResult* set : {&results->results->whole, &results->results->groups.at(0)}) {
    ASSERT_FALSE(set->dimensions.empty());
    for (const DimensionResult& d : set->dimensions) EXPECT_FALSE(d.trend) << d.dimension_id;
  }

  // The next version-2 round has the version-2 round before it, and its trend.
  const RoundRow next = closed_round("5");
  const auto compared = w_.assessment.results(next);
  ASSERT_TRUE(compared);
  EXPECT_EQ(compared->previous->id, v2.id);
  EXPECT_TRUE(compared->trend_comparable);
  EXPECT_DOUBLE_EQ(*compared->results->whole.dimensions.at(0).trend, 1.0);  // 5 - 4
}

}  // namespace
}  // namespace forkant::test
