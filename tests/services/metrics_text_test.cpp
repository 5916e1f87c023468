// metrics_text (services/metrics.hpp) over fakes: requests counted by the route pattern with the method
// reduced to the known ones, the database's figures left out and forkant_database_up 0 when it does not
// answer, the outbox gauge only once something is wired to it.

#include <gtest/gtest.h>

#include <stdexcept>

#include "services/metrics.hpp"

namespace forkant {
namespace {

struct FakeStats final : OpsStatsStore {
  bool down = false;
  WriteMetrics write_metrics() override {
    WriteMetrics m;
    m.write_seconds.observe(0.002);
    m.batch_writes.observe(3);
    return m;
  }
  std::int64_t open_rounds() override {
    if (down) throw std::runtime_error("the database is gone");
    return 2;
  }
  std::int64_t database_size_bytes() override { return 8192; }
};

struct FakeTransactor final : Transactor {
  bool up = true;
  void transaction(const std::function<void()>& fn) override { fn(); }
  bool ready() override { return up; }
  CommitStats commit_stats() override { return {}; }
};

bool has_line(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos;
}

TEST(MetricsText, CountsRequestsByRoutePatternAndAKnownMethod) {
  RequestMetrics requests;
  requests.observe("/rounds/{round_id}", "GET", 200, 0.004);
  requests.observe("/rounds/{round_id}", "GET", 200, 0.02);
  requests.observe("/rounds/{round_id}", "BREW", 405, 0.001);
  FakeStats stats;
  FakeTransactor transactor;
  const auto text = metrics_text({&requests, &transactor, &stats, nullptr, "9.9.9", "sqlite"});
  EXPECT_TRUE(has_line(
      text, R"(forkant_http_requests_total{route="/rounds/{round_id}",method="GET",status="200"} 2)"))
      << text;
  EXPECT_TRUE(has_line(
      text, R"(forkant_http_requests_total{route="/rounds/{round_id}",method="other",status="405"} 1)"));
  EXPECT_TRUE(has_line(
      text, R"(forkant_http_request_duration_seconds_bucket{route="/rounds/{round_id}",le="0.005"} 2)"));
  EXPECT_TRUE(has_line(text, R"(forkant_http_request_duration_seconds_count{route="/rounds/{round_id}"} 3)"));
  EXPECT_TRUE(has_line(text, "forkant_durable_write_duration_seconds_count 1"));
  EXPECT_TRUE(has_line(text, "forkant_commit_batch_writes_sum 3"));
  EXPECT_TRUE(has_line(text, "forkant_open_rounds 2"));
  EXPECT_TRUE(has_line(text, "forkant_database_size_bytes 8192"));
  EXPECT_TRUE(has_line(text, "forkant_database_up 1"));
  EXPECT_TRUE(has_line(text, R"(forkant_build_info{version="9.9.9",backend="sqlite"} 1)"));
  EXPECT_EQ(text.find("BREW"), std::string::npos);
  EXPECT_EQ(text.find("forkant_outbox_queued_messages"), std::string::npos) << "nothing wired to it";
}

TEST(MetricsText, ADatabaseThatDoesNotAnswerLeavesItsFiguresOutAndSaysSo) {
  FakeStats stats;
  stats.down = true;
  FakeTransactor transactor;
  transactor.up = false;
  MetricsSources sources{nullptr, &transactor, &stats, [] { return std::int64_t{7}; }, "9.9.9", "postgresql"};
  const auto text = metrics_text(sources);
  EXPECT_EQ(text.find("forkant_open_rounds"), std::string::npos) << text;
  EXPECT_EQ(text.find("forkant_database_size_bytes"), std::string::npos);
  EXPECT_TRUE(has_line(text, "forkant_database_up 0"));
  EXPECT_TRUE(has_line(text, "forkant_outbox_queued_messages 7"));
  EXPECT_TRUE(has_line(text, "forkant_durable_write_duration_seconds_count 1"))
      << "from memory: always there";
}

}  // namespace
}  // namespace forkant
