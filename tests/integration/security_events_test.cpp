// Security events (ASVS 7.1.3, 7.1.4, 7.2.1, 7.2.2): sign-ins and their failures, throttling, authorisation
// denials, CSRF refusals, API tokens created and revoked, roles given by invitation, exports, each as one
// JSON line in the file --security-log names, apart from the access log, with the UTC time, the event,
// the actor, the organisation, the outcome and the request id; never a password, a token, an e-mail
// address or a name (canaries). And log injection (ASVS 7.3.1): requests carrying CR, LF and other
// control characters in their headers, path, query, cookies and form values leave every log (access,
// error, security) one JSON object per line, with no line of their making.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "support/server_process.hpp"

namespace forkant::test {
namespace {

constexpr const char* kOwner = "ejer-canary-mail@haendelser.example.dk";
constexpr const char* kOwnerPassword = "canary-password-owner-4411";
constexpr const char* kViewer = "laeser@haendelser.example.dk";
constexpr const char* kViewerPassword = "canary-password-viewer-4412";
constexpr const char* kOutsider = "udefra@andet.example.dk";
constexpr const char* kOutsiderPassword = "canary-password-outsider-4413";
constexpr const char* kWrongPassword = "canary-wrong-password-4414";
constexpr const char* kInvitee = "canary-invitee@haendelser.example.dk";
constexpr const char* kInviteePassword = "canary-password-invitee-4415";
constexpr const char* kInviteeName = "Canary Inviteename";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class SecurityEvents : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer;
    const auto owner = server_->add_user(kOwner, "Canary Ownername", kOwnerPassword, "Hændelse Kommune");
    owner_id_ = owner.user_id;
    org_id_ = owner.org_id;
    viewer_id_ = server_->add_user(kViewer, "Læser", kViewerPassword, "Hændelse Kommune", "viewer").user_id;
    outsider_id_ = server_->add_user(kOutsider, "Udefra", kOutsiderPassword, "Andet Sted").user_id;
    owner_token_ = server_->create_token(kOwner);
    server_->start({"--security-log", (server_->dir() / "security.log").string()});
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  // The security log's events so far, parsed; a line that is not one JSON object fails the test.
  static std::vector<nlohmann::json> events() {
    std::vector<nlohmann::json> out;
    for (const auto& line : lines_of(read_file(server_->dir() / "security.log"))) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      EXPECT_TRUE(j.is_object()) << "not a JSON object: " << line;
      if (j.is_object()) out.push_back(std::move(j));
    }
    return out;
  }
  // The events with this name and outcome.
  static std::vector<nlohmann::json> events(const std::string& event, const std::string& outcome) {
    std::vector<nlohmann::json> out;
    for (auto& e : events()) {
      if (e["event"] == event && e["outcome"] == outcome) out.push_back(e);
    }
    return out;
  }
  // Every event has the fields an investigation needs.
  static void expect_complete(const nlohmann::json& e) {
    for (const char* field : {"t", "event", "outcome", "actor", "org_id", "request_id"}) {
      EXPECT_TRUE(e.contains(field)) << field << " missing: " << e.dump();
    }
    EXPECT_TRUE(
        std::regex_match(e["t"].get<std::string>(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")))
        << "UTC: " << e.dump();
    EXPECT_TRUE(std::regex_match(e["request_id"].get<std::string>(), std::regex("[0-9a-f]{16}"))) << e.dump();
  }

  static inline TestServer* server_ = nullptr;
  static inline std::int64_t owner_id_ = 0;
  static inline std::int64_t org_id_ = 0;
  static inline std::int64_t viewer_id_ = 0;
  static inline std::int64_t outsider_id_ = 0;
  static inline std::string owner_token_;
};

TEST_F(SecurityEvents, ASignInAndAFailedOneAreLoggedWithTheAccountAndNoPassword) {
  auto browser = server_->browser();
  EXPECT_EQ(browser.sign_in(kOwner, kWrongPassword).status, 401);
  ASSERT_EQ(browser.sign_in(kOwner, kOwnerPassword).status, 303);
  const auto failures = events("sign_in", "failure");
  ASSERT_FALSE(failures.empty());
  expect_complete(failures.back());
  const auto successes = events("sign_in", "success");
  ASSERT_FALSE(successes.empty());
  expect_complete(successes.back());
  EXPECT_EQ(successes.back()["actor"], owner_id_);
  EXPECT_EQ(successes.back()["what"], "password");
}

TEST_F(SecurityEvents, AnAuthorisationDenialIsLoggedWhetherItAnswers403Or404) {
  const std::string org = std::to_string(org_id_);
  auto viewer = server_->signed_in(kViewer, kViewerPassword);
  EXPECT_EQ(viewer.submit("/orgs/" + org + "/members", {{"email", "x@example.dk"}, {"role", "owner"}}).status,
            403);
  const auto too_low = events("access_denied", "role_too_low");
  ASSERT_FALSE(too_low.empty());
  expect_complete(too_low.back());
  EXPECT_EQ(too_low.back()["actor"], viewer_id_);
  EXPECT_EQ(too_low.back()["org_id"], org_id_);

  auto outsider = server_->signed_in(kOutsider, kOutsiderPassword);
  EXPECT_EQ(outsider.get("/orgs/" + org + "/decisions").status, 404) << "like a missing organisation";
  const auto not_member = events("access_denied", "not_member");
  ASSERT_FALSE(not_member.empty());
  EXPECT_EQ(not_member.back()["actor"], outsider_id_);
  EXPECT_EQ(not_member.back()["org_id"], org_id_);
}

TEST_F(SecurityEvents, ACsrfRefusalAndARefusedApiTokenAreLogged) {
  auto owner = server_->signed_in(kOwner, kOwnerPassword);
  const std::string org = std::to_string(org_id_);
  EXPECT_EQ(
      owner.post_form("/orgs/" + org + "/members", {{"email", "y@example.dk"}, {"role", "viewer"}}).status,
      403);
  const auto refused = events("csrf_refused", "bad_token");
  ASSERT_FALSE(refused.empty());
  expect_complete(refused.back());
  EXPECT_EQ(refused.back()["actor"], owner_id_);
  EXPECT_EQ(refused.back()["what"], "/orgs/{org_id}/members") << "the route, never the path";

  EXPECT_EQ(owner
                .submit("/orgs/" + org + "/members", {{"email", "y@example.dk"}, {"role", "viewer"}},
                        {{"Origin", "https://evil.example"}})
                .status,
            403);
  EXPECT_FALSE(events("csrf_refused", "bad_origin").empty());

  EXPECT_EQ(server_->api("canary-not-a-token-4416").get("/api/v1/me").status, 401);
  EXPECT_FALSE(events("api_token_refused", "failure").empty());
}

TEST_F(SecurityEvents, TokensCreatedAndRevokedAndARoleGivenByInvitationAreLogged) {
  auto owner = server_->signed_in(kOwner, kOwnerPassword);
  const auto created = owner.submit("/tokens", {{"name", "canary-token-name"}, {"days", "30"}});
  ASSERT_EQ(created.status, 201);
  auto api = server_->api(owner_token_);
  std::int64_t id = 0;
  const auto list = api.get("/api/v1/me/tokens").json();
  for (const auto& t : list["tokens"]) {
    if (t["name"] == "canary-token-name") id = t["id"].get<std::int64_t>();
  }
  ASSERT_GT(id, 0) << list.dump();
  const auto made = events("token_created", "success");
  ASSERT_FALSE(made.empty());
  expect_complete(made.back());
  EXPECT_EQ(made.back()["subject"], id);
  EXPECT_EQ(made.back()["actor"], owner_id_);
  EXPECT_EQ(owner.submit("/tokens/" + std::to_string(id) + "/revoke", {}).status, 303);
  const auto revoked = events("token_revoked", "success");
  ASSERT_FALSE(revoked.empty());
  EXPECT_EQ(revoked.back()["subject"], id);

  // An invitation gives a role: when it is made and when it is taken.
  const auto invited = api.post_json("/api/v1/orgs/" + std::to_string(org_id_) + "/invitations",
                                     {{"email", kInvitee}, {"role", "leader"}});
  ASSERT_EQ(invited.status, 201);
  const auto made_invitation = events("invitation_created", "success");
  ASSERT_FALSE(made_invitation.empty());
  EXPECT_EQ(made_invitation.back()["what"], "leader");
  EXPECT_EQ(made_invitation.back()["org_id"], org_id_);
  const std::string token = invited.json()["token"];
  auto invitee = server_->browser();
  ASSERT_EQ(invitee.get("/join/" + token).status, 200);
  ASSERT_EQ(invitee.submit("/join/" + token, {{"name", kInviteeName}, {"password", kInviteePassword}}).status,
            303);
  const auto granted = events("role_granted", "success");
  ASSERT_FALSE(granted.empty());
  expect_complete(granted.back());
  EXPECT_EQ(granted.back()["what"], "leader");
  EXPECT_EQ(granted.back()["org_id"], org_id_);
  EXPECT_TRUE(granted.back()["actor"].is_number_integer()) << "the new account";
}

TEST_F(SecurityEvents, AnExportOfResultsIsLoggedWithItsRoute) {
  auto api = server_->api(owner_token_);
  ASSERT_EQ(api.get("/api/v1/orgs/" + std::to_string(org_id_) + "/account.csv").status, 200);
  const auto exports = events("export", "success");
  ASSERT_FALSE(exports.empty());
  expect_complete(exports.back());
  EXPECT_EQ(exports.back()["what"], "/api/v1/orgs/{org_id}/account.csv");
  EXPECT_EQ(exports.back()["actor"], owner_id_);
}

TEST_F(SecurityEvents, APasswordChangeAndAFailedOneAreLogged) {
  auto viewer = server_->signed_in(kViewer, kViewerPassword);
  const std::string next = "canary-password-viewer-new-4417";
  EXPECT_EQ(
      viewer
          .submit("/password",
                  {{"current_password", kWrongPassword}, {"new_password", next}, {"repeat_password", next}})
          .status,
      422);
  const auto failed = events("password_changed", "failure");
  ASSERT_FALSE(failed.empty());
  EXPECT_EQ(failed.back()["actor"], viewer_id_);
  EXPECT_EQ(
      viewer
          .submit("/password",
                  {{"current_password", kViewerPassword}, {"new_password", next}, {"repeat_password", next}})
          .status,
      303);
  const auto changed = events("password_changed", "success");
  ASSERT_FALSE(changed.empty());
  expect_complete(changed.back());
  EXPECT_EQ(changed.back()["actor"], viewer_id_);
}

TEST_F(SecurityEvents, AThrottledSignInIsLoggedAsSuch) {
  // After five failures the account is slowed (domain/accounts/login_throttle.hpp): the next is refused.
  auto browser = server_->browser();
  int status = 0;
  for (int i = 0; i < 8 && status != 429; ++i) status = browser.sign_in(kOutsider, kWrongPassword).status;
  ASSERT_EQ(status, 429);
  const auto throttled = events("sign_in", "throttled");
  ASSERT_FALSE(throttled.empty());
  expect_complete(throttled.back());
}

// Log injection: the battery of hostile requests, then every line of every log.
TEST_F(SecurityEvents, ZForgedLinesInRequestsLeaveEveryLogOneJsonObjectPerLine) {
  const std::string forged = R"({"t":"2026-01-01T00:00:00.000Z","log":"security","event":"forged"})";
  const std::string crlf = "%0D%0A" + forged;
  auto browser = server_->browser();
  // In form values: a sign-in's address and password, and a signed-in form.
  browser.sign_in("x%0D%0A" + forged + "\r\n" + forged, "pw\r\n" + forged);
  browser.post_form("/login",
                    {{"email", "a\r\n" + forged}, {"password", "b\n" + forged}, {"csrf", "c\r" + forged}});
  auto owner = server_->signed_in(kOwner, kOwnerPassword);
  owner.submit("/orgs/" + std::to_string(org_id_) + "/members",
               {{"email", "e\r\n" + forged}, {"role", "x\n" + forged}});
  // In the path and the query.
  browser.get("/orgs/" + crlf + "/decisions");
  browser.get("/no-such-page" + crlf);
  browser.get("/login?next=" + crlf);
  owner.get("/orgs/" + std::to_string(org_id_) + "/decisions?q=" + crlf);
  // In headers: values may carry any byte but CR, LF and NUL; a bare CR or LF is refused by the parser.
  for (const std::string& value : {std::string("a\x1b[2J") + forged, std::string("\xe2\x80\xa8") + forged,
                                   std::string("\xc2\x85") + forged}) {
    RawConnection raw(server_->port());
    raw.send(raw_request(
        "GET", "/healthz", server_->port(),
        {{"User-Agent", value}, {"X-Forwarded-For", value}, {"Cookie", "forkant_session=" + value}}));
    EXPECT_TRUE(raw.read_response().has_value());
  }
  for (const std::string& bytes : {"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\rb" + forged + "\r\n\r\n",
                                   "GET /healthz\r\n" + forged + " HTTP/1.1\r\nHost: x\r\n\r\n",
                                   "GET /" + forged + "\n" + forged + " HTTP/1.1\r\nHost: x\r\n\r\n"}) {
    RawConnection raw(server_->port());
    raw.send(bytes);
    raw.read_response();  // refused, or answered: either way not a line of its own
  }
  auto api = server_->api(owner_token_);
  api.post("/api/v1/orgs/" + std::to_string(org_id_) + "/invitations", "{\"email\":\"\\r\\n" + forged + "\"}",
           "application/json");

  const std::string security = read_file(server_->dir() / "security.log");
  ASSERT_FALSE(security.empty());
  for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
           {"security log", security}, {"access and error log", server_->log()}}) {
    for (const auto& line : lines_of(text)) {
      const auto j = nlohmann::json::parse(line, nullptr, false);
      EXPECT_TRUE(j.is_object()) << name << ": not one JSON object: " << line;
      EXPECT_FALSE(line.starts_with(R"({"t":"2026-01-01)")) << name << ": a forged line: " << line;
      if (j.is_object()) {
        EXPECT_NE(j.value("event", ""), "forged") << name << ": " << line;
      }
      for (const unsigned char c : line) {
        ASSERT_TRUE(c >= 0x20 && c != 0x7f) << name << ": control byte " << int(c) << " in: " << line;
      }
    }
  }
}

// Runs last (Z): everything above put passwords, tokens, addresses and names through the server.
TEST_F(SecurityEvents, ZNoPasswordTokenAddressOrNameReachesAnyLogAndTheAccessLogHoldsNoEvent) {
  const std::string security = read_file(server_->dir() / "security.log");
  ASSERT_FALSE(security.empty());
  const std::string access = server_->log();
  for (const char* canary :
       {"canary-password", "canary-wrong-password", "canary-not-a-token", "canary-mail", "canary-invitee",
        "Canary Inviteename", "Canary Ownername", "canary-token-name", owner_token_.c_str()}) {
    EXPECT_EQ(security.find(canary), std::string::npos) << "the security log holds " << canary;
    EXPECT_EQ(access.find(canary), std::string::npos) << "the access log holds " << canary;
  }
  EXPECT_EQ(access.find(R"("log":"security")"), std::string::npos) << "security events are apart";
}

}  // namespace
}  // namespace forkant::test
