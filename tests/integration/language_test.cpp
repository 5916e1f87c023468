// Languages: Danish by default, English by Accept-Language before sign-in, and a signed-in person's own
// choice afterwards, for pages and for API error messages alike.
#include <gtest/gtest.h>

#include <memory>

#include "render/i18n.hpp"
#include "support/world.hpp"

namespace forkant::test {
namespace {

class Language : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static const Translator& catalogue() {
    static const Translator t(FORKANT_BUILD_DIR "/locales");
    return t;
  }
  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(Language, TheLoginPageIsDanishByDefaultAndEnglishForAnEnglishBrowser) {
  auto danish = world->server.browser();
  const auto da = danish.get("/login");
  EXPECT_NE(da.body.find(R"(<html lang="da">)"), std::string::npos);
  EXPECT_NE(da.body.find(catalogue().get("da", "signin.title")), std::string::npos);

  auto english = world->server.browser();
  english.set_default_header("Accept-Language", "en-GB,en;q=0.9,da;q=0.5");
  const auto en = english.get("/login");
  EXPECT_NE(en.body.find(R"(<html lang="en">)"), std::string::npos);
  EXPECT_NE(en.body.find(catalogue().get("en", "signin.title")), std::string::npos);
  EXPECT_EQ(en.body.find(catalogue().get("da", "signin.title")), std::string::npos);
  ASSERT_NE(catalogue().get("en", "signin.title"), catalogue().get("da", "signin.title"));
}

TEST_F(Language, ApiErrorsBeforeSignInFollowAcceptLanguage) {
  auto english = world->server.browser();
  english.set_default_header("Accept-Language", "en");
  EXPECT_EQ(english.get("/api/v1/me").json()["error"]["message"],
            catalogue().get("en", "error.unauthorized"));
  auto danish = world->server.browser();
  danish.set_default_header("Accept-Language", "da, en;q=0.8");
  EXPECT_EQ(danish.get("/api/v1/me").json()["error"]["message"], catalogue().get("da", "error.unauthorized"));
}

TEST_F(Language, ASignedInPersonsSwitchPersistsAndApiErrorsFollowIt) {
  auto person = world->server.browser();
  world->server.add_user("sprog@demo.forkant.dk", "Sara Sprog", "saras-lange-kodeord", kDemoOrgName,
                         "viewer");
  const std::string token = world->server.create_token("sprog@demo.forkant.dk");
  ASSERT_EQ(person.sign_in("sprog@demo.forkant.dk", "saras-lange-kodeord").status, 303);
  EXPECT_NE(person.get(world->org_path()).body.find(R"(<html lang="da">)"), std::string::npos);

  const auto switched = person.submit("/language", {{"lang", "en"}, {"return", world->org_path("/members")}});
  EXPECT_EQ(switched.status, 303);
  EXPECT_EQ(switched.header("Location"), world->org_path("/members"));
  EXPECT_NE(person.get(world->org_path()).body.find(R"(<html lang="en">)"), std::string::npos);

  // Stored with the account: a new browser that asks for Danish still gets English once signed in.
  auto elsewhere = world->server.browser();
  elsewhere.set_default_header("Accept-Language", "da");
  ASSERT_EQ(elsewhere.sign_in("sprog@demo.forkant.dk", "saras-lange-kodeord").status, 303);
  EXPECT_NE(elsewhere.get(world->org_path()).body.find(R"(<html lang="en">)"), std::string::npos);

  auto api = world->server.api(token);
  api.set_default_header("Accept-Language", "da");
  const auto missing = api.get("/api/v1/orgs/999999");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.json()["error"]["message"], catalogue().get("en", "error.not_found"));
  EXPECT_EQ(api.get("/api/v1/me").json()["language"], "en");
}

TEST_F(Language, AnAnonymousSwitchIsRememberedInACookieAndAnUnknownLanguageIsRefused) {
  auto browser = world->server.browser();
  const auto res = browser.submit("/language", {{"lang", "en"}, {"return", "/login"}});
  EXPECT_EQ(res.status, 303);
  EXPECT_EQ(browser.cookie("forkant_lang").value_or(""), "en");
  EXPECT_NE(browser.get("/login").body.find(R"(<html lang="en">)"), std::string::npos);
  EXPECT_EQ(browser.submit("/language", {{"lang", "de"}, {"return", "/"}}).status, 422);
  EXPECT_EQ(
      browser.submit("/language", {{"lang", "da"}, {"return", "https://evil.example/"}}).header("Location"),
      "/")
      << "no open redirect through the language switch";
}

}  // namespace
}  // namespace forkant::test
