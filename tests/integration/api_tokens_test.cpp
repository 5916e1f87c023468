// Personal API tokens can be seen, created with a name and a lifetime, and revoked: on the page /tokens
// (forms with CSRF, no JavaScript), through the API (GET /api/v1/me/tokens, DELETE
// /api/v1/me/tokens/{id}) and on the command line. Expired and revoked tokens answer 401, and a password
// change revokes them all. Another person's token id answers 404 like a missing one.
#include <gtest/gtest.h>

#include <regex>

#include "support/api_facts.hpp"
#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

constexpr const char* kEmail = "noegle@test.example.dk";
constexpr const char* kPassword = "noeglens-ejer-kodeord";
constexpr const char* kOtherEmail = "anden@test.example.dk";
constexpr const char* kOtherPassword = "den-andens-kodeord-1";

// The id of the token with this name in GET /api/v1/me/tokens, or 0.
std::int64_t token_id(Browser& api, const std::string& name) {
  const auto list = api.get("/api/v1/me/tokens").json();
  for (const auto& t : list["tokens"]) {
    if (t["name"] == name) return t["id"].get<std::int64_t>();
  }
  return 0;
}

class ApiTokens : public ::testing::Test {
 protected:
  void SetUp() override {
    org = server.add_user(kEmail, "Nøgle Ejer", kPassword, "Nøgle Kommune").org_id;
    server.add_user(kOtherEmail, "Anden", kOtherPassword, "Nøgle Kommune", "viewer");
    server.start();
  }

  // Creates a token on the page; returns its secret (shown once in the answer).
  std::string create_on_page(Browser& b, const std::string& name, const std::string& days) {
    b.get("/tokens");
    const auto res = b.submit("/tokens", {{"name", name}, {"days", days}});
    EXPECT_EQ(res.status, 201) << res.body;
    std::smatch m;
    static const std::regex secret("fk_[A-Za-z0-9_-]{43}");
    if (!std::regex_search(res.body, m, secret)) return "";
    return m.str();
  }

  int audit(const std::string& action) {
    return audit_count(server.signed_in(kEmail, kPassword), org, action);
  }

  TestServer server;
  std::int64_t org = 0;
};

TEST_F(ApiTokens, ThePageCreatesATokenShownOnceAndListsItWithItsDates) {
  auto b = server.signed_in(kEmail, kPassword);
  const auto page = b.get("/tokens");
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(csrf_from_html(page.body).empty());
  EXPECT_NE(page.body.find(R"(<label for="token-name">)"), std::string::npos);
  EXPECT_NE(page.body.find(R"(<label for="token-days">)"), std::string::npos);
  EXPECT_NE(page.body.find(R"(value="90")"), std::string::npos) << "90 days unless chosen otherwise";
  EXPECT_NE(b.get("/password").body.find(R"(href="/tokens")"), std::string::npos)
      << "linked from the password page";

  const std::string secret = create_on_page(b, "Rapport-script", "30");
  ASSERT_FALSE(secret.empty());
  auto api = server.api(secret);
  const auto me = api.get("/api/v1/me");
  EXPECT_EQ(me.status, 200);
  EXPECT_EQ(me.json()["email"], kEmail);

  const auto later = b.get("/tokens");
  EXPECT_NE(later.body.find("Rapport-script"), std::string::npos);
  EXPECT_EQ(later.body.find(secret), std::string::npos) << "the secret is shown only once";
  const auto list = api.get("/api/v1/me/tokens");
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.json()["tokens"].size(), 1u);
  const auto t = list.json()["tokens"][0];
  EXPECT_EQ(t["name"], "Rapport-script");
  EXPECT_FALSE(t["last_used_at"].is_null()) << "the calls above used it";
  EXPECT_EQ(t["expired"], false);
  EXPECT_EQ(list.body.find(secret.substr(3)), std::string::npos);
  EXPECT_EQ(
      database_fact(server, "SELECT count(*) FROM api_tokens WHERE expires_at - created_at = 30 * 86400"), 1)
      << "the API shows the dates to the minute; the lifetime is exact in seconds";
  EXPECT_EQ(audit("api_token.created"), 1);
}

