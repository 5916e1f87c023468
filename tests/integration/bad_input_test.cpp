// Bad input gets a specific 4xx answer and changes nothing: malformed JSON, invalid UTF-8, unknown and
// missing fields, wrong content types, oversized bodies and headers, and path tricks on static files.
#include <gtest/gtest.h>

#include <memory>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class BadInput : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static std::int64_t invitations() {
    return database_fact(world->server, "SELECT count(*) FROM member_invitations");
  }

  // POSTs `body` as `content_type` to the invitations API as the owner; checks status and error code
  // and that nothing was stored.
  static void expect_refused(const std::string& body, const std::string& content_type, int status,
                             const std::string& code) {
    const auto before = invitations();
    auto api = world->api(world->owner);
    const auto res = api.post(world->api_org_path("/invitations"), body, content_type);
    EXPECT_EQ(res.status, status) << body;
    EXPECT_EQ(res.json()["error"]["code"], code) << res.body;
    EXPECT_TRUE(res.json()["error"]["message"].is_string()) << res.body;
    EXPECT_EQ(invitations(), before) << body;
  }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(BadInput, MalformedJsonIsRefusedWith400) {
  expect_refused(R"({"email": "a@example.dk", "role": )", "application/json", 400, "invalid_json");
  expect_refused("", "application/json", 400, "invalid_json");
}

TEST_F(BadInput, AJsonValueThatIsNotAnObjectIsRefusedWith400) {
  expect_refused(R"(["a@example.dk", "viewer"])", "application/json", 400, "expected_object");
}

TEST_F(BadInput, InvalidUtf8InJsonIsRefusedWith400) {
  expect_refused("{\"email\": \"\xff\xfe@example.dk\", \"role\": \"viewer\"}", "application/json", 400,
                 "invalid_utf8");
  expect_refused("{\"email\": \"\xc3\x28@example.dk\", \"role\": \"viewer\"}", "application/json", 400,
                 "invalid_utf8");
}

TEST_F(BadInput, AnUnknownFieldIsRefusedWith400SoNoAttributeCanBeSmuggledIn) {
  expect_refused(R"({"email": "a@example.dk", "role": "viewer", "org_id": 2})", "application/json", 400,
                 "unknown_field");
}

TEST_F(BadInput, AMissingFieldIsRefusedWith400NamingIt) {
  auto api = world->api(world->owner);
  const auto res =
      api.post(world->api_org_path("/invitations"), R"({"email": "a@example.dk"})", "application/json");
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(res.json()["error"]["code"], "missing_field");
  EXPECT_NE(res.json()["error"]["message"].get<std::string>().find("role"), std::string::npos) << res.body;
  expect_refused(R"({"email": 42, "role": "viewer"})", "application/json", 400, "wrong_type");
}

TEST_F(BadInput, AWrongContentTypeIsRefusedWith415) {
  const std::string body = R"({"email": "a@example.dk", "role": "viewer"})";
  expect_refused(body, "text/plain", 415, "unsupported_media_type");
  expect_refused("email=a%40example.dk&role=viewer", "application/x-www-form-urlencoded", 415,
                 "unsupported_media_type");
  expect_refused(body, "", 415, "unsupported_media_type");
}

TEST_F(BadInput, InvalidUtf8InAFormIsRefusedWith400AndChangesNothing) {
  auto owner = world->browser(world->owner);
  const std::string csrf = owner.csrf();
  const auto before = invitations();
  const auto res =
      owner.post(world->org_path("/members"), "csrf=" + csrf + "&email=%FF%FE%40example.dk&role=viewer",
                 "application/x-www-form-urlencoded");
  EXPECT_EQ(res.status, 400) << res.body;
  const auto broken_escape =
      owner.post(world->org_path("/members"), "csrf=" + csrf + "&email=%zz&role=viewer",
                 "application/x-www-form-urlencoded");
  EXPECT_EQ(broken_escape.status, 400) << broken_escape.body;
  EXPECT_EQ(invitations(), before);
  EXPECT_EQ(owner.get("/api/v1/me").status, 200) << "the session survives bad input";
}

TEST_F(BadInput, ABodyOverOneMebibyteIsRefusedWith413) {
  RawConnection c(world->server.port());
  // Only the head is sent: the server must refuse on the declared length, without reading a mebibyte.
  c.send("POST " + world->api_org_path("/invitations") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
         "Authorization: Bearer " + world->owner.token + "\r\nContent-Type: application/json\r\n" +
         "Content-Length: " + std::to_string(1024 * 1024 + 1) + "\r\n\r\n");
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("body_too_large"), std::string::npos) << res->body;

  // One mebibyte exactly is within the limit: it reaches the handler (and fails there as bad JSON).
  auto api = world->api(world->owner);
  const auto at_limit =
      api.post(world->api_org_path("/invitations"), std::string(1024 * 1024, ' '), "application/json");
  EXPECT_EQ(at_limit.status, 400) << at_limit.body;
}

TEST_F(BadInput, HeadersOverSixteenKibibytesAreRefusedWith431) {
  RawConnection c(world->server.port());
  c.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(17 * 1024, 'a') +
         "\r\n\r\n");
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 431);
  EXPECT_TRUE(c.wait_closed()) << "the connection is closed after a 431";

  RawConnection ok(world->server.port());
  ok.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(8 * 1024, 'a') +
          "\r\n\r\n");
  const auto fine = ok.read_response();
  ASSERT_TRUE(fine);
  EXPECT_EQ(fine->status, 200) << "8 KiB of headers is normal";
}

TEST_F(BadInput, PathTraversalInStaticFilesNeverReachesOutsideTheFolder) {
  for (const std::string path :
       {"/static/../CMakeLists.txt", "/static/%2e%2e/CMakeLists.txt", "/static/%2E%2E%2FCMakeLists.txt",
        "/static/..%2fCMakeLists.txt", "/static/../../etc/passwd", "/static/..\\CMakeLists.txt", "/static/",
        "/static/.", "/static//etc/passwd", "/.git/HEAD", "/CMakeLists.txt", "/static/forkant.css.bak",
        "/static/forkant.css%00.txt"}) {
    RawConnection c(world->server.port());
    c.send(raw_request("GET", path, world->server.port(), {{"Connection", "close"}}));
    const auto res = c.read_response();
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->body.find("cmake_minimum_required"), std::string::npos) << path;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
  }
}

TEST_F(BadInput, UnknownPathsAre404AndWrongMethodsAre405) {
  auto browser = world->server.browser();
  EXPECT_EQ(browser.get("/no/such/page").status, 404);
  EXPECT_EQ(browser.get("/api/v1/nothing").json()["error"]["code"], "not_found");
  EXPECT_EQ(browser.request("DELETE", "/login").status, 405);
  auto api = world->api(world->owner);
  const auto res = api.request("PUT", "/api/v1/me", "{}", "application/json");
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(res.json()["error"]["code"], "method_not_allowed");
  EXPECT_EQ(api.request("POST", "/static/forkant.css", "x", "text/plain").status, 405)
      << "static files answer GET and HEAD only";
}

TEST_F(BadInput, ASlashSmuggledAsPercent2FIntoAnIdIsNotARoute) {
  auto api = world->api(world->owner);
  EXPECT_EQ(api.get("/api/v1/orgs/" + std::to_string(world->demo_org) + "%2Fmembers").status, 404);
}

}  // namespace
}  // namespace forkant::test
