// Error answers are answers like any other: every one carries the security headers, whichever part of
// the server produced it (an invalid API token, an unknown path, a wrong method, a body or headers over
// the limits, a garbled request), and an error page names its own status.
#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "support/world.hpp"

namespace forkant::test {
namespace {

class ErrorResponses : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;

  // Sends `bytes` on a fresh connection and reads one response.
  static RawResponse raw(const std::string& bytes) {
    RawConnection c(world->server.port());
    EXPECT_TRUE(c.send(bytes));
    auto res = c.read_response();
    EXPECT_TRUE(res) << "no response to: " << bytes.substr(0, 80);
    return res.value_or(RawResponse{});
  }
};

void expect_security_headers(const std::function<std::string(const std::string&)>& header,
                             const std::string& what) {
  const std::string csp = header("content-security-policy");
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << what << ": CSP " << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << what << ": CSP " << csp;
  EXPECT_EQ(header("x-content-type-options"), "nosniff") << what;
  EXPECT_EQ(header("x-frame-options"), "DENY") << what;
  EXPECT_EQ(header("referrer-policy"), "same-origin") << what;
  EXPECT_FALSE(header("permissions-policy").empty()) << what;
  EXPECT_EQ(header("cache-control"), "no-store") << what;
}

void expect_security_headers(const HttpResponse& res, const std::string& what) {
  expect_security_headers([&](const std::string& name) { return res.header(name); }, what);
}

void expect_security_headers(const RawResponse& res, const std::string& what) {
  expect_security_headers([&](const std::string& name) { return res.header(name); }, what);
}

std::string title_of(const std::string& html) {
  const auto start = html.find("<title>");
  const auto end = html.find("</title>");
  if (start == std::string::npos || end == std::string::npos) return "";
  return html.substr(start + 7, end - start - 7);
}

TEST_F(ErrorResponses, EveryErrorStatusCarriesTheSecurityHeaders) {
  const int port = world->server.port();

  auto forged = world->server.api("not-a-real-token-1234567890");
  const auto unauthorized = forged.get("/api/v1/me");
  ASSERT_EQ(unauthorized.status, 401);
  EXPECT_EQ(unauthorized.json()["error"]["code"], "invalid_token");
  expect_security_headers(unauthorized, "401 for an invalid API token");

  const auto not_found = world->server.browser().get("/no/such/page");
  ASSERT_EQ(not_found.status, 404);
  expect_security_headers(not_found, "404 page");

  const auto wrong_method = world->server.browser().request("DELETE", "/login");
  ASSERT_EQ(wrong_method.status, 405);
  expect_security_headers(wrong_method, "405 page");

  const auto too_large = raw("POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                             "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                             std::to_string(1024 * 1024 + 1) + "\r\n\r\n");
  ASSERT_EQ(too_large.status, 413);
  expect_security_headers(too_large, "413");

  const auto headers_too_large = raw(
      "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(17 * 1024, 'a') + "\r\n\r\n");
  ASSERT_EQ(headers_too_large.status, 431);
  expect_security_headers(headers_too_large, "431");

  const auto garbled = raw("THIS IS NOT HTTP\r\n\r\n");
  ASSERT_EQ(garbled.status, 400);
  expect_security_headers(garbled, "400 for a garbled request");
}

TEST_F(ErrorResponses, EachErrorPageNamesItsOwnStatus) {
  const int port = world->server.port();
  auto browser = world->server.browser();

  const auto wrong_method = browser.request("DELETE", "/login");
  ASSERT_EQ(wrong_method.status, 405);
  EXPECT_EQ(title_of(wrong_method.body), "Fejl 405 · forkant") << wrong_method.body;
  EXPECT_EQ(wrong_method.body.find("400"), std::string::npos) << wrong_method.body;

  const auto too_large = [&](const std::string& language) {
    RawConnection c(port);
    EXPECT_TRUE(c.send("POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                       "\r\nAccept-Language: " + language +
                       "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                       std::to_string(1024 * 1024 + 1) + "\r\n\r\n"));
    return c.read_response().value_or(RawResponse{});
  };
  const auto danish = too_large("da");
  ASSERT_EQ(danish.status, 413);
  EXPECT_EQ(title_of(danish.body), "Fejl 413 · forkant") << danish.body;
  EXPECT_EQ(danish.body.find("400"), std::string::npos) << danish.body;
  const auto english = too_large("en");
  ASSERT_EQ(english.status, 413);
  EXPECT_EQ(title_of(english.body), "Error 413 · forkant") << english.body;

  const auto not_found = browser.get("/no/such/page", {{"Accept-Language", "en"}});
  ASSERT_EQ(not_found.status, 404);
  EXPECT_EQ(title_of(not_found.body), "Error 404 · forkant");
}

}  // namespace
}  // namespace forkant::test
