// Two-factor sign-in with TOTP (services/two_factor.hpp) over HTTP, on a server with the default owner
// policy (required): an owner without TOTP is taken through enrolment before any session exists; codes
// from the enrolled secret (computed here with the same RFC 6238 code) sign in once each (a replayed code
// is refused); recovery codes are single use and replaced as a whole; wrong codes end the pending step
// and count in the login throttle; an owner cannot switch TOTP off, anyone else can, with a code; the
// secret is stored sealed, never in clear. And a server with --owner-totp optional lets owners in at once.
//
// Each account can use at most two fresh codes in one 30-second step (the one of now, then the next), so
// each test uses accounts of its own.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>

#include "services/totp.hpp"
#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

constexpr const char* kPassword = "et langt og godt kodeord";
constexpr const char* kOrg = "Totp Kommune";

std::int64_t now_step() {
  const auto now =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  return totp_step(now);
}

// RFC 4648 base32 (spaces ignored) to bytes: the secret as the enrolment page writes it.
std::string base32_decode(const std::string& text) {
  static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (const char c : text) {
    if (c == ' ') continue;
    const auto v = kAlphabet.find(c);
    if (v == std::string::npos) return "";
    buffer = (buffer << 5) | static_cast<unsigned>(v);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

std::string secret_in(const std::string& html) {
  std::smatch m;
  if (!std::regex_search(html, m, std::regex(R"(id="totp-secret">([A-Z2-7 ]+)<)"))) return "";
  return base32_decode(m[1]);
}

std::vector<std::string> recovery_codes_in(const std::string& html) {
  std::vector<std::string> out;
  const std::regex code(R"(<code class="secret">([a-z2-7]{5}-[a-z2-7]{5})</code>)");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), code); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// A code of the secret that is not the right one now (nor either side).
std::string wrong_code(const std::string& secret) {
  for (int n = 0;; ++n) {
    std::string c = std::to_string(100000 + n);
    const auto s = now_step();
    if (c != totp_code(secret, s - 1) && c != totp_code(secret, s) && c != totp_code(secret, s + 1)) return c;
  }
}

class TwoFactor : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server = std::make_unique<TestServer>();
    for (const auto* owner : {"ejer@totp.dk", "ejer2@totp.dk"})
      server->add_user(owner, "Ejer", kPassword, kOrg, "owner");
    for (const auto* other : {"leder@totp.dk", "leder2@totp.dk"})
      server->add_user(other, "Leder", kPassword, kOrg, "leader");
    server->start({"--owner-totp", "default"});  // no --owner-totp given: the default must be "required"
  }
  static void TearDownTestSuite() { server.reset(); }

  // Posts the second step's form with the CSRF token of its page.
  static HttpResponse second_step(Browser& b, const std::string& code) {
    const auto form = b.get("/login/two-factor");
    return b.post_form("/login/two-factor", {{"csrf", csrf_from_html(form.body)}, {"code", code}});
  }
  // Password, then the code; the second step's answer.
  static HttpResponse sign_in_with(Browser& b, const std::string& email, const std::string& code) {
    const auto first = b.sign_in(email, kPassword);
    EXPECT_EQ(first.status, 303);
    EXPECT_EQ(first.header("Location"), "/login/two-factor") << first.body;
    EXPECT_TRUE(b.session_cookie().empty()) << "no session before the second step";
    return second_step(b, code);
  }
  static bool signed_in(Browser& b) { return b.get("/password").status == 200; }
  static std::string user_id(const std::string& email) {
    return std::to_string(database_fact(*server, "SELECT id FROM users WHERE email = '" + email + "'"));
  }

  // Enrols `email` (no second step at sign-in: not an owner) from the account page; returns the secret.
  static std::string enrol_on_account_page(Browser& b, std::vector<std::string>* codes = nullptr) {
    b.get("/two-factor");
    EXPECT_EQ(b.submit("/two-factor/enrol", {}).status, 303);
    const auto shown = b.get("/two-factor");
    const std::string secret = secret_in(shown.body);
    EXPECT_EQ(secret.size(), kTotpSecretBytes) << shown.body;
    const auto confirmed = b.submit("/two-factor/confirm", {{"code", totp_code(secret, now_step())}});
    EXPECT_EQ(confirmed.status, 200) << confirmed.body;
    if (codes) *codes = recovery_codes_in(confirmed.body);
    return secret;
  }

  static std::unique_ptr<TestServer> server;
};

