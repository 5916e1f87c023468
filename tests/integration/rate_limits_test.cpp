// Limits on expensive actions (ASVS 11.1.3, 11.1.4, 8.1.4): an account over its limit of exports,
// reports, imports, link creation or searches is answered 429 with Retry-After and a message in its
// language, and a security event; another account is not held up; and the organisation's own limit bites
// across its accounts. The server runs with small limits (--rate-limit) so that the test stays short.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/server_process.hpp"

namespace forkant::test {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class RateLimits : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer;
    a_ = server_->add_user("ejer@graense-a.example.dk", "Ejer A", "graense-a-kodeord-1", "Grænse A");
    b_ = server_->add_user("ejer@graense-b.example.dk", "Ejer B", "graense-b-kodeord-1", "Grænse B");
    c_ = server_->add_user("ejer@graense-c.example.dk", "Ejer C", "graense-c-kodeord-1", "Grænse C");
    c_viewer_ = server_->add_user("laeser@graense-c.example.dk", "Læser C", "graense-c-kodeord-2", "Grænse C",
                                  "viewer");
    a_token_ = server_->create_token("ejer@graense-a.example.dk");
    b_token_ = server_->create_token("ejer@graense-b.example.dk");
    c_token_ = server_->create_token("ejer@graense-c.example.dk");
    c_viewer_token_ = server_->create_token("laeser@graense-c.example.dk");
    server_->start({"--rate-limit", "export=3/5", "--rate-limit", "search=2/100", "--security-log",
                    (server_->dir() / "security.log").string()});
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static std::string account_csv(std::int64_t org_id) {
    return "/api/v1/orgs/" + std::to_string(org_id) + "/account.csv";
  }
  // The security log's rate_limited events.
  static std::vector<nlohmann::json> refusals() {
    std::vector<nlohmann::json> out;
    std::istringstream in(read_file(server_->dir() / "security.log"));
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j["event"] == "rate_limited") out.push_back(j);
    }
    return out;
  }

  static inline TestServer* server_ = nullptr;
  static inline AddedUser a_, b_, c_, c_viewer_;
  static inline std::string a_token_, b_token_, c_token_, c_viewer_token_;
};

TEST_F(RateLimits, AnAccountOverItsExportLimitGets429WithRetryAfterAndAnotherAccountIsNotHeldUp) {
  auto api = server_->api(a_token_);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(api.get(account_csv(a_.org_id)).status, 200) << i;
  const auto refused = api.get(account_csv(a_.org_id));
  ASSERT_EQ(refused.status, 429);
  const int retry = std::stoi(refused.header("Retry-After"));
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 1200) << "3 per hour: the next in at most 1,200 s";
  EXPECT_EQ(refused.json()["error"]["code"], "rate_limited");
  EXPECT_EQ(refused.json()["error"]["details"]["retry_after"], refused.header("Retry-After"));
  EXPECT_NE(refused.json()["error"]["message"].get<std::string>().find("Grænsen for denne handling"),
            std::string::npos)
      << "in the account's language: " << refused.body;
  // Every export route shares the account's limit.
  EXPECT_EQ(api.get("/api/v1/orgs/" + std::to_string(a_.org_id) + "/radar/export.csv").status, 429);
  // Another organisation's owner exports as usual.
  EXPECT_EQ(server_->api(b_token_).get(account_csv(b_.org_id)).status, 200);
  // The refusal is a security event with the actor.
  const auto events = refusals();
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.front()["actor"], a_.user_id);
  EXPECT_EQ(events.front()["what"], "export");
}

TEST_F(RateLimits, AnOrganisationOverItsLimitRefusesAMemberWhoseOwnLimitIsNotReached) {
  auto owner = server_->api(c_token_);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(owner.get(account_csv(c_.org_id)).status, 200) << i;
  auto viewer = server_->api(c_viewer_token_);
  for (int i = 0; i < 2; ++i) ASSERT_EQ(viewer.get(account_csv(c_.org_id)).status, 200) << i;
  // The viewer has used 2 of 3; the organisation 5 of 5.
  const auto refused = viewer.get(account_csv(c_.org_id));
  ASSERT_EQ(refused.status, 429);
  EXPECT_FALSE(refused.header("Retry-After").empty());
  bool logged = false;
  for (const auto& e : refusals()) {
    if (e["actor"] == c_viewer_.user_id && e["org_id"] == c_.org_id) logged = true;
  }
  EXPECT_TRUE(logged) << "the organisation's refusal names the organisation";
}

TEST_F(RateLimits, ASearchOverTheLimitIsRefusedAndThePlainListIsNot) {
  auto browser = server_->signed_in("ejer@graense-b.example.dk", "graense-b-kodeord-1");
  const std::string list = "/orgs/" + std::to_string(b_.org_id) + "/decisions";
  for (int i = 0; i < 2; ++i) ASSERT_EQ(browser.get(list + "?q=budget").status, 200) << i;
  const auto refused = browser.get(list + "?q=budget");
  ASSERT_EQ(refused.status, 429);
  EXPECT_FALSE(refused.header("Retry-After").empty());
  EXPECT_NE(refused.body.find("Grænsen for denne handling er nået"), std::string::npos) << "a page in Danish";
  EXPECT_EQ(browser.get(list).status, 200);
}

}  // namespace
}  // namespace forkant::test
