#include "formats/results_json.hpp"

#include <gtest/gtest.h>

#include <string>

#include "unit/domain/assessment/fixtures.hpp"

namespace forkant {
namespace {

using nlohmann::json;
using testing::in_group;
using testing::small_framework;
using testing::values;

TEST(ResultsJsonTest, ASuppressedSetIsExactlySuppressedAndNeeded) {
  SetResult set{.respondents = 1, .suppressed = true, .needed = 2};
  EXPECT_EQ(set_to_json(set), json::parse(R"({"suppressed": true, "needed": 2})"));
}

TEST(ResultsJsonTest, AShownSetHasTheApiShapeWithTwoDecimals) {
  RoundInput round{{"G", "H"}, {}, 3};
  for (int v : {1, 2, 2})
    round.responses.push_back(in_group("G", values({{"a.s1", v}, {"a.importance", 4}})));
  round.responses.push_back(in_group("H", values({{"a.s1", 5}})));
  const json j = results_to_json(compute_results(small_framework(), round));

  EXPECT_EQ(j["k"], 3);
  EXPECT_EQ(j["excluded_groups"], json::array({"H"}));
  EXPECT_EQ(j["groups"][1], json::parse(R"({"group": "H", "results": {"suppressed": true, "needed": 2}})"));
  const json& whole = j["whole"];
  EXPECT_EQ(whole["respondents"], 3);
  EXPECT_EQ(whole["index"], 1.67);
  EXPECT_EQ(whole["position_share"], nullptr);
  EXPECT_EQ(whole["priorities"], json::array({"a"}));
  EXPECT_EQ(whole["purposes"], nullptr);
  EXPECT_FALSE(whole.contains("comments"));
  EXPECT_EQ(whole["by_hand"], 0);
  EXPECT_EQ(whole["entered_by"], json::array());
  // Three respondents: the mean, but no spread and no flag (median, min and max would be their scores).
  EXPECT_EQ(whole["dimensions"][0], json::parse(R"({
      "id": "a", "score": 1.67, "n": 3, "median": null, "sd": null, "min": null, "max": null,
      "importance": 4.0, "position": null, "priority": 13.33, "disagreement": null, "trend": null})"));
  EXPECT_EQ(whole["dimensions"][1]["score"], nullptr) << "nobody answered b";
}

TEST(ResultsJsonTest, FiveRespondentsShowTheSpreadAndWhoTypedInPaperForms) {
  RoundInput round{{"G"}, {}, 3};
  for (int v : {1, 2, 2, 2, 1}) round.responses.push_back(in_group("G", values({{"a.s1", v}})));
  round.responses.push_back(testing::by_hand("G", values({{"a.s1", 2}}), "Dennis"));
  const json whole = results_to_json(compute_results(small_framework(), round))["whole"];
  EXPECT_EQ(whole["by_hand"], 1);
  EXPECT_EQ(whole["entered_by"], json::parse(R"([{"name": "Dennis", "count": 1}])"));
  EXPECT_EQ(whole["dimensions"][0]["median"], 2.0);
  EXPECT_EQ(whole["dimensions"][0]["sd"], 0.52);
  EXPECT_EQ(whole["dimensions"][0]["disagreement"], false);
}

TEST(ResultsJsonTest, LeadershipIsTopManagementsSetAndGapsAreListedLargestFirst) {
  RoundInput round{{"direktion", "chefer"}, {}, 3, "direktion"};
  // a's score is the mean of a.s1 and a.position: direktion 3, 3, 5, 5, 5 (4.2, sd 1.10), chefer 1.5.
  for (int v : {1, 1, 5, 5, 5})
    round.responses.push_back(in_group("direktion", values({{"a.s1", v}, {"a.position", 5}})));
  for (int i = 0; i < 3; ++i)
    round.responses.push_back(in_group("chefer", values({{"a.s1", 2}, {"a.position", 1}})));
  json j = results_to_json(compute_results(small_framework(), round));
  EXPECT_EQ(j["top_group"], "direktion");
  EXPECT_EQ(j["leadership"], json::parse(R"({"group": "direktion", "suppressed": false, "respondents": 5,
      "position_share": 1.0, "disagreements": ["a"], "priorities": []})"));
  EXPECT_EQ(j["whole"]["position_share"], 0.0) << "(5*5 + 3*1)/8 = 3.5 < 4";
  EXPECT_EQ(j["perception_gaps"],
            json::parse(R"([{"dimension": "a", "group": "chefer", "top": 4.2, "other": 1.5, "gap": 2.7}])"));

  round.responses.erase(round.responses.begin(), round.responses.begin() + 3);  // 2 left: suppressed
  j = results_to_json(compute_results(small_framework(), round));
  EXPECT_EQ(j["leadership"], json::parse(R"({"group": "direktion", "suppressed": true, "needed": 1})"));
  EXPECT_EQ(j["perception_gaps"], json::array());
  round.top_group = "";
  j = results_to_json(compute_results(small_framework(), round));
  EXPECT_EQ(j["top_group"], nullptr);
  EXPECT_EQ(j["leadership"], nullptr);
}

TEST(ResultsJsonTest, RoundsHalfAwayFromZero) {
  EXPECT_EQ(round2(1.005000001), 1.01);
  EXPECT_EQ(round2(-0.125), -0.13);
  EXPECT_EQ(round2(2.0 / 3), 0.67);
}

}  // namespace
}  // namespace forkant
