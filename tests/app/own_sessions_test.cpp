// A person's own sessions (OWASP ASVS 3.3.4, level 2): /me/sessions lists where they are signed in, with
// the device (browser and system family) and times, this session marked and expired ones left out; they
// end one other session or all the others, after typing their password again unless this session signed
// in less than 10 minutes ago (domain/accounts/own_sessions.hpp). Runs in-process with a clock the test
// moves (app/in_process_server.hpp), so the 10 minutes and the 30 minutes of idleness are met exactly.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "app/in_process_server.hpp"
#include "support/database_facts.hpp"

namespace forkant::test {
namespace {

constexpr const char* kEmail = "sanne@proeve.dk";
constexpr const char* kPassword = "en lang nok adgangskode";
constexpr const char* kOtherEmail = "ole@proeve.dk";
constexpr const char* kOtherPassword = "en anden lang adgangskode";
constexpr const char* kFirefox =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
constexpr const char* kSafari =
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15";
constexpr const char* kEdge =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 Edg/131.0.0.0";
constexpr std::int64_t kMinute = 60;

class OwnSessions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    files = std::make_unique<TestServer>();
    const auto added = files->add_user(kEmail, "Sanne Session", kPassword, "Prøve Kommune", "leader");
    user_id = added.user_id;
    files->add_user(kOtherEmail, "Ole Anden", kOtherPassword, "Anden Kommune", "owner");
    app = std::make_unique<InProcessServer>(*files);
  }
  static void TearDownTestSuite() {
    app.reset();
    files.reset();
  }
  void SetUp() override {
    // Each test starts from no session of either person.
    database_change(*files, "DELETE FROM sessions");
  }

  static Browser signed_in_with(const char* user_agent, const char* email = kEmail,
                                const char* password = kPassword) {
    Browser b = app->browser();
    b.set_default_header("User-Agent", user_agent);
    const auto res = b.sign_in(email, password);
    EXPECT_EQ(res.status, 303) << res.body;
    return b;
  }
  static bool alive(Browser& b) { return b.get("/api/v1/me").status == 200; }
  // The form's name for the session signed in from `device`, as the list shows it to another session.
  static std::string ref_of(Browser& viewer, const std::string& device) {
    const auto page = viewer.get("/me/sessions");
    std::smatch m;
    const std::regex re(R"re(value="([0-9a-f]{16})"> Kun )re" + device);
    EXPECT_TRUE(std::regex_search(page.body, m, re)) << "no choice for " << device << " in " << page.body;
    return m.empty() ? "" : m[1].str();
  }
  static std::int64_t audited() {
    return database_fact(*files, "SELECT COUNT(*) FROM audit_log WHERE action = 'session.ended_elsewhere'");
  }

  static inline std::unique_ptr<TestServer> files;
  static inline std::unique_ptr<InProcessServer> app;
  static inline std::int64_t user_id = 0;
};

TEST_F(OwnSessions, TheListShowsEachLiveSessionWithItsDeviceThisOneFirstAndNotTheExpiredOne) {
  auto edge = signed_in_with(kEdge);
  app->clock.advance(20 * kMinute);
  auto firefox = signed_in_with(kFirefox);
  auto safari = signed_in_with(kSafari);
  app->clock.advance(15 * kMinute);  // Edge idle 35 minutes: ended; the others idle 15
  const auto page = firefox.get("/me/sessions");
  ASSERT_EQ(page.status, 200);
  const auto here = page.body.find("Firefox · Windows <strong>(denne)</strong>");
  const auto there = page.body.find("<td>Safari · macOS</td>");
  ASSERT_NE(here, std::string::npos) << page.body;
  ASSERT_NE(there, std::string::npos) << page.body;
  EXPECT_LT(here, there) << "this session comes first";
  EXPECT_EQ(page.body.find("Edge"), std::string::npos) << "an expired session is no session";
  EXPECT_EQ(page.body.find("Mozilla"), std::string::npos) << "never the whole User-Agent header";
  EXPECT_TRUE(alive(safari));
}