TEST_F(ApiTokens, BadNamesAndLifetimesAreRefusedAndCreateNothing) {
  auto b = server.signed_in(kEmail, kPassword);
  b.get("/tokens");
  for (const auto& [name, days] : std::vector<std::pair<std::string, std::string>>{
           {"", "30"}, {"ok", "0"}, {"ok", "366"}, {"ok", "abc"}, {std::string(81, 'x'), "30"}}) {
    const auto res = b.submit("/tokens", {{"name", name}, {"days", days}});
    EXPECT_EQ(res.status, 422) << name << " " << days;
    EXPECT_NE(res.body.find(R"(role="alert")"), std::string::npos);
  }
  EXPECT_EQ(b.post_form("/tokens", {{"name", "no csrf"}, {"days", "30"}}).status, 403);
  EXPECT_EQ(token_count(b), 0);
}

TEST_F(ApiTokens, ARevokedOrExpiredTokenAnswers401) {
  auto b = server.signed_in(kEmail, kPassword);
  const std::string by_page = create_on_page(b, "Via siden", "90");
  const std::string by_api = create_on_page(b, "Via API", "90");
  const std::string expiring = create_on_page(b, "Udløber", "1");
  auto api = server.api(by_api);
  const auto page_id = token_id(api, "Via siden");
  const auto api_id = token_id(api, "Via API");
  const auto expiring_id = token_id(api, "Udløber");
  ASSERT_GT(page_id * api_id * expiring_id, 0);

  // On the page: a button per token, a form with CSRF.
  const auto tokens_page = b.get("/tokens");
  EXPECT_NE(tokens_page.body.find("/tokens/" + std::to_string(page_id) + "/revoke"), std::string::npos);
  EXPECT_EQ(b.post_form("/tokens/" + std::to_string(page_id) + "/revoke", {}).status, 403) << "no CSRF token";
  EXPECT_EQ(server.api(by_page).get("/api/v1/me").status, 200);
  const auto revoked = b.submit("/tokens/" + std::to_string(page_id) + "/revoke", {});
  EXPECT_EQ(revoked.status, 303);
  EXPECT_EQ(server.api(by_page).get("/api/v1/me").status, 401);
  EXPECT_EQ(server.api(by_page).get("/api/v1/me").json()["error"]["code"], "invalid_token");
  EXPECT_EQ(b.submit("/tokens/" + std::to_string(page_id) + "/revoke", {}).status, 303)
      << "a second click revokes nothing more and is no error";

  // Through the API, with itself.
  EXPECT_EQ(api.request("DELETE", "/api/v1/me/tokens/" + std::to_string(api_id)).status, 204);
  EXPECT_EQ(api.get("/api/v1/me").status, 401);

  // Time passing, which the server offers no way to make: the expiry moves into the past.
  database_change(
      server, "UPDATE api_tokens SET expires_at = created_at - 1 WHERE id = " + std::to_string(expiring_id));
  EXPECT_EQ(server.api(expiring).get("/api/v1/me").status, 401) << "expired";
  EXPECT_EQ(audit("api_token.revoked"), 2) << "a repeated revocation is audited once";
}

