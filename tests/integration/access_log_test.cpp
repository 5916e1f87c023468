// The access log (OWASP ASVS 7.1.1): one JSON line per request with method, route, status and duration,
// and no secret: no password, no session id, no CSRF token, no invitation or API token, no query string.
#include <gtest/gtest.h>

#include <sstream>

#include "support/server_process.hpp"

namespace forkant::test {
namespace {

TEST(AccessLog, NoSecretOfASignInOrAnInvitationReachesTheLog) {
  TestServer server;
  const std::string password = "canary-password-7c1f";
  const auto added = server.add_user("logger@example.dk", "Logger", password, "Log Kommune");
  const std::string api_token = server.create_token("logger@example.dk");
  server.start();
  const std::string org = std::to_string(added.org_id);

  auto browser = server.browser();
  ASSERT_EQ(browser.sign_in("logger@example.dk", password).status, 303);
  const std::string session = browser.session_cookie();
  const std::string csrf = browser.csrf();
  const auto page_invite =
      browser.submit("/orgs/" + org + "/members", {{"email", "a@example.dk"}, {"role", "viewer"}});
  ASSERT_EQ(page_invite.status, 201);
  const auto api_invite = server.api(api_token).post_json("/api/v1/orgs/" + org + "/invitations",
                                                          {{"email", "b@example.dk"}, {"role", "viewer"}});
  ASSERT_EQ(api_invite.status, 201);
  const std::string invitation = api_invite.json()["token"];
  auto newcomer = server.browser();
  EXPECT_EQ(newcomer.get("/join/" + invitation).status, 200);
  EXPECT_EQ(newcomer.get("/join/" + invitation + "?secret=query-canary-99").status, 200);
  EXPECT_EQ(newcomer.get("/login?next=/orgs/" + org + "&token=query-canary-98").status, 200);
  EXPECT_EQ(server.stop(), 0);

  const std::string log = server.log();
  ASSERT_NE(log.find("\"path\":\"/login\""), std::string::npos) << "requests are logged:\n" << log;
  for (const auto& [what, secret] :
       std::vector<std::pair<std::string, std::string>>{{"password", password},
                                                        {"session id", session},
                                                        {"CSRF token", csrf},
                                                        {"API token", api_token},
                                                        {"invitation token", invitation},
                                                        {"query string", "query-canary-9"}}) {
    ASSERT_FALSE(secret.empty()) << what;
    EXPECT_EQ(log.find(secret), std::string::npos) << "the log holds the " << what << ":\n" << log;
  }
  EXPECT_NE(log.find(R"("path":"/join/{token}")"), std::string::npos) << "the route, not the path, is logged";
}

TEST(AccessLog, EachRequestIsOneJsonLineWithMethodPathStatusDurationAndRequestId) {
  TestServer server;
  server.start();
  auto browser = server.browser();
  browser.get("/healthz");
  browser.get("/no/such\"page");
  EXPECT_EQ(server.stop(), 0);
  std::istringstream lines(server.log());
  std::string line;
  int requests = 0;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not a JSON line: " << line;
    if (j.is_discarded() || !j.contains("msg") || !j["msg"].contains("status")) continue;
    ++requests;
    EXPECT_TRUE(j["t"].get<std::string>().ends_with("Z")) << "UTC: " << line;
    for (const char* field : {"method", "path", "status", "ms", "request_id"}) {
      EXPECT_TRUE(j["msg"].contains(field)) << field << " missing: " << line;
    }
  }
  EXPECT_EQ(requests, 2);
}

}  // namespace
}  // namespace forkant::test
