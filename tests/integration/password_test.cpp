// Changing one's password (OWASP ASVS 2.1.5, 3.3.3): the current password is required, the new one
// follows the password rules, and every other session of the account ends; refusals change nothing.
#include <gtest/gtest.h>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

constexpr const char* kEmail = "leder@test.dk";
constexpr const char* kOld = "correct horse battery";
constexpr const char* kNew = "en helt ny og lang sætning";

class Password : public ::testing::Test {
 protected:
  void SetUp() override {
    server.add_user(kEmail, "Lea Leder", kOld, "Testkommune", "leader");
    server.start();
  }

  Browser signed_in(const std::string& password = kOld) {
    auto b = server.browser();
    EXPECT_EQ(b.sign_in(kEmail, password).status, 303);
    return b;
  }

  HttpResponse change(Browser& b, const std::string& current, const std::string& next,
                      const std::string& repeat) {
    b.get("/password");
    return b.submit("/password",
                    {{"current_password", current}, {"new_password", next}, {"repeat_password", repeat}});
  }

  std::int64_t audit(const std::string& action) {
    return database_fact(server, "SELECT count(*) FROM audit_log WHERE action = '" + action + "'");
  }

  TestServer server;
};

TEST_F(Password, ANewPasswordWorksTheOldOneNoLongerAndOtherSessionsEnd) {
  auto here = signed_in();
  auto elsewhere = signed_in();
  ASSERT_EQ(elsewhere.get("/api/v1/me").status, 200);

  const auto res = change(here, kOld, kNew, kNew);
  ASSERT_EQ(res.status, 303) << res.body;
  EXPECT_EQ(res.header("Location"), "/password?changed=1");
  const auto confirmation = here.get("/password?changed=1");
  EXPECT_NE(confirmation.body.find("Din adgangskode er skiftet"), std::string::npos);

  EXPECT_EQ(here.get("/api/v1/me").status, 200) << "the session that changed it stays";
  EXPECT_EQ(elsewhere.get("/api/v1/me").status, 401) << "every other session ends";
  EXPECT_EQ(server.browser().sign_in(kEmail, kOld).status, 401);
  EXPECT_EQ(server.browser().sign_in(kEmail, kNew).status, 303);
  EXPECT_EQ(audit("user.password_changed"), 1);
}

TEST_F(Password, RefusalsSaySpecificallyWhyAndChangeNothing) {
  auto b = signed_in();
  struct Case {
    const char* current;
    const char* next;
    const char* repeat;
    const char* message;
  };
  for (const Case& c : {
           Case{"forkert adgangskode", kNew, kNew, "Den nuværende adgangskode er forkert."},
           Case{kOld, kNew, "en helt ny og lang sætninG", "De to nye adgangskoder er ikke ens."},
           Case{kOld, "kort", "kort", "Adgangskoden skal være på mindst 12 tegn."},
           Case{kOld, kOld, kOld, "Den nye adgangskode skal være en anden end den nuværende."},
       }) {
    SCOPED_TRACE(c.message);
    const auto res = change(b, c.current, c.next, c.repeat);
    EXPECT_EQ(res.status, 422);
    EXPECT_NE(res.body.find(c.message), std::string::npos);
    EXPECT_NE(res.body.find("<title>Fejl: "), std::string::npos);
    EXPECT_NE(res.body.find(R"(aria-invalid="true")"), std::string::npos);
  }
  EXPECT_EQ(server.browser().sign_in(kEmail, kOld).status, 303) << "the old password still works";
  EXPECT_EQ(b.get("/api/v1/me").status, 200);
  EXPECT_EQ(audit("user.password_changed"), 0);
}

TEST_F(Password, GuessingTheCurrentPasswordIsThrottledLikeSignIn) {
  auto b = signed_in();
  int status = 0;
  for (int i = 0; i < 11 && status != 429; ++i)
    status = change(b, "gæt nummer " + std::to_string(i), kNew, kNew).status;
  EXPECT_EQ(status, 429);
  EXPECT_EQ(change(b, kOld, kNew, kNew).status, 429) << "even the right password waits";
  EXPECT_EQ(audit("user.password_changed"), 0);
}

TEST_F(Password, ThePageNeedsASessionAndTheFormACsrfToken) {
  auto anonymous = server.browser();
  const auto page = anonymous.get("/password");
  EXPECT_EQ(page.status, 303);
  auto b = signed_in();
  const auto forged = b.post_form(
      "/password", {{"current_password", kOld}, {"new_password", kNew}, {"repeat_password", kNew}});
  EXPECT_EQ(forged.status, 403);
  EXPECT_EQ(server.browser().sign_in(kEmail, kOld).status, 303);
}

}  // namespace
}  // namespace forkant::test
