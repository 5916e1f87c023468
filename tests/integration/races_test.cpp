// Races (OWASP ASVS 11.1.6, level 2): two requests that want the same one-time thing at the same moment,
// sent from two threads released together by a barrier against the real server: exactly one wins and the
// other gets a clear answer. Two submissions of one respondent link store one response; two acceptances
// of one invitation make one member; two edits of one decision from the same version keep one (the other
// is refused with 409, its text shown again in the form, not lost). Each race runs several times, so
// that the two requests really overlap on some of them (the server has eight workers).
#include <gtest/gtest.h>

#include <algorithm>
#include <barrier>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

// Runs `a` and `b` on two threads released at the same moment; returns both answers.
std::pair<HttpResponse, HttpResponse> race(const std::function<HttpResponse()>& a,
                                           const std::function<HttpResponse()>& b) {
  std::barrier start(2);
  HttpResponse ra;
  HttpResponse rb;
  std::thread other([&] {
    start.arrive_and_wait();
    rb = b();
  });
  start.arrive_and_wait();
  ra = a();
  other.join();
  return {std::move(ra), std::move(rb)};
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class Races : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server = std::make_unique<TestServer>();
    server->demo();
    token = server->create_token(kDemoOwnerEmail);
    org_id = database_fact(*server,
                           std::string("SELECT id FROM organisations WHERE name = '") + kDemoOrgName + "'");
    owner_id =
        database_fact(*server, std::string("SELECT id FROM users WHERE email = '") + kDemoOwnerEmail + "'");
    server->start();
  }
  static void TearDownTestSuite() { server.reset(); }

  static Browser api() { return server->api(token); }
  static std::string api_org(const std::string& rest) {
    return "/api/v1/orgs/" + std::to_string(org_id) + rest;
  }

  static inline std::unique_ptr<TestServer> server;
  static inline std::string token;
  static inline std::int64_t org_id = 0;
  static inline std::int64_t owner_id = 0;
};

