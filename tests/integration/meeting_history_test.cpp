// The meeting history through the real server: minutes recorded through the form name the meeting they
// are for and keep the agenda as it stood; a resubmitted form is refused (409) instead of becoming the
// next meeting's minutes; follow-ups need an owner and a date; the history and held-meeting pages show
// the agenda, minutes, decisions taken, follow-ups and "since the last meeting"; another organisation's
// series or meeting is 404 and a viewer cannot record minutes.
#include <gtest/gtest.h>

#include <memory>

#include "support/world.hpp"

namespace forkant::test {
namespace {

class MeetingHistory : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  // A fresh weekly series whose next meeting is today or later.
  static std::pair<std::string, std::string> new_series(const std::string& title) {
    auto api = world->api(world->coordinator);
    const auto series =
        api.post_json(world->api_org_path("/meetings"),
                      {{"title", title}, {"cadence", "weekly"}, {"first_meeting", "2020-01-06"}});
    EXPECT_EQ(series.status, 201) << series.body;
    return {series.json()["id"].dump(), series.json()["next_meeting"].get<std::string>()};
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(MeetingHistory, MinutesKeepTheAgendaAndAResubmittedFormIsRefused) {
  const auto [id, date] = new_series("Historikmøde");
  auto browser = world->browser(world->leader);
  const std::string base = world->org_path("/meetings/" + id);
  ASSERT_EQ(browser.submit(base + "/agenda", {{"agenda", "1. Den digitale indgang\n2. Etisk råd"}}).status,
            303);
  const auto form = browser.get(base);
  EXPECT_NE(form.body.find("name=\"meeting_date\" value=\"" + date + "\""), std::string::npos);
  const Fields minutes{{"meeting_date", date},
                       {"minutes", "Referat med æøå"},
                       {"m1_kind", "decided"},
                       {"m1_title", "Besluttet på historikmødet"},
                       {"m1_rationale", "Fordi det virker."},
                       {"m1_questions", "2"},
                       {"m1_owner", std::to_string(world->leader.user_id)},
                       {"m1_body", "Direktionen"},
                       {"m1_decided_on", date},
                       {"f1_text", "Tjek budgettet"},
                       {"f1_owner", std::to_string(world->coordinator.user_id)},
                       {"f1_due_on", "2027-01-15"}};
  const auto saved = browser.submit(base + "/minutes", minutes);
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto again = browser.submit(base + "/minutes", minutes);
  EXPECT_EQ(again.status, 409) << "the same form twice must not become the next meeting's minutes";
  EXPECT_NE(again.body.find("allerede gemt referat"), std::string::npos);

  auto api = world->api(world->viewer);
  const auto history = api.get("/api/v1/meeting-series/" + id + "/history");
  ASSERT_EQ(history.status, 200) << history.body;
  const auto j = history.json();
  ASSERT_EQ(j["meetings"].size(), 1u) << "recorded once";
  const auto& m = j["meetings"][0];
  EXPECT_EQ(m["held_on"], date);
  EXPECT_EQ(m["agenda_sent"], "1. Den digitale indgang\n2. Etisk råd");
  EXPECT_EQ(m["minutes"], "Referat med æøå");
  EXPECT_EQ(m["decision_ids"].size(), 1u);
  ASSERT_EQ(m["follow_ups"].size(), 1u);
  EXPECT_EQ(m["follow_ups"][0]["owner"], world->coordinator.name);
  EXPECT_EQ(m["follow_ups"][0]["due_on"], "2027-01-15");

  auto viewer = world->browser(world->viewer);
  const auto list = viewer.get(base + "/history");
  ASSERT_EQ(list.status, 200);
  const std::string held = base + "/held/" + m["id"].dump();
  EXPECT_NE(list.body.find(held), std::string::npos);
  const auto page = viewer.get(held);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Etisk råd"), std::string::npos) << "the agenda as sent";
  EXPECT_NE(page.body.find("Referat med æøå"), std::string::npos);
  EXPECT_NE(page.body.find("Besluttet på historikmødet"), std::string::npos);
  EXPECT_NE(page.body.find("Tjek budgettet"), std::string::npos);
  EXPECT_NE(page.body.find("15-01-2027"), std::string::npos)
      << "the follow-up's date in the table, Danish style";
  EXPECT_NE(page.body.find("Siden sidste møde"), std::string::npos);
}

TEST_F(MeetingHistory, AFollowUpWithoutOwnerOrDateIsRefusedAndNothingStored) {
  const auto [id, date] = new_series("Opfølgningsmøde");
  auto api = world->api(world->leader);
  const std::string path = "/api/v1/meeting-series/" + id;
  const auto no_date = api.post_json(
      path + "/minutes", {{"minutes", "Referat"},
                          {"follow_ups", {{{"text", "Ring til KL"}, {"owner_id", world->leader.user_id}}}}});
  EXPECT_EQ(no_date.status, 422) << no_date.body;
  EXPECT_EQ(no_date.json()["error"]["code"], "follow_up_due_required");
  const auto no_owner = api.post_json(
      path + "/minutes",
      {{"minutes", "Referat"}, {"follow_ups", {{{"text", "Ring til KL"}, {"due_on", "2027-01-01"}}}}});
  EXPECT_EQ(no_owner.json()["error"]["code"], "follow_up_owner_required");
  EXPECT_TRUE(api.get(path + "/history").json()["meetings"].empty());
}

TEST_F(MeetingHistory, TheDemoHasHeldMeetingsWithOwnersAndDates) {
  auto api = world->api(world->viewer);
  const auto series = api.get(world->api_org_path("/meetings")).json()["series"][0]["id"].dump();
  const auto j = api.get("/api/v1/meeting-series/" + series + "/history").json();
  ASSERT_GE(j["meetings"].size(), 3u);
  for (const auto& m : j["meetings"]) {
    EXPECT_FALSE(m["agenda_sent"].get<std::string>().empty());
    EXPECT_FALSE(m["minutes"].get<std::string>().empty());
    for (const auto& f : m["follow_ups"]) {
      EXPECT_FALSE(f["owner"].is_null()) << f.dump();
      EXPECT_FALSE(f["due_on"].is_null()) << f.dump();
    }
  }
}

TEST_F(MeetingHistory, AnotherOrganisationsSeriesOrMeetingIs404AndAViewerCannotRecord) {
  auto owner = world->api(world->owner);
  const auto series = owner.get(world->api_org_path("/meetings")).json()["series"][0]["id"].dump();
  const auto meetings = owner.get("/api/v1/meeting-series/" + series + "/history").json()["meetings"];
  ASSERT_FALSE(meetings.empty());
  const std::string meeting = meetings[0]["id"].dump();
  auto outsider = world->browser(world->outsider);
  const std::string theirs = "/orgs/" + std::to_string(world->other_org) + "/meetings/" + series;
  EXPECT_EQ(outsider.get(theirs + "/history").status, 404);
  EXPECT_EQ(outsider.get(theirs + "/held/" + meeting).status, 404);
  EXPECT_EQ(outsider.get(world->org_path("/meetings/" + series + "/held/" + meeting)).status, 404);
  EXPECT_EQ(world->api(world->outsider).get("/api/v1/meeting-series/" + series + "/history").status, 404);
  // A meeting id of another series of the same organisation is not this series' meeting.
  const auto [other, date] = new_series("Tom serie");
  EXPECT_EQ(
      world->browser(world->viewer).get(world->org_path("/meetings/" + other + "/held/" + meeting)).status,
      404);
  auto viewer = world->api(world->viewer);
  EXPECT_EQ(viewer.post_json("/api/v1/meeting-series/" + series + "/minutes", {{"minutes", "Nej"}}).status,
            403);
}

}  // namespace
}  // namespace forkant::test
