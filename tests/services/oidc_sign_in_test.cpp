// The single sign-on flow over in-memory stores and a provider answering in-process (the real provider
// is tests/sso/): PKCE S256, state bound to the browser and single use, RFC 9207's iss, JIT membership
// for mapped groups only, the role re-synced, the keys fetched again for an unknown kid (once a minute).
#include "services/oidc_sign_in.hpp"

#include <gtest/gtest.h>

#include <map>

#include "oidc_test_keys.hpp"
#include "services/secret_box.hpp"
#include "world.hpp"

namespace forkant {
namespace {

using nlohmann::json;
using test::TestKey;

constexpr const char* kIssuer = "http://127.0.0.1:9/op";
constexpr const char* kRedirect = "https://forkant.example/sso/callback";

class FakeSignInStore final : public SignInStore {
 public:
  std::map<std::int64_t, SignInSettings> settings;
  std::map<std::string, PendingSignIn> pending;
  std::map<std::pair<std::string, std::string>, std::int64_t> identities;

  std::optional<SignInSettings> sign_in_settings(std::int64_t org_id) override {
    auto it = settings.find(org_id);
    return it == settings.end() ? std::nullopt : std::optional(it->second);
  }
  std::optional<SignInSettings> sign_in_for_domain(std::string_view domain) override {
    for (auto& [id, s] : settings) {
      for (auto& d : s.email_domains) {
        if (d == domain && s.enabled) return s;
      }
    }
    return std::nullopt;
  }
  void save_sign_in_settings(const SignInSettings& s, std::int64_t) override { settings[s.org_id] = s; }
  std::optional<std::int64_t> org_claiming_domain(std::string_view domain) override {
    for (auto& [id, s] : settings) {
      for (auto& d : s.email_domains) {
        if (d == domain) return id;
      }
    }
    return std::nullopt;
  }
  bool insert_pending_sign_in(const PendingSignIn& p, std::int64_t, int limit) override {
    if (static_cast<int>(pending.size()) >= limit) return false;
    pending[p.state_hash] = p;
    return true;
  }
  std::optional<PendingSignIn> take_pending_sign_in(const std::string& h) override {
    auto it = pending.find(h);
    if (it == pending.end()) return std::nullopt;
    auto out = it->second;
    pending.erase(it);
    return out;
  }
  std::optional<std::int64_t> external_user(std::string_view iss, std::string_view sub) override {
    auto it = identities.find({std::string(iss), std::string(sub)});
    return it == identities.end() ? std::nullopt : std::optional(it->second);
  }
  void insert_external_identity(std::string_view iss, std::string_view sub, std::int64_t user, std::int64_t,
                                std::int64_t) override {
    identities[{std::string(iss), std::string(sub)}] = user;
  }
  bool passwords_off_for(std::int64_t) override { return false; }
};

// The provider's three endpoints, answering in-process; the token it hands out is made from the claims
// the test sets, with the nonce of the authorization request.
class FakeProvider final : public HttpFetcher {
 public:
  const TestKey* signing = nullptr;
  std::vector<const TestKey*> published;
  int jwks_fetches = 0;
  json claims;
  std::string nonce;
  std::map<std::string, std::string> last_form;

  HttpResult get(const std::string& url) override {
    if (url == std::string(kIssuer) + "/.well-known/openid-configuration") {
      return {200,
              json{{"issuer", kIssuer},
                   {"authorization_endpoint", std::string(kIssuer) + "/auth"},
                   {"token_endpoint", std::string(kIssuer) + "/token"},
                   {"jwks_uri", std::string(kIssuer) + "/jwks"},
                   {"authorization_response_iss_parameter_supported", true}}
                  .dump(),
              ""};
    }
    if (url == std::string(kIssuer) + "/jwks") {
      ++jwks_fetches;
      return {200, test::jwks_of(published), ""};
    }
    return {404, "", ""};
  }
  HttpResult post_form(const std::string& url,
                       const std::vector<std::pair<std::string, std::string>>& fields) override {
    last_form.clear();
    for (auto& [k, v] : fields) last_form[k] = v;
    if (url != std::string(kIssuer) + "/token") return {404, "", ""};
    json c = claims;
    c["nonce"] = nonce;
    return {200, json{{"id_token", signing->sign("RS256", c.dump())}}.dump(), ""};
  }
};

const TestKey& key1() {
  static const TestKey k = TestKey::rsa("k1");
  return k;
}
const TestKey& key2() {
  static const TestKey k = TestKey::rsa("k2");
  return k;
}

std::string query_param(const std::string& url, const std::string& name) {
  const auto at = url.find("&" + name + "=");
  if (at == std::string::npos) return "";
  const auto start = at + name.size() + 2;
  return url.substr(start, url.find('&', start) - start);
}

struct SsoTest : ::testing::Test {
  test::World w;
  FakeSignInStore store;
  FakeProvider op;
  SecretBox box{SecretBox::Key{7}};
  OidcSignInService sso{store, w.org_store, w.accounts_store, w.accounts, w.audit, w.tx, w.clock, box, op};
  std::int64_t org = w.add_org("Aarhus");

