// Cross-site request forgery (OWASP ASVS 4.2.2, 13.2.3): every state-changing request needs the
// session's token (form field or X-CSRF-Token header), anonymous forms a double-submit token, and a
// cross-site Origin is refused outright. A refused request changes nothing.
#include <gtest/gtest.h>

#include <memory>

#include "support/database_facts.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class Csrf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world = std::make_unique<TwoOrganisations>();
    owner = std::make_unique<Browser>(world->browser(world->owner));
  }
  static void TearDownTestSuite() {
    owner.reset();
    world.reset();
  }
  static std::int64_t invitations() {
    return database_fact(world->server, "SELECT count(*) FROM member_invitations");
  }
  static Fields invite(const std::string& email) { return {{"email", email}, {"role", "viewer"}}; }

  static inline std::unique_ptr<TwoOrganisations> world;
  static inline std::unique_ptr<Browser> owner;  // signed in as the demo owner
};

TEST_F(Csrf, AFormWithoutTheTokenIsRefusedAndChangesNothing) {
  const auto before = invitations();
  const auto res = owner->post_form(world->org_path("/members"), invite("no-token@example.dk"));
  EXPECT_EQ(res.status, 403);
  EXPECT_EQ(invitations(), before);
}

TEST_F(Csrf, AFormWithAnotherTokenIsRefusedAndChangesNothing) {
  const auto before = invitations();
  Fields fields = invite("wrong-token@example.dk");
  fields.emplace_back("csrf", std::string(43, 'x'));
  EXPECT_EQ(owner->post_form(world->org_path("/members"), fields).status, 403);
  // Another person's valid token does not fit this session either.
  auto viewer = world->browser(world->viewer);
  fields.back().second = viewer.csrf();
  EXPECT_EQ(owner->post_form(world->org_path("/members"), fields).status, 403);
  EXPECT_EQ(invitations(), before);
}

TEST_F(Csrf, TheSessionTokenInTheFormOrInTheHeaderIsAccepted) {
  const auto before = invitations();
  EXPECT_EQ(owner->submit(world->org_path("/members"), invite("with-field@example.dk")).status, 201);
  EXPECT_EQ(owner
                ->post_form(world->org_path("/members"), invite("with-header@example.dk"),
                            {{"X-CSRF-Token", owner->csrf()}})
                .status,
            201);
  EXPECT_EQ(invitations(), before + 2);
}

TEST_F(Csrf, AForeignOriginIsRefusedEvenWithTheRightToken) {
  const auto before = invitations();
  const auto res = owner->submit(world->org_path("/members"), invite("cross-site@example.dk"),
                                 {{"Origin", "https://evil.example"}});
  EXPECT_EQ(res.status, 403);
  const auto null_origin =
      owner->submit(world->org_path("/members"), invite("null-origin@example.dk"), {{"Origin", "null"}});
  EXPECT_EQ(null_origin.status, 403) << "a sandboxed or file: page sends Origin: null";
  auto api = world->api(world->owner);
  const auto by_token = api.post_json(world->api_org_path("/invitations"),
                                      {{"email", "api-cross-site@example.dk"}, {"role", "viewer"}},
                                      {{"Origin", "https://evil.example"}});
  EXPECT_EQ(by_token.status, 403);
  EXPECT_EQ(invitations(), before);
  // Our own origin passes.
  EXPECT_EQ(owner
                ->submit(world->org_path("/members"), invite("same-origin@example.dk"),
                         {{"Origin", world->server.base_url()}})
                .status,
            201);
}

TEST_F(Csrf, SignOutWithoutTheTokenDoesNotEndTheSession) {
  auto viewer = world->browser(world->viewer);
  EXPECT_EQ(viewer.post_form("/logout", {}).status, 403);
  EXPECT_EQ(viewer.get("/api/v1/me").status, 200) << "the session is still alive";
}

TEST_F(Csrf, ALanguageSwitchWithoutTheTokenChangesNothing) {
  auto leader = world->browser(world->leader);
  EXPECT_EQ(leader.post_form("/language", {{"lang", "en"}, {"return", "/"}}).status, 403);
  EXPECT_EQ(leader.get("/api/v1/me").json()["language"], "da");
}

TEST_F(Csrf, SignInNeedsTheDoubleSubmitTokenOfTheAnonymousForm) {
  auto browser = world->server.browser();
  browser.get("/login");  // receives the forkant_csrf cookie
  const Fields credentials{{"email", world->viewer.email}, {"password", world->viewer.password}};
  EXPECT_EQ(browser.post_form("/login", credentials).status, 403) << "no token in the form";
  Fields mismatched = credentials;
  mismatched.emplace_back("csrf", std::string(43, 'z'));
  EXPECT_EQ(browser.post_form("/login", mismatched).status, 403) << "field differs from cookie";
  EXPECT_TRUE(browser.session_cookie().empty());
}

TEST_F(Csrf, NoGetRequestChangesState) {
  const auto before = database_fact(world->server, "SELECT count(*) FROM audit_log");
  auto viewer = world->browser(world->viewer);
  const auto after_sign_in = database_fact(world->server, "SELECT count(*) FROM audit_log");
  for (const std::string& path :
       std::vector<std::string>{std::string("/"), world->org_path(), world->org_path("/members"),
                                std::string("/logout"), std::string("/language?lang=en")}) {
    viewer.get(path);
  }
  EXPECT_EQ(database_fact(world->server, "SELECT count(*) FROM audit_log"), after_sign_in);
  EXPECT_GE(after_sign_in, before);
  EXPECT_EQ(viewer.get("/api/v1/me").status, 200) << "GET /logout must not sign out";
  EXPECT_EQ(viewer.get("/api/v1/me").json()["language"], "da");
}

}  // namespace
}  // namespace forkant::test
