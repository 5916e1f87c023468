// Limits on expensive actions (ASVS 11.1.3/11.1.4): which routes cost what, read from the router's own
// table, and the limiter's two buckets, per account and per organisation, on a clock the test moves.
#include "web/rate_limits.hpp"

#include <gtest/gtest.h>

#include "web/app.hpp"
#include "web/router.hpp"

namespace forkant::web {
namespace {

std::optional<Cost> cost(const Router& router, const std::string& method, const std::string& pattern,
                         const std::string& query = "") {
  for (const auto& route : router.routes()) {
    if (route.method == method && route.pattern == pattern) {
      Request req;
      req.method = method;
      req.query = query;
      return cost_of(route, req);
    }
  }
  ADD_FAILURE() << "no route " << method << " " << pattern;
  return std::nullopt;
}

Router forkant_routes() {
  Router router;
  register_routes(router);
  return router;
}

TEST(RateLimitedRoutes, EveryFileForkantHandsOutIsAnExportOrAReport) {
  const Router router = forkant_routes();
  int files = 0;
  for (const auto& route : router.routes()) {
    const std::string& p = route.pattern;
    if (route.method != "GET" || p == "/api/v1/openapi.json") continue;
    if (p.ends_with(".csv") || p.ends_with(".json") || p.ends_with(".pdf") || p.ends_with(".xlsx") ||
        route.report) {
      ++files;
      Request req;
      const auto c = cost_of(route, req);
      ASSERT_TRUE(c.has_value()) << p << " hands out a file without a limit";
      EXPECT_TRUE(*c == Cost::export_file || *c == Cost::report) << p;
    }
  }
  EXPECT_GE(files, 15) << "the routes were read";
}

TEST(RateLimitedRoutes, ImportsLinkCreationAndSearchesCostTheirKindAndPlainPagesNothing) {
  const Router router = forkant_routes();
  EXPECT_EQ(cost(router, "GET", "/api/v1/rounds/{round_id}/results.csv"), Cost::export_file);
  EXPECT_EQ(cost(router, "GET", "/orgs/{org_id}/portfolio.json"), Cost::export_file);
  EXPECT_EQ(cost(router, "GET", "/rounds/{round_id}/report.pdf"), Cost::report);
  EXPECT_EQ(cost(router, "GET", "/api/v1/rounds/{round_id}/report.xlsx"), Cost::report);
  EXPECT_EQ(cost(router, "POST", "/rounds/{round_id}/import"), Cost::import);
  EXPECT_EQ(cost(router, "POST", "/api/v1/rounds/{round_id}/responses"), Cost::import);
  EXPECT_EQ(cost(router, "POST", "/orgs/{org_id}/radar/import"), Cost::import);
  EXPECT_EQ(cost(router, "POST", "/orgs/{org_id}/assessments/questionnaires"), Cost::import);
  EXPECT_EQ(cost(router, "POST", "/api/v1/orgs/{org_id}/assessments/questionnaires"), Cost::import);
  EXPECT_EQ(cost(router, "POST", "/rounds/{round_id}/links"), Cost::links);
  EXPECT_EQ(cost(router, "POST", "/api/v1/rounds/{round_id}/invitations"), Cost::links);
  EXPECT_EQ(cost(router, "POST", "/rounds/{round_id}/mail"), Cost::links);
  EXPECT_EQ(cost(router, "GET", "/orgs/{org_id}/decisions", "q=budget"), Cost::search);
  EXPECT_EQ(cost(router, "GET", "/api/v1/orgs/{org_id}/decisions", "q=budget"), Cost::search);
  EXPECT_EQ(cost(router, "GET", "/orgs/{org_id}/audit", "action=sign_in"), Cost::search);
  EXPECT_EQ(cost(router, "GET", "/orgs/{org_id}/networks/{network_id}/library", "q=ai"), Cost::search);
  EXPECT_EQ(cost(router, "GET", "/orgs/{org_id}/decisions"), std::nullopt) << "the plain list";
  EXPECT_EQ(cost(router, "GET", "/api/v1/openapi.json"), std::nullopt);
  EXPECT_EQ(cost(router, "GET", "/orgs/{org_id}/radar/import"), std::nullopt) << "the form";
  EXPECT_EQ(cost(router, "POST", "/orgs/{org_id}/decisions"), std::nullopt);
}

struct FakeClock {
  std::int64_t ms = 1'000'000;
};

RateLimitTable three_and_five() {
  RateLimitTable table;
  EXPECT_TRUE(apply_rate_limit_option(table, "export=3/5"));
  return table;
}

TEST(RateLimiter, AnAccountOverItsLimitIsRefusedWithRetryAfterAndAnotherAccountIsNot) {
  auto clock = std::make_shared<FakeClock>();
  RateLimiter limiter(three_and_five(), [clock] { return clock->ms; });
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limiter.take(Cost::export_file, 1, 10), std::nullopt) << i;
  EXPECT_EQ(limiter.account_refusal(Cost::export_file, 1), 1200) << "3 per hour: one every 1,200 s";
  EXPECT_EQ(limiter.take(Cost::export_file, 1, 10), 1200);
  EXPECT_EQ(limiter.take(Cost::export_file, 2, 10), std::nullopt) << "a colleague is not held up";
  EXPECT_EQ(limiter.take(Cost::report, 1, 10), std::nullopt) << "another kind of action is not held up";
  clock->ms += 1'200'000;
  EXPECT_EQ(limiter.take(Cost::export_file, 1, 10), std::nullopt) << "a token came back";
}

TEST(RateLimiter, AnOrganisationOverItsLimitRefusesEveryAccountInItAndNoOther) {
  auto clock = std::make_shared<FakeClock>();
  RateLimiter limiter(three_and_five(), [clock] { return clock->ms; });
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limiter.take(Cost::export_file, 1, 10), std::nullopt);
  for (int i = 0; i < 2; ++i) EXPECT_EQ(limiter.take(Cost::export_file, 2, 10), std::nullopt);
  EXPECT_EQ(limiter.take(Cost::export_file, 2, 10), 720) << "5 per hour: one every 720 s";
  EXPECT_EQ(limiter.take(Cost::export_file, 3, 10), 720) << "a third member, though fresh";
  EXPECT_EQ(limiter.take(Cost::export_file, 3, 11), std::nullopt)
      << "the same account in another organisation";
  // A refusal takes nothing: account 2's bucket still holds its third action once the organisation's refills.
  clock->ms += 720'000;
  EXPECT_EQ(limiter.take(Cost::export_file, 2, 10), std::nullopt);
}

TEST(RateLimiter, ZeroMeansNoLimitAndTheOptionIsCheckedBeforeItIsUsed) {
  RateLimitTable table;
  EXPECT_TRUE(apply_rate_limit_option(table, "search=0/0"));
  RateLimiter limiter(table);
  for (int i = 0; i < 5000; ++i) ASSERT_EQ(limiter.take(Cost::search, 1, 1), std::nullopt);
  for (const char* bad : {"export", "export=3", "export=3/", "export=/5", "exports=3/5", "export=-1/5",
                          "export=3/5x", "export=5/3/1", "=3/5"}) {
    EXPECT_FALSE(apply_rate_limit_option(table, bad)) << bad;
  }
  EXPECT_EQ(table.at(Cost::export_file).account.count, 60) << "a refused option changes nothing";
}

}  // namespace
}  // namespace forkant::web
