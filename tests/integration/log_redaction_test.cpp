// No request path reaches the log, whatever happens to the request: a wrong method on a respondent
// link, a path that no route matches, a static file that does not exist, an invalid API token, a body
// over the limit. The log writes the route pattern, or "unmatched".
#include <gtest/gtest.h>

#include <sstream>

#include "support/server_process.hpp"

namespace forkant::test {
namespace {

// The access-log entries ({"method", "path", "status", ...}) among the server's JSON log lines.
std::vector<nlohmann::json> access_entries(const std::string& log) {
  std::vector<nlohmann::json> out;
  std::istringstream lines(log);
  std::string line;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.contains("msg") && j["msg"].is_object() && j["msg"].contains("status")) {
      out.push_back(j["msg"]);
    }
  }
  return out;
}

int count(const std::vector<nlohmann::json>& entries, const std::string& method, const std::string& path,
          int status) {
  int n = 0;
  for (const auto& e : entries) {
    if (e["method"] == method && e["path"] == path && e["status"] == status) ++n;
  }
  return n;
}

TEST(LogRedaction, ARespondentTokenInAPathNoRouteAnswersNeverReachesTheLog) {
  TestServer server;
  const auto added =
      server.add_user("coord@log.dk", "Coordinator", "correct horse battery", "Logkommune", "coordinator");
  const std::string api_token = server.create_token("coord@log.dk");
  server.start();
  const std::string org = std::to_string(added.org_id);
  auto api = server.api(api_token);
  const auto round = api.post_json("/api/v1/orgs/" + org + "/rounds",
                                   {{"title", "Log"}, {"groups", {"direktion"}}, {"min_respondents", 3}});
  ASSERT_EQ(round.status, 201) << round.body;
  const std::string round_path = "/api/v1/rounds/" + std::to_string(round.json()["id"].get<int>());
  const auto links = api.post_json(round_path + "/invitations", {{"group", "direktion"}, {"count", 1}});
  ASSERT_EQ(links.status, 201) << links.body;
  const std::string token = links.json()["links"][0]["token"];
  ASSERT_EQ(token.size(), 43u);
  ASSERT_EQ(api.post(round_path + "/open", "", "application/json").status, 200);

  auto browser = server.browser();
  EXPECT_EQ(browser.get("/r/" + token).status, 200) << "the link itself works";
  EXPECT_EQ(browser.request("DELETE", "/r/" + token).status, 405);
  EXPECT_EQ(browser.get("/r/" + token + "/").status, 404);
  EXPECT_EQ(browser.get("/r/" + token + "/q/1/more").status, 404);
  EXPECT_EQ(browser.request("PUT", "/r/" + token + "/review", "x", "text/plain").status, 405);
  EXPECT_EQ(browser.request("PATCH", "/api/v1/responses/" + token, "{}", "application/json").status, 405);
  EXPECT_EQ(browser.get("/api/v1/responses/" + token + "/").status, 404);
  EXPECT_EQ(browser.get("/no-such-page/" + token + "?again=" + token).status, 404);
  EXPECT_EQ(browser.get("/static/" + token).status, 404);
  EXPECT_EQ(browser.request("POST", "/static/" + token, "x", "text/plain").status, 405);
  EXPECT_EQ(server.api("forged-token").get("/api/v1/responses/" + token).status, 401);
  {
    RawConnection c(server.port());
    ASSERT_TRUE(c.send("POST /r/" + token + "/q/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                       "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                       std::to_string(1024 * 1024 + 1) + "\r\n\r\n"));
    const auto res = c.read_response();
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 413);
  }
  {
    // An absolute-form target (RFC 9112 3.2.2) is no path at all, and is not logged either.
    RawConnection c(server.port());
    ASSERT_TRUE(
        c.send(raw_request("GET", "http://127.0.0.1/r/" + token, server.port(), {{"Connection", "close"}})));
    const auto res = c.read_response();
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404);
  }
  EXPECT_EQ(server.stop(), 0);

  const std::string log = server.log();
  EXPECT_EQ(log.find(token), std::string::npos) << "the respondent token is in the log:\n" << log;
  EXPECT_EQ(log.find(token.substr(0, 12)), std::string::npos) << "not even a part of it:\n" << log;
  const auto entries = access_entries(log);
  EXPECT_EQ(count(entries, "GET", "/r/{token}", 200), 1) << log;
  EXPECT_EQ(count(entries, "DELETE", "/r/{token}", 405), 1) << "a wrong method logs the pattern:\n" << log;
  EXPECT_EQ(count(entries, "PUT", "/r/{token}/review", 405), 1) << log;
  EXPECT_EQ(count(entries, "PATCH", "/api/v1/responses/{token}", 405), 1) << log;
  EXPECT_EQ(count(entries, "GET", "/api/v1/responses/{token}", 401), 1) << log;
  EXPECT_EQ(count(entries, "POST", "/r/{token}/q/{n}", 413), 1) << log;
  EXPECT_EQ(count(entries, "GET", "unmatched", 404), 5) << "unmatched paths log a fixed word:\n" << log;
  EXPECT_EQ(count(entries, "GET", "/static/{file}", 404), 1) << log;
  EXPECT_EQ(count(entries, "POST", "/static/{file}", 405), 1) << log;
}

}  // namespace
}  // namespace forkant::test