std::unique_ptr<TestServer> TwoFactor::server;

TEST_F(TwoFactor, AnOwnerWithoutTotpEnrolsBeforeAnySessionUnderTheDefaultPolicy) {
  auto b = server->browser();
  const auto first = b.sign_in("ejer@totp.dk", kPassword, "/tokens");
  ASSERT_EQ(first.status, 303);
  // (the client library hands over Location decoded; the server sends next=%2Ftokens)
  EXPECT_TRUE(first.header("Location").starts_with("/login/two-factor?next=")) << first.header("Location");
  EXPECT_NE(first.header("Location").find("tokens"), std::string::npos);
  EXPECT_TRUE(b.session_cookie().empty());
  EXPECT_FALSE(signed_in(b)) << "the password alone opens nothing";

  const auto page = b.get("/login/two-factor?next=%2Ftokens");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("<svg"), std::string::npos) << "the QR code";
  EXPECT_NE(page.body.find(R"(role="img" aria-label=")"), std::string::npos);
  const std::string secret = secret_in(page.body);
  ASSERT_EQ(secret.size(), kTotpSecretBytes);
  EXPECT_EQ(secret_in(b.get("/login/two-factor").body), secret) << "a reload shows the same secret";
  EXPECT_EQ(database_fact(*server,
                          "SELECT count(*) FROM totp_secrets WHERE sealed_secret LIKE 'sb1:%' "
                          "AND confirmed_at IS NULL AND user_id = " +
                              user_id("ejer@totp.dk")),
            1)
      << "stored sealed, unconfirmed until the first code";

  const auto wrong =
      b.post_form("/login/two-factor",
                  {{"csrf", csrf_from_html(page.body)}, {"code", wrong_code(secret)}, {"next", "/tokens"}});
  EXPECT_EQ(wrong.status, 401) << wrong.body;
  EXPECT_TRUE(b.session_cookie().empty());

  const std::string code = totp_code(secret, now_step());
  const auto done = b.post_form("/login/two-factor",
                                {{"csrf", csrf_from_html(page.body)}, {"code", code}, {"next", "/tokens"}});
  ASSERT_EQ(done.status, 200) << done.body;
  const auto codes = recovery_codes_in(done.body);
  EXPECT_EQ(codes.size(), 10u) << done.body;
  EXPECT_NE(done.body.find(R"(href="/tokens")"), std::string::npos) << "goes on where the sign-in was headed";
  EXPECT_FALSE(b.session_cookie().empty());
  EXPECT_TRUE(signed_in(b));
  EXPECT_EQ(
      database_fact(*server, "SELECT count(*) FROM audit_log WHERE action = 'totp.enabled' AND actor_id = " +
                                 user_id("ejer@totp.dk")),
      1);

  // The owner cannot switch it off while owners must have it.
  b.get("/two-factor");
  const auto off = b.submit("/two-factor/disable", {{"code", codes.at(0)}});
  EXPECT_EQ(off.status, 422) << off.body;
  EXPECT_EQ(database_fact(*server,
                          "SELECT count(*) FROM totp_secrets WHERE confirmed_at IS NOT NULL AND user_id = " +
                              user_id("ejer@totp.dk")),
            1)
      << "still on";

  // The next sign-in asks for a code; the one used at enrolment is spent (replay), a later one passes.
  EXPECT_EQ(b.sign_out().status, 303);
  EXPECT_EQ(sign_in_with(b, "ejer@totp.dk", code).status, 401) << "a code is accepted once";
  const auto again = second_step(b, totp_code(secret, now_step() + 1));
  EXPECT_EQ(again.status, 303) << again.body;
  EXPECT_TRUE(signed_in(b));

  // A recovery code instead of the app's, once.
  EXPECT_EQ(b.sign_out().status, 303);
  EXPECT_EQ(sign_in_with(b, "ejer@totp.dk", codes.at(1)).status, 303);
  EXPECT_TRUE(signed_in(b));
  EXPECT_EQ(b.sign_out().status, 303);
  EXPECT_EQ(sign_in_with(b, "ejer@totp.dk", codes.at(1)).status, 401) << "a recovery code is used once";
  EXPECT_TRUE(b.session_cookie().empty());
}

