// A whole number in a JSON body that the field's type cannot hold is refused with value_out_of_range
// (422, the field named, in the caller's language) and stores nothing, instead of being truncated or
// wrapped: "min_respondents": 4294967299 used to become 3, 2^64 - 1 used to become -1.
#include <gtest/gtest.h>

#include <memory>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class JsonRange : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;

  // How many rows every table that a refused request could have written to holds.
  static std::string stored() {
    std::string out;
    for (const char* table :
         {"rounds", "round_groups", "invitations", "drafts", "responses", "decisions", "decision_versions",
          "goals", "steps", "meeting_series", "meetings", "meeting_follow_ups", "audit_log"}) {
      out += std::string(table) + "=" +
             std::to_string(database_fact(world->server, std::string("SELECT count(*) FROM ") + table)) + " ";
    }
    return out;
  }

  // Sends `body` (raw JSON text: numbers beyond 64 bits cannot be built as nlohmann values) and expects a
  // refusal for `field` that changed nothing.
  static void expect_out_of_range(Browser& client, const std::string& method, const std::string& path,
                                  const std::string& body, const std::string& field, const std::string& value,
                                  const std::string& words = "uden for det tilladte område") {
    const std::string before = stored();
    const auto res = client.request(method, path, body, "application/json");
    EXPECT_EQ(res.status, 422) << path << " " << body << ": " << res.body;
    const auto error = res.json()["error"];
    EXPECT_EQ(error["code"], "value_out_of_range") << body << ": " << res.body;
    EXPECT_EQ(error["details"]["field"], field) << body << ": " << res.body;
    EXPECT_EQ(error["details"]["value"], value) << "the number as sent, not wrapped: " << res.body;
    const std::string message = error["message"].is_string() ? error["message"].get<std::string>() : "";
    EXPECT_NE(message.find(field), std::string::npos) << "the message names the field: " << message;
    EXPECT_NE(message.find(words), std::string::npos) << "in the caller's language: " << message;
    EXPECT_EQ(stored(), before) << "nothing stored for " << body;
  }

  static std::string owner_id() { return std::to_string(world->leader.user_id); }
};

TEST_F(JsonRange, ARoundThresholdOrALinkCountBeyondAnIntIsRefusedNotTruncated) {
  auto api = world->api(world->coordinator);
  const std::string rounds = world->api_org_path("/rounds");
  // Beyond 64 bits the JSON parser keeps the number only as a double: the message shows it as one.
  for (const auto& [sent, shown] :
       std::vector<std::pair<std::string, std::string>>{{"4294967299", "4294967299"},
                                                        {"-4294967293", "-4294967293"},
                                                        {"9223372036854775808", "9223372036854775808"},
                                                        {"18446744073709551616", "1.8446744073709552e+19"}}) {
    expect_out_of_range(api, "POST", rounds,
                        R"({"title": "Trunkeret", "groups": ["direktion"], "min_respondents": )" + sent + "}",
                        "min_respondents", shown);
  }
  EXPECT_EQ(world->api(world->coordinator).get(rounds).body.find("Trunkeret"), std::string::npos);

  const auto round =
      api.post_json(rounds, {{"title", "Rigtig"}, {"groups", {"direktion"}}, {"min_respondents", 3}});
  ASSERT_EQ(round.status, 201) << round.body;
  EXPECT_EQ(round.json()["min_respondents"], 3) << "a number that fits is kept as it is";
  const std::string invitations =
      "/api/v1/rounds/" + std::to_string(round.json()["id"].get<std::int64_t>()) + "/invitations";
  expect_out_of_range(api, "POST", invitations, R"({"group": "direktion", "count": 4294967298})", "count",
                      "4294967298");
}

TEST_F(JsonRange, IdsAndNumbersInTheDecisionRegisterBeyondTheirTypeAreRefused) {
  auto api = world->api(world->leader);
  const std::string decisions = world->api_org_path("/decisions");
  const std::string draft = R"("kind": "decided", "title": "Interval", "rationale": "Fordi",
      "body": "Direktionen", "decided_on": "2026-03-03")";
  expect_out_of_range(api, "POST", decisions,
                      "{" + draft + R"(, "questions": [4], "owner_id": 9223372036854775808})", "owner_id",
                      "9223372036854775808");
  expect_out_of_range(api, "POST", decisions,
                      "{" + draft + R"(, "questions": [4294967300], "owner_id": )" + owner_id() + "}",
                      "questions", "4294967300");
  expect_out_of_range(api, "POST", decisions,
                      "{" + draft + R"(, "questions": [4], "owner_id": )" + owner_id() +
                          R"(, "round_id": 18446744073709551615})",
                      "round_id", "18446744073709551615");

  const auto created =
      api.request("POST", decisions, "{" + draft + R"(, "questions": [4], "owner_id": )" + owner_id() + "}",
                  "application/json");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string decision =
      "/api/v1/decisions/" + std::to_string(created.json()["id"].get<std::int64_t>());
  expect_out_of_range(api, "PUT", decision, R"({"version": 4294967297, "title": "Ny titel"})", "version",
                      "4294967297");
  EXPECT_EQ(api.get(decision).json()["title"], "Interval") << "the edit changed nothing";
}