TEST_F(ApiTokens, AnotherPersonsTokenIdAnswers404LikeAMissingOne) {
  auto mine = server.signed_in(kEmail, kPassword);
  const std::string secret = create_on_page(mine, "Min", "90");
  auto api = server.api(secret);
  const auto id = token_id(api, "Min");
  ASSERT_GT(id, 0);

  auto other = server.signed_in(kOtherEmail, kOtherPassword);
  auto other_api = server.api(create_on_page(other, "Den andens", "90"));
  const auto theirs = other_api.request("DELETE", "/api/v1/me/tokens/" + std::to_string(id));
  const auto missing = other_api.request("DELETE", "/api/v1/me/tokens/999999");
  EXPECT_EQ(theirs.status, 404);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(theirs.body, missing.body);
  other.get("/tokens");
  EXPECT_EQ(other.submit("/tokens/" + std::to_string(id) + "/revoke", {}).status, 404);
  EXPECT_EQ(other_api.get("/api/v1/me/tokens").body.find("\"Min\""), std::string::npos)
      << "not listed to others";
  EXPECT_EQ(api.get("/api/v1/me").status, 200) << "still works";
}

TEST_F(ApiTokens, APasswordChangeRevokesEveryTokenAndThePageSaysSo) {
  auto b = server.signed_in(kEmail, kPassword);
  const std::string a = create_on_page(b, "A", "90");
  const std::string cli = server.create_token(kEmail);
  ASSERT_EQ(server.api(a).get("/api/v1/me").status, 200);
  ASSERT_EQ(server.api(cli).get("/api/v1/me").status, 200);
  const auto page = b.get("/password");
  EXPECT_NE(page.body.find("bliver alle dine personlige API-nøgler også tilbagekaldt"), std::string::npos);
  const auto changed = b.submit("/password", {{"current_password", kPassword},
                                              {"new_password", "et-helt-nyt-kodeord"},
                                              {"repeat_password", "et-helt-nyt-kodeord"}});
  ASSERT_EQ(changed.status, 303) << changed.body;
  EXPECT_EQ(server.api(a).get("/api/v1/me").status, 401);
  EXPECT_EQ(server.api(cli).get("/api/v1/me").status, 401);
  EXPECT_EQ(token_count(b), 0) << "revoked tokens leave the list";
}

TEST_F(ApiTokens, TheCommandLineCreatesWithANameAndLifetimeAndRevokes) {
  const auto help = server.run_cli({"token", "revoke", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--id"), std::string::npos);
  EXPECT_NE(server.run_cli({"token", "create", "--help"}).out.find("--days"), std::string::npos);

  const auto created = server.run_cli(
      {"token", "create", "--db", server.db(), "--email", kEmail, "--name", "Backup", "--days", "7"});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  std::string secret = created.out;
  while (!secret.empty() && secret.back() == '\n') secret.pop_back();
  ASSERT_TRUE(secret.starts_with("fk_"));
  auto api = server.api(secret);
  const auto id = token_id(api, "Backup");
  ASSERT_GT(id, 0);
  EXPECT_NE(created.err.find("token " + std::to_string(id)), std::string::npos) << "the id, for revoking";
  EXPECT_EQ(
      database_fact(
          server,
          "SELECT count(*) FROM api_tokens WHERE label = 'Backup' AND expires_at - created_at = 7 * 86400"),
      1);

  EXPECT_NE(
      server.run_cli({"token", "create", "--db", server.db(), "--email", kEmail, "--days", "0"}).exit_code,
      0);
  EXPECT_NE(
      server.run_cli({"token", "create", "--db", server.db(), "--email", kEmail, "--days", "400"}).exit_code,
      0);
  EXPECT_NE(server
                .run_cli({"token", "revoke", "--db", server.db(), "--email", kOtherEmail, "--id",
                          std::to_string(id)})
                .exit_code,
            0)
      << "not that account's token";
  const auto revoked =
      server.run_cli({"token", "revoke", "--db", server.db(), "--email", kEmail, "--id", std::to_string(id)});
  EXPECT_EQ(revoked.exit_code, 0) << revoked.err;
  EXPECT_EQ(api.get("/api/v1/me").status, 401);
  EXPECT_EQ(
      server.run_cli({"token", "revoke", "--db", server.db(), "--email", kEmail, "--id", std::to_string(id)})
          .exit_code,
      0)
      << "revoking again is idempotent, like a repeated DELETE";
}

}  // namespace
}  // namespace forkant::test