  SsoTest() {
    op.signing = &key1();
    op.published = {&key1()};
    SignInSettings s;
    s.enabled = true;
    s.issuer = kIssuer;
    s.client_id = "forkant";
    s.email_domains = {"aarhus.dk"};
    s.group_roles = {{"g-leaders", Role::leader}, {"g-it", Role::owner}};
    EXPECT_TRUE(sso.save_settings(org, 1, s, "the client secret"));
    op.claims = {
        {"iss", kIssuer},       {"sub", "sub-ann"},         {"aud", "forkant"}, {"exp", w.clock.now() + 300},
        {"iat", w.clock.now()}, {"email", "Ann@Aarhus.dk"}, {"name", "Ann"},    {"groups", {"g-leaders"}}};
  }

  // Start, then come back with a code, the provider's iss and the browser's cookie.
  Result<SsoSignedIn> round_trip(std::optional<std::string> iss = std::string(kIssuer)) {
    auto started = sso.start(org, kRedirect, "/orgs/1");
    EXPECT_TRUE(started);
    op.nonce = query_param(started->redirect_url, "nonce");
    last_state = started->state;
    last_url = started->redirect_url;
    return sso.finish({started->state, started->state, "code-1", iss, ""}, kRedirect, "");
  }
  std::string last_state, last_url;
};

TEST_F(SsoTest, ASignInCreatesTheAccountAndTheMappedMembership) {
  auto r = round_trip();
  ASSERT_TRUE(r) << r.error().code;
  EXPECT_EQ(r->session.user.email, "ann@aarhus.dk");
  EXPECT_EQ(r->return_path, "/orgs/1");
  EXPECT_EQ(w.org_store.role_of(org, r->session.user.id), Role::leader);
  EXPECT_TRUE(w.accounts.resume(r->session.token));
  // PKCE: the token request carries the verifier whose S256 is the challenge sent; the secret is opened.
  EXPECT_EQ(pkce_s256_challenge(op.last_form["code_verifier"]), query_param(last_url, "code_challenge"));
  EXPECT_EQ(query_param(last_url, "code_challenge_method"), "S256");
  EXPECT_EQ(op.last_form["client_secret"], "the client secret");
  EXPECT_NE(store.settings[org].client_secret_sealed.find("sb1:"), std::string::npos);
}

TEST_F(SsoTest, TheRoleFollowsTheGroupsAtEachSignIn) {
  ASSERT_TRUE(round_trip());
  op.claims["groups"] = {"g-leaders", "g-it"};
  auto r = round_trip();
  ASSERT_TRUE(r);
  EXPECT_EQ(w.org_store.role_of(org, r->session.user.id), Role::owner);
}

TEST_F(SsoTest, NoMappedGroupNoAccount) {
  op.claims["groups"] = {"g-everyone"};
  auto r = round_trip();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "sso_not_mapped");
  EXPECT_FALSE(w.accounts_store.find_user_by_email("ann@aarhus.dk"));
}

TEST_F(SsoTest, TheStateIsSingleUseAndBoundToTheBrowser) {
  ASSERT_TRUE(round_trip());
  auto again = sso.finish({last_state, last_state, "code-1", std::string(kIssuer), ""}, kRedirect, "");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "sso_state");
  auto started = sso.start(org, kRedirect, "/");
  auto other_browser = sso.finish(
      {started->state, "someone-elses-cookie-of-43-characters-xxxxx", "c", std::string(kIssuer), ""},
      kRedirect, "");
  EXPECT_EQ(other_browser.error().code, "sso_state");
}

TEST_F(SsoTest, StartsStopAtTheOrganisationsLimitOfSignInsUnderWay) {
  // Anonymous starts each write a pending sign-in: 2,000 at once per organisation, then 429.
  for (int i = 0; i < 2000; ++i) ASSERT_TRUE(sso.start(org, kRedirect, "/")) << i;
  auto refused = sso.start(org, kRedirect, "/");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::too_many);
  EXPECT_EQ(refused.error().code, "sso_busy");
  EXPECT_EQ(refused.error().params.at("retry_after"), "60");
  EXPECT_EQ(store.pending.size(), 2000u) << "a refused start stores nothing";
}

TEST_F(SsoTest, AReturnPathOver1000CharactersGoesHomeInstead) {
  const std::string longest = "/" + std::string(999, 'a');
  for (const auto& [asked, expected] :
       {std::pair{longest, longest}, std::pair{longest + "a", std::string("/")}}) {
    auto started = sso.start(org, kRedirect, asked);
    ASSERT_TRUE(started);
    op.nonce = query_param(started->redirect_url, "nonce");
    auto r = sso.finish({started->state, started->state, "code-1", std::string(kIssuer), ""}, kRedirect, "");
    ASSERT_TRUE(r) << r.error().code;
    EXPECT_EQ(r->return_path, expected) << asked.size() << " characters";
  }
}

