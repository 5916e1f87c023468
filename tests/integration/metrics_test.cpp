// GET /metrics on `forkant serve --metrics-listen` (docs/operations.md, "Metrics"): served on its own
// address only, in a text that Prometheus' own `promtool check metrics` accepts, and the figures move
// with the traffic: requests by route pattern (never a path), durable writes, open rounds.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

// The value of the sample written exactly as `series` (name and labels), or -1 when there is none.
double sample(const std::string& text, const std::string& series) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.size() > series.size() && line.compare(0, series.size(), series) == 0 &&
        line[series.size()] == ' ') {
      return std::stod(line.substr(series.size() + 1));
    }
  }
  return -1;
}

struct Promtool {
  int status = -1;
  std::string output;
};

// Prometheus' own checker (Debian's prometheus package) on the scraped text: format and lint.
Promtool promtool_check(const std::filesystem::path& dir, const std::string& text) {
  const auto in = dir / "metrics.txt";
  const auto out = dir / "promtool.txt";
  std::ofstream(in, std::ios::binary) << text;
  const std::string command = "promtool check metrics < '" + in.string() + "' > '" + out.string() + "' 2>&1";
  const int status = std::system(command.c_str());
  std::ifstream read(out);
  std::ostringstream s;
  s << read.rdbuf();
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, s.str()};
}

class Metrics : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server = std::make_unique<TestServer>();
    const auto added =
        server->add_user("maaler@example.dk", "Måler Ejer", "et-langt-kodeord-til-metrics", "Måle Kommune");
    org = added.org_id;
    token = server->create_token("maaler@example.dk");
    server->start({"--metrics-listen", "127.0.0.1:0"});
    std::smatch m;
    const std::string log = server->log();
    ASSERT_TRUE(std::regex_search(log, m, std::regex(R"("event":"metrics","port":(\d+))"))) << log;
    metrics_port = std::stoi(m[1]);
  }
  static void TearDownTestSuite() { server.reset(); }

  static std::string scrape() {
    Browser b("127.0.0.1", metrics_port);
    const auto res = b.get("/metrics");
    EXPECT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.header("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
    return res.body;
  }

  static inline std::unique_ptr<TestServer> server;
  static inline std::int64_t org = 0;
  static inline std::string token;
  static inline int metrics_port = 0;
};

TEST_F(Metrics, OnlyTheMetricsAddressServesThemAndOnlyThem) {
  EXPECT_NE(metrics_port, server->port());
  EXPECT_EQ(server->browser().get("/metrics").status, 404) << "never on the public listener";
  Browser b("127.0.0.1", metrics_port);
  EXPECT_EQ(b.get("/").status, 404);
  EXPECT_EQ(b.get("/login").status, 404);
  EXPECT_EQ(b.post("/metrics", "", "text/plain").status, 405);
}

TEST_F(Metrics, PromtoolAcceptsTheTextAndTheCountersMoveWithTraffic) {
  auto api = server->api(token);
  // A round with links, opened: one open round in the gauge.
  const auto round =
      api.post_json("/api/v1/orgs/" + std::to_string(org) + "/rounds", {{"title", "Måling 2026"},
                                                                        {"framework", "ti-spoergsmaal"},
                                                                        {"groups", {"direktion"}},
                                                                        {"min_respondents", 3}});
  ASSERT_EQ(round.status, 201) << round.body;
  const std::string round_path = "/api/v1/rounds/" + std::to_string(round.json().value("id", 0));
  ASSERT_EQ(api.post_json(round_path + "/invitations", {{"group", "direktion"}, {"count", 3}}).status, 201);
  ASSERT_EQ(api.post(round_path + "/open", "", "application/json").status, 200);

  const std::string before = scrape();
  const auto checked = promtool_check(server->dir(), before);
  EXPECT_EQ(checked.status, 0) << checked.output << "\n" << before;
  EXPECT_EQ(checked.output, "") << "promtool's lint found something";

  auto browser = server->browser();
  for (int i = 0; i < 3; ++i) ASSERT_EQ(browser.get("/healthz").status, 200);
  EXPECT_EQ(browser.get("/no-such-page-with-a-secret-in-its-path").status, 404);
  const std::string goals = "/api/v1/orgs/" + std::to_string(org) + "/goals";
  for (int i = 0; i < 2; ++i) {
    ASSERT_EQ(api.post_json(goals, {{"title", "Mål " + std::to_string(i)}, {"horizon", "2027-12-31"}}).status,
              201);
  }
  // A method the client made up is counted, but not under a label value it chose.
  RawConnection raw(server->port());
  ASSERT_TRUE(raw.send(raw_request("BREWCOFFEE", "/healthz", server->port())));
  ASSERT_TRUE(raw.read_response());

  const std::string after = scrape();
  const auto rechecked = promtool_check(server->dir(), after);
  EXPECT_EQ(rechecked.status, 0) << rechecked.output << "\n" << after;
  EXPECT_EQ(rechecked.output, "");

  const auto moved = [&](const std::string& series) {
    return std::max(0.0, sample(after, series)) - std::max(0.0, sample(before, series));
  };
  EXPECT_EQ(moved(R"(forkant_http_requests_total{route="/healthz",method="GET",status="200"})"), 3) << after;
  // The route's latencies: the three GETs and the made-up method below.
  EXPECT_EQ(moved(R"(forkant_http_request_duration_seconds_count{route="/healthz"})"), 4);
  EXPECT_EQ(moved(R"(forkant_http_request_duration_seconds_bucket{route="/healthz",le="+Inf"})"), 4);
  EXPECT_EQ(moved(R"(forkant_http_requests_total{route="unmatched",method="GET",status="404"})"), 1);
  EXPECT_EQ(
      moved(R"(forkant_http_requests_total{route="/api/v1/orgs/{org_id}/goals",method="POST",status="201"})"),
      2);
  EXPECT_GE(moved(R"(forkant_http_requests_total{route="/healthz",method="other",status="405"})") +
                moved(R"(forkant_http_requests_total{route="/healthz",method="other",status="404"})") +
                moved(R"(forkant_http_requests_total{route="unmatched",method="other",status="400"})"),
            1)
      << after;
  EXPECT_EQ(after.find("BREWCOFFEE"), std::string::npos);
  EXPECT_EQ(after.find("secret-in-its-path"), std::string::npos) << "paths never become labels";
  EXPECT_EQ(after.find(token), std::string::npos);
  // Two goals are two durable writes at least (their audit entries ride in the same transactions).
  EXPECT_GE(moved("forkant_durable_write_duration_seconds_count"), 2);
  EXPECT_GE(moved("forkant_commit_batch_writes_count"), 1);
  EXPECT_GT(sample(after, "forkant_durable_write_duration_seconds_sum"), 0);

  EXPECT_EQ(sample(after, "forkant_open_rounds"),
            static_cast<double>(database_fact(*server, "SELECT count(*) FROM rounds WHERE state = 'open'")));
  EXPECT_EQ(sample(after, "forkant_open_rounds"), 1);
  EXPECT_GT(sample(after, "forkant_database_size_bytes"), 0);
  EXPECT_EQ(sample(after, "forkant_database_up"), 1);
  const std::string backend = server->on_postgresql() ? "postgresql" : "sqlite";
  EXPECT_TRUE(std::regex_search(
      after, std::regex(R"(\nforkant_build_info\{version="[0-9][^"]*",backend=")" + backend + R"("\} 1\n)")))
      << after;
}

}  // namespace
}  // namespace forkant::test