TEST_F(JsonRange, GoalsStepsAndMeetingsRefuseNumbersBeyondTheirType) {
  auto api = world->api(world->leader);
  expect_out_of_range(api, "POST", world->api_org_path("/goals"),
                      R"({"title": "Mål", "horizon": "2027-12-31", "questions": [4294967297]})", "questions",
                      "4294967297");
  const auto goal =
      api.post_json(world->api_org_path("/goals"), {{"title", "Mål"}, {"horizon", "2027-12-31"}});
  ASSERT_EQ(goal.status, 201) << goal.body;
  expect_out_of_range(api, "POST",
                      "/api/v1/goals/" + std::to_string(goal.json()["id"].get<std::int64_t>()) + "/steps",
                      R"({"hypothesis": "Hvis", "owner_id": 18446744073709551615, "due_on": "2026-06-01"})",
                      "owner_id", "18446744073709551615");

  expect_out_of_range(api, "POST", world->api_org_path("/meetings"),
                      R"({"title": "Møde", "cadence": "every_n_weeks", "interval_weeks": 4294967298,
                          "first_meeting": "2026-12-01"})",
                      "interval_weeks", "4294967298");
  const auto series =
      api.post_json(world->api_org_path("/meetings"),
                    {{"title", "Møde"}, {"cadence", "monthly"}, {"first_meeting", "2026-12-01"}});
  ASSERT_EQ(series.status, 201) << series.body;
  expect_out_of_range(
      api, "POST",
      "/api/v1/meeting-series/" + std::to_string(series.json()["id"].get<std::int64_t>()) + "/minutes",
      R"({"minutes": "Referat", "reviewed_decision_ids": [18446744073709551615]})", "reviewed_decision_ids",
      "18446744073709551615");
}

TEST_F(JsonRange, AnswersAndPurposePointsBeyondAnIntAreRefusedInTheRespondentsLanguage) {
  auto coordinator = world->api(world->coordinator);
  const auto round =
      coordinator.post_json(world->api_org_path("/rounds"), {{"title", "Svar"}, {"groups", {"direktion"}}});
  ASSERT_EQ(round.status, 201) << round.body;
  const std::string path = "/api/v1/rounds/" + std::to_string(round.json()["id"].get<std::int64_t>());
  const auto links = coordinator.post_json(path + "/invitations", {{"group", "direktion"}, {"count", 1}});
  ASSERT_EQ(links.status, 201) << links.body;
  ASSERT_EQ(coordinator.post(path + "/open", "", "application/json").status, 200);
  const std::string response = "/api/v1/responses/" + links.json()["links"][0]["token"].get<std::string>();

  auto respondent = world->server.browser();
  ASSERT_EQ(respondent.request("PUT", response, R"({"answers": {"q1.s1": 4}})", "application/json").status,
            200);
  respondent.set_default_header("Accept-Language", "en");
  expect_out_of_range(respondent, "PUT", response, R"({"answers": {"q1.s1": 18446744073709551615}})", "q1.s1",
                      "18446744073709551615", "outside the permitted range");
  expect_out_of_range(respondent, "PUT", response, R"({"answers": {"q1.s1": 4294967300}})", "q1.s1",
                      "4294967300", "outside the permitted range");
  expect_out_of_range(respondent, "PUT", response,
                      R"({"purposes": {"p.citizens": 18446744073709551516}, "submit": true})", "p.citizens",
                      "18446744073709551516", "outside the permitted range");
  const auto own = respondent.get(response).json();
  EXPECT_EQ(own["answers"], nlohmann::json({{"q1.s1", 4}})) << "the saved answer is untouched";
  EXPECT_EQ(own["state"], "started");
}

}  // namespace
}  // namespace forkant::test