TEST_F(SsoTest, TheCallbacksIssuerMustBeTheProviders) {
  auto r = round_trip(std::string("https://evil.example"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "sso_issuer_mismatch");
  auto missing = round_trip(std::nullopt);  // the provider announced it sends iss
  EXPECT_EQ(missing.error().code, "sso_issuer_mismatch");
}

TEST_F(SsoTest, ANewKeyIdFetchesTheKeysAgainOnceAMinute) {
  ASSERT_TRUE(round_trip());
  EXPECT_EQ(op.jwks_fetches, 1);
  ASSERT_TRUE(round_trip());
  EXPECT_EQ(op.jwks_fetches, 1);  // cached
  op.signing = &key2();
  op.published = {&key1(), &key2()};
  auto rotated = round_trip();
  ASSERT_TRUE(rotated) << rotated.error().code;
  EXPECT_EQ(op.jwks_fetches, 2);
  // A kid the provider does not publish: one more fetch, then none for the same kid within the minute.
  const TestKey rogue = TestKey::rsa("k4");
  op.signing = &rogue;
  EXPECT_EQ(round_trip().error().code, "id_token_unknown_key");
  EXPECT_EQ(op.jwks_fetches, 3);
  EXPECT_EQ(round_trip().error().code, "id_token_unknown_key");
  EXPECT_EQ(op.jwks_fetches, 3);
  w.clock.advance(61);
  op.claims["exp"] = w.clock.now() + 300;
  EXPECT_EQ(round_trip().error().code, "id_token_unknown_key");
  EXPECT_EQ(op.jwks_fetches, 4);
}

TEST_F(SsoTest, AnExistingAccountIsLinkedOnlyWhenTheOrganisationCountsItAsAMember) {
  const auto stranger = w.add_user("ann@aarhus.dk", "Ann elsewhere");
  auto refused = round_trip();
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "sso_email_taken");
  w.add_member(org, stranger, Role::viewer);
  auto linked = round_trip();
  ASSERT_TRUE(linked) << linked.error().code;
  EXPECT_EQ(linked->session.user.id, stranger);
  EXPECT_EQ(w.org_store.role_of(org, stranger), Role::leader);
}

TEST_F(SsoTest, SettingsNeedAKeyAValidIssuerAndUnclaimedDomains) {
  SecretBox keyless;
  OidcSignInService no_key{store, w.org_store, w.accounts_store, w.accounts, w.audit,
                           w.tx,  w.clock,     keyless,          op};
  SignInSettings s = store.settings[org];
  EXPECT_EQ(no_key.save_settings(org, 1, s, "x").error().code, "sso_no_key");
  s.issuer = "http://op.example";  // plain http off loopback
  EXPECT_EQ(sso.save_settings(org, 1, s, "").error().code, "sso_issuer_invalid");
  const auto other = w.add_org("Odense");
  SignInSettings theirs = store.settings[org];
  EXPECT_EQ(sso.save_settings(other, 1, theirs, "y").error().code, "sso_domain_taken");
  EXPECT_EQ(sso.org_for_email("bo@AARHUS.dk"), org);
  // The issuer is kept as typed: the id_token's iss is compared with it as a string.
  SignInSettings slash = store.settings[org];
  slash.issuer = " https://login.example/tenant/ ";
  ASSERT_TRUE(sso.save_settings(org, 1, slash, ""));
  EXPECT_EQ(store.settings[org].issuer, "https://login.example/tenant/");
  EXPECT_EQ(sso.org_for_email("bo@odense.dk"), std::nullopt);
}

TEST(OidcUrls, ProvidersMustUseHttpsExceptOnLoopback) {
  EXPECT_TRUE(provider_url_allowed("https://login.microsoftonline.com/t/v2.0"));
  EXPECT_TRUE(provider_url_allowed("http://127.0.0.1:4000"));
  EXPECT_TRUE(provider_url_allowed("http://localhost:4000/x"));
  EXPECT_TRUE(provider_url_allowed("http://[::1]:4000/x"));
  EXPECT_FALSE(provider_url_allowed("http://login.example"));
  EXPECT_FALSE(provider_url_allowed("http://127.0.0.1.evil.example/"));
  EXPECT_FALSE(provider_url_allowed("https://user@login.example"));
  EXPECT_FALSE(provider_url_allowed("ftp://login.example"));
}

TEST(OidcPkce, TheChallengeIsRfc7636sAppendixB) {
  init_secrets();
  EXPECT_EQ(pkce_s256_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

}  // namespace
}  // namespace forkant