TEST_F(OwnSessions, EndingOneOtherSessionNeedsThePasswordAndEndsExactlyThatOne) {
  auto firefox = signed_in_with(kFirefox);
  auto safari = signed_in_with(kSafari);
  auto edge = signed_in_with(kEdge);
  app->clock.advance(10 * kMinute);  // exactly 10 minutes after sign-in: the password is asked for again
  const std::string safari_ref = ref_of(firefox, "Safari · macOS");
  ASSERT_FALSE(safari_ref.empty());
  EXPECT_NE(firefox.get("/me/sessions").body.find(R"(id="session-password")"), std::string::npos);
  const auto before = audited();

  for (const char* typed : {"", "forkert adgangskode"}) {
    SCOPED_TRACE(std::string("password typed: '") + typed + "'");
    const auto refused = firefox.submit("/me/sessions/end", {{"session", safari_ref}, {"password", typed}});
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_NE(refused.body.find("Adgangskoden er forkert."), std::string::npos);
    EXPECT_NE(refused.body.find(R"(aria-invalid="true")"), std::string::npos);
    EXPECT_TRUE(alive(safari)) << "a refusal ends nothing";
  }
  EXPECT_EQ(audited(), before);

  const auto ended = firefox.submit("/me/sessions/end", {{"session", safari_ref}, {"password", kPassword}});
  ASSERT_EQ(ended.status, 303) << ended.body;
  EXPECT_EQ(ended.header("Location"), "/me/sessions?ended=1");
  EXPECT_NE(firefox.get("/me/sessions?ended=1").body.find("Sessionen er logget ud."), std::string::npos);
  EXPECT_FALSE(alive(safari)) << "the chosen session ended";
  EXPECT_TRUE(alive(firefox)) << "this session stays";
  EXPECT_TRUE(alive(edge)) << "the session not chosen stays";
  EXPECT_EQ(audited(), before + 1);
}

TEST_F(OwnSessions, JustAfterSignInAllOthersEndWithoutThePasswordAndThisOneStays) {
  auto safari = signed_in_with(kSafari);
  auto edge = signed_in_with(kEdge);
  app->clock.advance(10 * kMinute - 1);
  auto firefox = signed_in_with(kFirefox);
  const auto page = firefox.get("/me/sessions");
  EXPECT_EQ(page.body.find(R"(id="session-password")"), std::string::npos) << "no password asked";
  EXPECT_NE(page.body.find("mindre end 10 minutter siden"), std::string::npos);
  const auto ended = firefox.submit("/me/sessions/end", {{"session", "others"}});
  ASSERT_EQ(ended.status, 303) << ended.body;
  EXPECT_EQ(ended.header("Location"), "/me/sessions?ended=others");
  EXPECT_FALSE(alive(safari));
  EXPECT_FALSE(alive(edge));
  EXPECT_TRUE(alive(firefox));
  EXPECT_NE(firefox.get("/me/sessions").body.find("Du er ikke logget ind andre steder."), std::string::npos);
}

TEST_F(OwnSessions, AnotherPersonsSessionAnswersLikeAMissingOneAndThisSessionIsRefused) {
  auto theirs_a = signed_in_with(kSafari, kOtherEmail, kOtherPassword);
  auto theirs_b = signed_in_with(kEdge, kOtherEmail, kOtherPassword);
  const std::string their_ref = ref_of(theirs_a, "Edge · Windows");
  auto mine_a = signed_in_with(kFirefox);
  auto mine_b = signed_in_with(kSafari);
  const std::string my_a_ref = ref_of(mine_b, "Firefox · Windows");
  const auto before = audited();

  const auto foreign = mine_a.submit("/me/sessions/end", {{"session", their_ref}, {"password", kPassword}});
  EXPECT_EQ(foreign.status, 404) << foreign.body;
  const auto unknown =
      mine_a.submit("/me/sessions/end", {{"session", "0123456789abcdef"}, {"password", kPassword}});
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(foreign.body, unknown.body) << "another person's session answers exactly like a missing one";
  EXPECT_TRUE(alive(theirs_b));

  const auto self = mine_a.submit("/me/sessions/end", {{"session", my_a_ref}, {"password", kPassword}});
  EXPECT_EQ(self.status, 422) << self.body;
  EXPECT_NE(self.body.find("Log ud for at afslutte den."), std::string::npos);
  EXPECT_TRUE(alive(mine_a));
  EXPECT_TRUE(alive(mine_b));
  EXPECT_EQ(audited(), before) << "a refusal writes nothing";

  const auto no_csrf = mine_a.post_form("/me/sessions/end", {{"session", "others"}, {"password", kPassword}});
  EXPECT_EQ(no_csrf.status, 403);
  EXPECT_TRUE(alive(mine_b));
}

TEST_F(OwnSessions, ThePersonalDataExportNamesEachSessionsDevice) {
  auto firefox = signed_in_with(kFirefox);
  const auto res = firefox.get("/api/v1/me/data");
  ASSERT_EQ(res.status, 200);
  const auto body = nlohmann::json::parse(res.body);
  ASSERT_EQ(body.at("sessions").size(), 1u);
  EXPECT_EQ(body.at("sessions").at(0).at("device"), "Firefox · Windows");
}

}  // namespace
}  // namespace forkant::test
