// Session expiry through HTTP (OWASP ASVS 3.3.2, level 2): a session ends after 30 minutes without a
// request and 12 hours after sign-in, whichever comes first (domain/accounts/session_policy.hpp). The
// whole application runs in-process with a clock the test moves (app/in_process_server.hpp), so each
// boundary is met to the second: 29:59 idle still signed in, 30:00 and 30:01 signed out; active at
// 11:59:59, signed out at 12:00:00. An ended session stays ended when the clock goes back: it was
// deleted, not only judged old.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/in_process_server.hpp"
#include "support/database_facts.hpp"

namespace forkant::test {
namespace {

constexpr const char* kEmail = "udloeb@proeve.dk";
constexpr const char* kPassword = "en lang nok adgangskode";
constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kHour = 60 * kMinute;

class SessionExpiry : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    files = std::make_unique<TestServer>();
    const auto added = files->add_user(kEmail, "Ulla Udløb", kPassword, "Prøve Kommune", "owner");
    user_id = added.user_id;
    org_path = "/orgs/" + std::to_string(added.org_id);
    app = std::make_unique<InProcessServer>(*files);
  }
  static void TearDownTestSuite() {
    app.reset();
    files.reset();
  }

  // Signed in: the organisation's page answers 200. Signed out: the page sends to the sign-in form.
  static void expect_signed_in(Browser& browser, const std::string& when) {
    const auto res = browser.get(org_path);
    EXPECT_EQ(res.status, 200) << "at " << when << " the session should still be alive";
  }
  static void expect_signed_out(Browser& browser, const std::string& when) {
    const auto res = browser.get(org_path);
    EXPECT_EQ(res.status, 303) << "at " << when << " the session should have ended";
    EXPECT_EQ(res.header("Location"), "/login") << when;
  }
  static std::int64_t sessions() {
    return database_fact(*files, "SELECT COUNT(*) FROM sessions WHERE user_id = " + std::to_string(user_id));
  }

  static inline std::unique_ptr<TestServer> files;
  static inline std::unique_ptr<InProcessServer> app;
  static inline std::int64_t user_id = 0;
  static inline std::string org_path;
};

TEST_F(SessionExpiry, IdleFor29m59sStaysSignedInAnd30mAfterTheLastRequestEnds) {
  auto browser = app->signed_in(kEmail, kPassword);
  const std::int64_t signed_in_at = app->clock.now();
  app->clock.set(signed_in_at + 29 * kMinute + 59);
  expect_signed_in(browser, "29:59 idle");
  // That request counted as activity: idleness is measured from it, not from the sign-in.
  const std::int64_t last_request = app->clock.now();
  app->clock.set(last_request + 30 * kMinute - 1);
  expect_signed_in(browser, "29:59 idle after a request");
  const std::int64_t second_request = app->clock.now();
  app->clock.set(second_request + 30 * kMinute);
  expect_signed_out(browser, "30:00 idle after a request");
  app->clock.set(second_request + 1);
  expect_signed_out(browser, "the clock back after the session ended");
}

TEST_F(SessionExpiry, IdleForExactly30mEndsTheSession) {
  const auto before = sessions();
  auto browser = app->signed_in(kEmail, kPassword);
  EXPECT_EQ(sessions(), before + 1);
  const std::int64_t signed_in_at = app->clock.now();
  app->clock.set(signed_in_at + 30 * kMinute);
  expect_signed_out(browser, "30:00 idle");
  EXPECT_EQ(sessions(), before) << "the ended session is deleted";
  app->clock.set(signed_in_at + 1);
  expect_signed_out(browser, "the clock back after the session ended");
}

TEST_F(SessionExpiry, IdleFor30m01sEndsTheSession) {
  auto browser = app->signed_in(kEmail, kPassword);
  const std::int64_t signed_in_at = app->clock.now();
  app->clock.set(signed_in_at + 30 * kMinute + 1);
  expect_signed_out(browser, "30:01 idle");
  app->clock.set(signed_in_at);
  expect_signed_out(browser, "the clock back after the session ended");
}

TEST_F(SessionExpiry, AnActiveSessionEndsTwelveHoursAfterSignIn) {
  auto browser = app->signed_in(kEmail, kPassword);
  const std::int64_t signed_in_at = app->clock.now();
  // A request every 29 minutes: never idle for long, so only the absolute limit can end it.
  for (std::int64_t t = 29 * kMinute; t < 12 * kHour - 1; t += 29 * kMinute) {
    app->clock.set(signed_in_at + t);
    const auto res = browser.get(org_path);
    ASSERT_EQ(res.status, 200) << "active, " << t << " s after signing in";
  }
  app->clock.set(signed_in_at + 12 * kHour - 1);
  expect_signed_in(browser, "11:59:59 after signing in, active");
  app->clock.set(signed_in_at + 12 * kHour);
  expect_signed_out(browser, "12:00:00 after signing in, active");
  app->clock.set(signed_in_at + 12 * kHour - 1);
  expect_signed_out(browser, "the clock back after the session ended");
}

TEST_F(SessionExpiry, AnActiveSessionPastTwelveHoursIsEndedOnItsFirstRequest) {
  auto browser = app->signed_in(kEmail, kPassword);
  const std::int64_t signed_in_at = app->clock.now();
  for (std::int64_t t = 29 * kMinute; t < 12 * kHour - 29 * kMinute; t += 29 * kMinute) {
    app->clock.set(signed_in_at + t);
    ASSERT_EQ(browser.get(org_path).status, 200) << "active, " << t << " s after signing in";
  }
  app->clock.set(signed_in_at + 12 * kHour + 1);
  expect_signed_out(browser, "12:00:01 after signing in");
}

}  // namespace
}  // namespace forkant::test
