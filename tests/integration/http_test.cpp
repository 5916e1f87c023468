// HTTP hygiene: security headers on every page (OWASP ASVS 14.4), caching of static files, health
// checks, keep-alive and pipelining on one connection.
#include <gtest/gtest.h>

#include <memory>

#include "support/world.hpp"

namespace forkant::test {
namespace {

class Http : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;
};

void expect_security_headers(const HttpResponse& res, const std::string& what) {
  const std::string csp = res.header("Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << what << ": " << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << what << ": " << csp;
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << what << ": " << csp;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << what << ": " << csp;
  EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << what << ": " << csp;
  EXPECT_EQ(res.header("X-Content-Type-Options"), "nosniff") << what;
  const std::string referrer = res.header("Referrer-Policy");
  EXPECT_TRUE(referrer == "no-referrer" || referrer == "same-origin") << what << ": " << referrer;
  EXPECT_EQ(res.header("X-Frame-Options"), "DENY") << what;
  EXPECT_FALSE(res.has_header("Server")) << what << ": no version banner";
}

TEST_F(Http, EveryKindOfAnswerCarriesTheSecurityHeaders) {
  auto anonymous = world->server.browser();
  expect_security_headers(anonymous.get("/login"), "login page");
  expect_security_headers(anonymous.get("/no/such/page"), "404 page");
  expect_security_headers(anonymous.get("/api/v1/me"), "API 401");
  expect_security_headers(anonymous.get("/static/forkant.css"), "static file");
  auto owner = world->browser(world->owner);
  expect_security_headers(owner.get(world->org_path()), "overview");
  expect_security_headers(owner.get(world->org_path("/members")), "members");
  expect_security_headers(owner.get(world->org_path("/audit")), "audit");
  expect_security_headers(owner.get("/api/v1/me"), "API 200");
}

TEST_F(Http, PagesHoldNoInlineScriptOrStyleSoTheStrictPolicyWorks) {
  auto owner = world->browser(world->owner);
  for (const std::string& path :
       std::vector<std::string>{std::string("/login"), world->org_path(), world->org_path("/members")}) {
    const auto res = path == "/login" ? world->server.browser().get(path) : owner.get(path);
    EXPECT_EQ(res.header("Content-Type"), "text/html; charset=utf-8") << path;
    EXPECT_EQ(res.body.find("<script>"), std::string::npos) << path;
    EXPECT_EQ(res.body.find("<style"), std::string::npos) << path;
    EXPECT_EQ(res.body.find(" style=\""), std::string::npos) << path;
    EXPECT_EQ(res.body.find(" onclick="), std::string::npos) << path;
    EXPECT_NE(res.body.find(R"(href="#main")"), std::string::npos) << path << ": skip link";
    EXPECT_NE(res.body.find("<main"), std::string::npos) << path << ": main landmark";
  }
}

TEST_F(Http, StaticFilesAreCachedWithAnEtagAndRevalidateWith304) {
  auto browser = world->server.browser();
  const auto css = browser.get("/static/forkant.css");
  ASSERT_EQ(css.status, 200);
  EXPECT_EQ(css.header("Content-Type"), "text/css; charset=utf-8");
  EXPECT_NE(css.header("Cache-Control").find("max-age="), std::string::npos) << css.header("Cache-Control");
  const std::string etag = css.header("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_FALSE(css.body.empty());

  const auto again = browser.get("/static/forkant.css", {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.header("ETag"), etag);
  EXPECT_EQ(browser.get("/static/forkant.css", {{"If-None-Match", "\"stale\""}}).status, 200);
  EXPECT_EQ(browser.get("/static/forkant.js").header("Content-Type"), "text/javascript; charset=utf-8");
}

TEST_F(Http, HealthAndReadinessAnswerWithoutSignIn) {
  auto browser = world->server.browser();
  const auto health = browser.get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, "ok\n");
  const auto ready = browser.get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.body, "ready\n");
}

TEST_F(Http, TwoRequestsShareOneKeptAliveConnection) {
  RawConnection c(world->server.port());
  ASSERT_TRUE(c.send(raw_request("GET", "/healthz", world->server.port())));
  const auto first = c.read_response();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 200);
  EXPECT_NE(first->header("connection"), "close");
  ASSERT_TRUE(c.send(raw_request("GET", "/readyz", world->server.port())));
  const auto second = c.read_response();
  ASSERT_TRUE(second) << "the server closed a keep-alive connection after one request";
  EXPECT_EQ(second->body, "ready\n");
}

TEST_F(Http, PipelinedRequestsAreAnsweredInOrder) {
  RawConnection c(world->server.port());
  const int port = world->server.port();
  ASSERT_TRUE(c.send(raw_request("GET", "/healthz", port) + raw_request("GET", "/readyz", port) +
                     raw_request("GET", "/no-such-thing", port, {{"Connection", "close"}})));
  const auto a = c.read_response();
  const auto b = c.read_response();
  const auto d = c.read_response();
  ASSERT_TRUE(a && b && d);
  EXPECT_EQ(a->body, "ok\n");
  EXPECT_EQ(b->body, "ready\n");
  EXPECT_EQ(d->status, 404);
  EXPECT_TRUE(c.wait_closed()) << "Connection: close is honoured";
}

TEST_F(Http, AGarbledRequestLineGets400AndTheServerKeepsServing) {
  RawConnection c(world->server.port());
  c.send("THIS IS NOT HTTP\r\n\r\n");
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(world->server.browser().get("/healthz").status, 200);
}

}  // namespace
}  // namespace forkant::test