TEST_F(TwoFactor, OthersSignInWithThePasswordAndMayEnrolReplaceCodesAndSwitchOff) {
  auto b = server->browser();
  const auto first = b.sign_in("leder@totp.dk", kPassword);
  ASSERT_EQ(first.status, 303);
  EXPECT_EQ(first.header("Location"), "/") << "no TOTP, not an owner: no second step";
  ASSERT_TRUE(signed_in(b));

  std::vector<std::string> codes;
  const std::string secret = enrol_on_account_page(b, &codes);
  ASSERT_EQ(codes.size(), 10u);
  const auto page = b.get("/two-factor");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("/two-factor/disable"), std::string::npos) << "not an owner: may switch off";

  // New recovery codes (confirmed with an old one): the old ones stop working.
  const auto replaced = b.submit("/two-factor/recovery-codes", {{"code", codes.at(0)}});
  ASSERT_EQ(replaced.status, 200) << replaced.body;
  const auto fresh = recovery_codes_in(replaced.body);
  ASSERT_EQ(fresh.size(), 10u);
  b.get("/two-factor");
  EXPECT_EQ(b.submit("/two-factor/disable", {{"code", codes.at(1)}}).status, 401) << "replaced";
  EXPECT_EQ(b.submit("/two-factor/disable", {{"code", ""}}).status, 401);

  const auto off = b.submit("/two-factor/disable", {{"code", totp_code(secret, now_step() + 1)}});
  EXPECT_EQ(off.status, 303) << off.body;
  EXPECT_EQ(
      database_fact(*server, "SELECT count(*) FROM audit_log WHERE action = 'totp.disabled' AND actor_id = " +
                                 user_id("leder@totp.dk")),
      1);
  EXPECT_EQ(b.sign_out().status, 303);
  const auto plain = b.sign_in("leder@totp.dk", kPassword);
  EXPECT_EQ(plain.header("Location"), "/") << "switched off: the password alone again";
  EXPECT_TRUE(signed_in(b));
}

TEST_F(TwoFactor, WrongCodesEndTheStepAndCountInTheLoginThrottle) {
  auto b = server->browser();
  ASSERT_EQ(b.sign_in("leder2@totp.dk", kPassword).status, 303);
  const std::string secret = enrol_on_account_page(b);
  EXPECT_EQ(b.sign_out().status, 303);

  const auto first = b.sign_in("leder2@totp.dk", kPassword);
  EXPECT_EQ(first.header("Location"), "/login/two-factor");
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(second_step(b, wrong_code(secret)).status, 401) << "attempt " << i + 1;
  const auto ended = second_step(b, totp_code(secret, now_step() + 1));
  EXPECT_EQ(ended.status, 410) << "five wrong codes end the step: even a right code now needs the password";
  EXPECT_TRUE(b.session_cookie().empty());
  // The wrong codes were failures of this account for the login throttle: the password is slowed now.
  const auto slowed = b.sign_in("leder2@totp.dk", kPassword);
  EXPECT_EQ(slowed.status, 429) << slowed.body;
  EXPECT_FALSE(slowed.header("Retry-After").empty());
}

TEST_F(TwoFactor, TheSecondStepCannotBeSkippedOrForged) {
  auto b = server->browser();
  EXPECT_EQ(second_step(b, "123456").status, 410) << "no pending step";
  b.set_cookie("forkant_second_factor", "forged-token-forged-token-forged-token-abc");
  EXPECT_EQ(second_step(b, "123456").status, 410);
  EXPECT_FALSE(signed_in(b));
  // The owner with a pending step reaches nothing else with it.
  ASSERT_EQ(b.sign_in("ejer2@totp.dk", kPassword).status, 303);
  EXPECT_FALSE(signed_in(b));
  EXPECT_EQ(b.get("/two-factor").status, 303) << "the account page needs a session";
}

TEST(TwoFactorPolicy, OwnersMaySignInWithoutTotpWhenTheOperatorSaysOptional) {
  TestServer server;
  server.add_user("ejer@valgfri.dk", "Ejer", kPassword, kOrg, "owner");
  server.start({"--owner-totp", "optional"});
  auto b = server.browser();
  const auto res = b.sign_in("ejer@valgfri.dk", kPassword);
  EXPECT_EQ(res.status, 303);
  EXPECT_EQ(res.header("Location"), "/");
  EXPECT_FALSE(b.session_cookie().empty());
  EXPECT_NE(server.run_cli({"serve", "--help"}).out.find("--owner-totp"), std::string::npos);
  EXPECT_NE(server.run_cli({"serve", "--db", server.db(), "--owner-totp", "sometimes"}).exit_code, 0);
}

}  // namespace
}  // namespace forkant::test
