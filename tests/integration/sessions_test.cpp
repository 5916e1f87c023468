// Signing in and out (OWASP ASVS 3.2, 3.3, 3.4): a fresh opaque session id at every sign-in, cookie
// flags, and a sign-out that ends the session on the server, not only in the browser.
#include <gtest/gtest.h>

#include <memory>

#include "support/world.hpp"

namespace forkant::test {
namespace {

class Sessions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(Sessions, TheRightPasswordSignsInAndRedirectsToTheOrganisation) {
  auto browser = world->server.browser();
  const auto res = browser.sign_in(world->owner.email, world->owner.password);
  ASSERT_EQ(res.status, 303);
  EXPECT_EQ(res.header("Location"), "/");
  const auto home = browser.get("/");
  EXPECT_EQ(home.status, 303);
  EXPECT_EQ(home.header("Location"), world->org_path());
  const auto org = browser.get(world->org_path());
  EXPECT_EQ(org.status, 200);
  EXPECT_NE(org.body.find(kDemoOrgName), std::string::npos);
}

TEST_F(Sessions, SignInReturnsToASameSiteNextPathButNeverToAnotherSite) {
  auto browser = world->server.browser();
  EXPECT_EQ(browser.sign_in(world->viewer.email, world->viewer.password, world->org_path("/members"))
                .header("Location"),
            world->org_path("/members"));
  for (const char* evil : {"https://evil.example/", "//evil.example/", "/\\evil.example/"}) {
    auto other = world->server.browser();
    EXPECT_EQ(other.sign_in(world->viewer.email, world->viewer.password, evil).header("Location"), "/")
        << evil;
  }
}

// "/login?next=/%09/evil.example/x" sent the browser to "/\t/evil.example/x", i.e. off-site.
TEST_F(Sessions, SignInNeverRedirectsToAPathTheBrowserReadsAsAnotherSite) {
  for (const std::string next :
       {"/\t/evil.example/x", "/\n/evil.example/x", "\t//evil.example/x", "/\\evil.example/x",
        "/%2F/evil.example/x", "/%5C/evil.example/x", "/%09/evil.example/x", " //evil.example/x"}) {
    auto browser = world->server.browser();
    const auto res = browser.sign_in(world->viewer.email, world->viewer.password, next);
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(res.header("Location"), "/") << "next=" << next;
  }
  auto browser = world->server.browser();
  EXPECT_EQ(
      browser.sign_in(world->viewer.email, world->viewer.password, "/orgs/1/members?x=1").header("Location"),
      "/orgs/1/members?x=1")
      << "a same-site path is kept";

  // The way a link brings it: the query parameter lands in the sign-in form, and from there in Location.
  auto linked = world->server.browser();
  const auto form = linked.get("/login?next=/%09/evil.example/x");
  EXPECT_EQ(form.status, 200);
  EXPECT_EQ(form.body.find("evil.example"), std::string::npos) << "the form does not carry it on";
  const auto done = linked.post_form("/login", {{"csrf", csrf_from_html(form.body)},
                                                {"email", world->viewer.email},
                                                {"password", world->viewer.password},
                                                {"next", "/\t/evil.example/x"}});
  EXPECT_EQ(done.header("Location"), "/");
  // The language switch uses the same rule (anonymous here: a signed-in person's choice is stored).
  auto anonymous = world->server.browser();
  const auto lang = anonymous.submit("/language", {{"lang", "en"}, {"return", "/\t/evil.example/"}});
  EXPECT_EQ(lang.header("Location"), "/");
}

TEST_F(Sessions, AWrongPasswordAndAnUnknownAddressGetTheSameRefusalAndNoSession) {
  auto wrong = world->server.browser();
  const auto a = wrong.sign_in(world->owner.email, "not-the-right-password");
  auto unknown = world->server.browser();
  const auto b = unknown.sign_in("nobody@nowhere.example.dk", "not-the-right-password");
  EXPECT_EQ(a.status, 401);
  EXPECT_EQ(b.status, 401);
  EXPECT_EQ(a.set_cookie_line("forkant_session"), "");
  EXPECT_EQ(b.set_cookie_line("forkant_session"), "");
  EXPECT_NE(a.body.find(R"(role="alert")"), std::string::npos) << "the page shows why";
  // Same words for both, so the page does not reveal which addresses have accounts.
  const auto alert = [](const std::string& body) {
    const auto at = body.find(R"(role="alert")");
    return body.substr(at, body.find("</div>", at) - at);
  };
  EXPECT_EQ(alert(a.body), alert(b.body));
  EXPECT_EQ(wrong.get("/api/v1/me").status, 401);
}

TEST_F(Sessions, TheSessionCookieIsHttpOnlySameSiteLaxHostOnlyAndNotPersistent) {
  auto browser = world->server.browser();
  const auto res = browser.sign_in(world->leader.email, world->leader.password);
  const std::string line = res.set_cookie_line("forkant_session");
  ASSERT_FALSE(line.empty());
  EXPECT_NE(line.find("; HttpOnly"), std::string::npos) << line;
  EXPECT_NE(line.find("; SameSite=Lax"), std::string::npos) << line;
  EXPECT_NE(line.find("; Path=/"), std::string::npos) << line;
  EXPECT_EQ(line.find("Domain"), std::string::npos) << line;
  EXPECT_EQ(line.find("Max-Age"), std::string::npos) << "a browser-session cookie: " << line;
  EXPECT_EQ(line.find("Secure"), std::string::npos) << "plain HTTP on loopback cannot use Secure: " << line;
  // Opaque and long: 32 random bytes, URL-safe base64.
  const std::string id = browser.session_cookie();
  EXPECT_EQ(id.size(), 43u);
  EXPECT_EQ(id.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos);
}

TEST_F(Sessions, EachSignInIssuesANewSessionIdAndAPlantedIdIsNeverAdopted) {
  auto browser = world->server.browser();
  const std::string planted(43, 'A');
  browser.set_cookie("forkant_session",
                     planted);  // session fixation: an attacker's id in the victim's browser
  ASSERT_EQ(browser.sign_in(world->viewer.email, world->viewer.password).status, 303);
  const std::string first = browser.session_cookie();
  EXPECT_NE(first, planted);
  ASSERT_EQ(browser.sign_in(world->viewer.email, world->viewer.password).status, 303);
  const std::string second = browser.session_cookie();
  EXPECT_NE(second, first);
  EXPECT_NE(second, planted);

  auto attacker = world->server.browser();
  attacker.set_cookie("forkant_session", planted);
  EXPECT_EQ(attacker.get("/api/v1/me").status, 401);
  EXPECT_EQ(attacker.get(world->org_path()).header("Location"), "/login");
}

TEST_F(Sessions, SignOutEndsTheSessionOnTheServerSoAReplayedCookieIsRefused) {
  auto browser = world->browser(world->leader);
  const std::string old_cookie = browser.session_cookie();
  ASSERT_EQ(browser.get("/api/v1/me").status, 200);
  const auto out = browser.sign_out();
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(out.header("Location"), "/login");
  EXPECT_NE(out.set_cookie_line("forkant_session").find("Max-Age=0"), std::string::npos)
      << "the browser forgets it";

  auto replay = world->server.browser();
  replay.set_cookie("forkant_session", old_cookie);
  const auto page = replay.get(world->org_path());
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.header("Location"), "/login");
  EXPECT_EQ(replay.get("/api/v1/me").status, 401);
}

TEST_F(Sessions, AnonymousVisitorsAreSentToTheLoginPageOrGetA401FromTheApi) {
  auto browser = world->server.browser();
  for (const std::string& path :
       std::vector<std::string>{world->org_path(), world->org_path("/members"), world->org_path("/audit")}) {
    const auto res = browser.get(path);
    EXPECT_EQ(res.status, 303) << path;
    EXPECT_EQ(res.header("Location"), "/login") << path;
  }
  for (const std::string& path :
       std::vector<std::string>{std::string("/api/v1/me"), world->api_org_path(),
                                world->api_org_path("/members"), world->api_org_path("/audit")}) {
    const auto res = browser.get(path);
    EXPECT_EQ(res.status, 401) << path;
    EXPECT_EQ(res.json()["error"]["code"], "unauthorized") << path;
  }
}

TEST_F(Sessions, AuthenticatedPagesAreNeverCached) {
  auto browser = world->browser(world->viewer);
  EXPECT_EQ(browser.get(world->org_path()).header("Cache-Control"), "no-store");
  EXPECT_EQ(browser.get("/api/v1/me").header("Cache-Control"), "no-store");
}

TEST(SecureCookies, BehindTlsTheSessionCookieIsSecureWithTheHostPrefix) {
  TestServer server;
  server.add_user("tls@example.dk", "Tls Person", "a-long-enough-password", "Tls Kommune");
  server.start({"--secure-cookies"});
  auto browser = server.browser();
  const auto res = browser.sign_in("tls@example.dk", "a-long-enough-password");
  ASSERT_EQ(res.status, 303) << res.body;
  const std::string line = res.set_cookie_line("__Host-forkant_session");
  ASSERT_FALSE(line.empty()) << "Set-Cookie: " << res.header("Set-Cookie");
  EXPECT_NE(line.find("; Secure"), std::string::npos) << line;
  EXPECT_NE(line.find("; HttpOnly"), std::string::npos) << line;
  EXPECT_NE(line.find("; SameSite=Lax"), std::string::npos) << line;
  EXPECT_NE(line.find("; Path=/"), std::string::npos) << line;
  EXPECT_EQ(line.find("Domain"), std::string::npos) << line;
  EXPECT_EQ(res.set_cookie_line("forkant_session"), "") << "no unprefixed session cookie over TLS";
}

}  // namespace
}  // namespace forkant::test
