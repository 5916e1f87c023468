// SignInStore (services/oidc_sign_in.hpp) on every backend: settings with their domains and group
// mappings replaced whole, a domain claimed by one organisation only, discovery only while switched on,
// a pending sign-in taken once, expired ones forgotten, external identities unique per (issuer,
// subject), and the password switch read through the memberships.
#include "storage/database_error.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

SignInSettings settings_for(std::int64_t org_id, std::vector<std::string> domains) {
  SignInSettings s;
  s.org_id = org_id;
  s.enabled = true;
  s.issuer = "https://login.example/t/v2.0";
  s.client_id = "client";
  s.client_secret_sealed = "sb1:sealed";
  s.group_claim = "roles";
  s.email_domains = std::move(domains);
  s.group_roles = {{"g-owner", Role::owner}, {"g-lead", Role::leader}};
  return s;
}

TEST_P(StorageTest, SignIn_SettingsRoundTripAndAreReplacedWhole) {
  auto& store = *backend().sign_in;
  const auto a = org("A");
  EXPECT_FALSE(store.sign_in_settings(a));
  store.save_sign_in_settings(settings_for(a, {"a.dk", "a-kommune.dk"}), kNow);
  auto s = store.sign_in_settings(a);
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->enabled);
  EXPECT_EQ(s->client_secret_sealed, "sb1:sealed");
  EXPECT_EQ(s->group_claim, "roles");
  EXPECT_EQ(s->email_domains, (std::vector<std::string>{"a-kommune.dk", "a.dk"}));
  ASSERT_EQ(s->group_roles.size(), 2u);
  EXPECT_EQ(s->group_roles[0].group, "g-lead");
  EXPECT_EQ(s->group_roles[0].role, Role::leader);
  auto next = settings_for(a, {"a.dk"});
  next.group_roles = {{"g-view", Role::viewer}};
  next.passwords_allowed = false;
  store.save_sign_in_settings(next, kNow + 1);
  s = store.sign_in_settings(a);
  EXPECT_EQ(s->email_domains, (std::vector<std::string>{"a.dk"}));
  ASSERT_EQ(s->group_roles.size(), 1u);
  EXPECT_FALSE(s->passwords_allowed);
  EXPECT_EQ(store.org_claiming_domain("a-kommune.dk"), std::nullopt);
}

TEST_P(StorageTest, SignIn_ADomainBelongsToOneOrganisationAndLeadsThereWhileOn) {
  auto& store = *backend().sign_in;
  const auto a = org("A");
  const auto b = org("B");
  store.save_sign_in_settings(settings_for(a, {"a.dk"}), kNow);
  EXPECT_THROW(store.save_sign_in_settings(settings_for(b, {"a.dk"}), kNow), DatabaseError);
  EXPECT_FALSE(store.sign_in_settings(b));
  EXPECT_EQ(store.org_claiming_domain("a.dk"), a);
  EXPECT_EQ(store.sign_in_for_domain("a.dk")->org_id, a);
  auto off = settings_for(a, {"a.dk"});
  off.enabled = false;
  store.save_sign_in_settings(off, kNow);
  EXPECT_FALSE(store.sign_in_for_domain("a.dk"));
}

TEST_P(StorageTest, SignIn_APendingSignInIsTakenOnceAndExpiredOnesAreForgotten) {
  auto& store = *backend().sign_in;
  const auto a = org("A");
  EXPECT_TRUE(store.insert_pending_sign_in({"old", a, "n0", "v0", "/", kNow - 1}, kNow - 700, 10));
  EXPECT_TRUE(store.insert_pending_sign_in({"s1", a, "n1", "v1", "/orgs/1", kNow + 600}, kNow, 10));
  EXPECT_FALSE(store.take_pending_sign_in("old")) << "expired before the second insert: deleted by it";
  const auto p = store.take_pending_sign_in("s1");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->nonce, "n1");
  EXPECT_EQ(p->code_verifier, "v1");
  EXPECT_EQ(p->return_path, "/orgs/1");
  EXPECT_EQ(p->expires_at, kNow + 600);
  EXPECT_FALSE(store.take_pending_sign_in("s1"));
}

TEST_P(StorageTest, SignIn_AnOrganisationsPendingSignInsStopAtTheLimitAndExpiredOnesMakeRoom) {
  auto& store = *backend().sign_in;
  const auto a = org("A");
  const auto b = org("B");
  EXPECT_TRUE(store.insert_pending_sign_in({"a1", a, "n", "v", "/", kNow + 600}, kNow, 2));
  EXPECT_TRUE(store.insert_pending_sign_in({"a2", a, "n", "v", "/", kNow + 60}, kNow, 2));
  EXPECT_FALSE(store.insert_pending_sign_in({"a3", a, "n", "v", "/", kNow + 600}, kNow, 2)) << "at the limit";
  EXPECT_FALSE(store.take_pending_sign_in("a3")) << "a refused start stores nothing";
  EXPECT_TRUE(store.insert_pending_sign_in({"b1", b, "n", "v", "/", kNow + 600}, kNow, 2))
      << "another organisation has its own limit";
  // a2 expires: its place is free again.
  EXPECT_TRUE(store.insert_pending_sign_in({"a4", a, "n", "v", "/", kNow + 700}, kNow + 61, 2));
  EXPECT_FALSE(store.take_pending_sign_in("a2"));
  EXPECT_TRUE(store.take_pending_sign_in("a1"));
  EXPECT_TRUE(store.take_pending_sign_in("a4"));
}

TEST_P(StorageTest, SignIn_ExternalIdentitiesAndThePasswordSwitch) {
  auto& store = *backend().sign_in;
  const auto a = org("A");
  const auto b = org("B");
  const auto ann = member(a, "ann@a.dk");
  const auto bo = member(b, "bo@b.dk");
  store.insert_external_identity("https://op", "sub-1", ann, a, kNow);
  EXPECT_EQ(store.external_user("https://op", "sub-1"), ann);
  EXPECT_FALSE(store.external_user("https://other-op", "sub-1"));
  EXPECT_THROW(store.insert_external_identity("https://op", "sub-1", bo, b, kNow), DatabaseError);
  EXPECT_FALSE(store.passwords_off_for(ann));
  auto s = settings_for(a, {"a.dk"});
  s.passwords_allowed = false;
  store.save_sign_in_settings(s, kNow);
  EXPECT_TRUE(store.passwords_off_for(ann));
  EXPECT_FALSE(store.passwords_off_for(bo));
  s.enabled = false;  // off with single sign-on off
  store.save_sign_in_settings(s, kNow);
  EXPECT_FALSE(store.passwords_off_for(ann));
}

}  // namespace
}  // namespace forkant::test