TEST_F(Races, TwoSubmissionsOfOneRespondentLinkStoreOneResponse) {
  auto owner = api();
  const auto created = owner.post_json(
      api_org("/rounds"), {{"title", "Kapløb"}, {"framework", "ti-spoergsmaal"}, {"groups", {"alle"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string round = std::to_string(created.json().value("id", 0));
  ASSERT_EQ(owner.post("/api/v1/rounds/" + round + "/open", "", "application/json").status, 200);
  constexpr int kLinks = 8;
  const auto links =
      owner.post_json("/api/v1/rounds/" + round + "/invitations", {{"group", "alle"}, {"count", kLinks}});
  ASSERT_EQ(links.status, 201) << links.body;
  const nlohmann::json handed_out = links.json();
  ASSERT_EQ(handed_out["links"].size(), static_cast<std::size_t>(kLinks));
  for (const auto& link : handed_out["links"]) {
    const std::string path = "/api/v1/responses/" + link["token"].get<std::string>();
    auto submit = [&](int answer) {
      return [path, answer] {
        Browser respondent = server->browser();
        return respondent.request("PUT", path,
                                  nlohmann::json{{"answers", {{"q1.s1", answer}}}, {"submit", true}}.dump(),
                                  "application/json");
      };
    };
    const auto [a, b] = race(submit(2), submit(4));
    const int wins = (a.status == 200) + (b.status == 200);
    ASSERT_EQ(wins, 1) << "answers " << a.status << " and " << b.status;
    const HttpResponse& lost = a.status == 200 ? b : a;
    EXPECT_EQ(lost.status, 410) << lost.body;
    EXPECT_FALSE(lost.json()["error"].value("message", "").empty()) << "a clear answer: " << lost.body;
  }
  EXPECT_EQ(database_fact(*server, "SELECT COUNT(*) FROM responses WHERE round_id = " + round), kLinks)
      << "one response per link";
}

// QUALITY.md item 27's wording: twenty at once on one link.
TEST_F(Races, TwentyConcurrentSubmissionsOfOneLinkStoreOneResponse) {
  auto owner = api();
  const auto created =
      owner.post_json(api_org("/rounds"),
                      {{"title", "Tyve på én gang"}, {"framework", "ti-spoergsmaal"}, {"groups", {"alle"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string round = std::to_string(created.json().value("id", 0));
  ASSERT_EQ(owner.post("/api/v1/rounds/" + round + "/open", "", "application/json").status, 200);
  const auto links =
      owner.post_json("/api/v1/rounds/" + round + "/invitations", {{"group", "alle"}, {"count", 1}});
  ASSERT_EQ(links.status, 201) << links.body;
  const std::string path = "/api/v1/responses/" + links.json()["links"][0]["token"].get<std::string>();
  constexpr int kClients = 20;
  std::barrier start(kClients);
  std::vector<int> statuses(kClients, 0);
  std::vector<std::thread> clients;
  for (int i = 0; i < kClients; ++i) {
    clients.emplace_back([&, i] {
      Browser respondent = server->browser();
      const std::string body = nlohmann::json{{"answers", {{"q1.s1", 1 + i % 5}}}, {"submit", true}}.dump();
      start.arrive_and_wait();
      statuses[static_cast<std::size_t>(i)] =
          respondent.request("PUT", path, body, "application/json").status;
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 200), 1);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 410), kClients - 1);
  EXPECT_EQ(database_fact(*server, "SELECT COUNT(*) FROM responses WHERE round_id = " + round), 1);
}

TEST_F(Races, TwoAcceptancesOfOneInvitationMakeOneMember) {
  auto owner = api();
  for (int i = 0; i < 3; ++i) {
    const std::string email = "kapløb" + std::to_string(i) + "@demo.forkant.dk";
    const auto invited = owner.post_json(api_org("/invitations"), {{"email", email}, {"role", "viewer"}});
    ASSERT_EQ(invited.status, 201) << invited.body;
    const std::string path = invited.json()["path"].get<std::string>();
    // Two browsers, each with the form (and its CSRF token) open, press "join" together.
    Browser first = server->browser();
    Browser second = server->browser();
    ASSERT_EQ(first.get(path).status, 200);
    ASSERT_EQ(second.get(path).status, 200);
    const auto [a, b] = race(
        [&] {
          return first.submit(path, {{"name", "Første Fane"}, {"password", "første-fanes-kodeord"}});
        },
        [&] {
          return second.submit(path, {{"name", "Anden Fane"}, {"password", "anden-fanes-kodeord"}});
        });
    const int wins = (a.status == 303) + (b.status == 303);
    ASSERT_EQ(wins, 1) << "answers " << a.status << " and " << b.status;
    const HttpResponse& lost = a.status == 303 ? b : a;
    EXPECT_EQ(lost.status, 410) << lost.body;
    EXPECT_TRUE(contains(lost.body, "<h1")) << "the refusal is a page that says why";
    EXPECT_EQ(database_fact(*server, "SELECT COUNT(*) FROM users WHERE email = '" + email + "'"), 1);
    EXPECT_EQ(database_fact(*server,
                            "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE "
                            "u.email = '" +
                                email + "' AND m.org_id = " + std::to_string(org_id)),
              1);
  }
}

TEST_F(Races, TwoApiEditsOfOneDecisionFromTheSameVersionKeepOne) {
  auto owner = api();
  const nlohmann::json draft = {{"kind", "decided"},
                                {"title", "Kapløbets beslutning"},
                                {"rationale", "Første udgave"},
                                {"questions", {2}},
                                {"owner_id", owner_id},
                                {"body", "Direktionen"},
                                {"decided_on", "2026-03-01"}};
  const auto created = owner.post_json(api_org("/decisions"), draft);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/decisions/" + std::to_string(created.json().value("id", 0));
  for (int i = 0; i < 5; ++i) {
    const int version = owner.get(path).json().value("version", 0);
    auto edit = [&](const std::string& rationale) {
      return [&, rationale] {
        nlohmann::json body = draft;
        body["rationale"] = rationale;
        body["version"] = version;
        return api().request("PUT", path, body.dump(), "application/json");
      };
    };
    const auto [a, b] =
        race(edit("Rettet i fane A " + std::to_string(i)), edit("Rettet i fane B " + std::to_string(i)));
    const int wins = (a.status == 200) + (b.status == 200);
    ASSERT_EQ(wins, 1) << "answers " << a.status << " and " << b.status;
    const HttpResponse& lost = a.status == 200 ? b : a;
    EXPECT_EQ(lost.status, 409) << lost.body;
    EXPECT_FALSE(lost.json()["error"].value("message", "").empty()) << lost.body;
    const auto now = owner.get(path).json();
    EXPECT_EQ(now.value("version", 0), version + 1) << "exactly one new version";
    EXPECT_EQ(now.value("rationale", ""), (a.status == 200 ? a : b).json().value("rationale", ""));
  }
}

TEST_F(Races, TwoFormEditsOfOneDecisionKeepOneAndShowTheOtherItsTextAgain) {
  auto owner = api();
  const auto created = owner.post_json(api_org("/decisions"), {{"kind", "decided"},
                                                               {"title", "Formularernes kapløb"},
                                                               {"rationale", "Første udgave"},
                                                               {"questions", {2}},
                                                               {"owner_id", owner_id},
                                                               {"body", "Direktionen"},
                                                               {"decided_on", "2026-03-01"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::int64_t id = created.json().value("id", 0);
  const std::string edit = "/orgs/" + std::to_string(org_id) + "/decisions/" + std::to_string(id) + "/edit";
  Browser tab_a = server->signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
  Browser tab_b = server->signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
  for (int i = 0; i < 3; ++i) {
    const int version = api().get("/api/v1/decisions/" + std::to_string(id)).json().value("version", 0);
    ASSERT_EQ(tab_a.get(edit).status, 200);
    ASSERT_EQ(tab_b.get(edit).status, 200);
    const std::string text_a = "Begrundelse skrevet i fane A, runde " + std::to_string(i);
    const std::string text_b = "Begrundelse skrevet i fane B, runde " + std::to_string(i);
    auto form = [&](const std::string& text) {
      return Fields{{"version", std::to_string(version)}, {"rationale", text}, {"questions", "2"}};
    };
    const auto [a, b] = race([&] { return tab_a.submit(edit, form(text_a)); },
                             [&] { return tab_b.submit(edit, form(text_b)); });
    const int wins = (a.status == 303) + (b.status == 303);
    ASSERT_EQ(wins, 1) << "answers " << a.status << " and " << b.status;
    const bool a_won = a.status == 303;
    const HttpResponse& lost = a_won ? b : a;
    EXPECT_EQ(lost.status, 409);
    EXPECT_TRUE(contains(lost.body, "role=\"alert\"")) << "the form says why";
    EXPECT_TRUE(contains(lost.body, a_won ? text_b : text_a)) << "the loser's text is in the form again";
    EXPECT_EQ(api().get("/api/v1/decisions/" + std::to_string(id)).json().value("rationale", ""),
              a_won ? text_a : text_b);
  }
}

}  // namespace
}  // namespace forkant::test
