// TwoFactorStore (services/two_factor.hpp) on every backend: a secret replaced by a new enrolment, its
// confirmation only for the secret shown, time steps accepted only forwards (no replay), recovery codes
// used once, and pending second steps single use.
#include "storage_test.hpp"

namespace forkant::test {
namespace {

TEST_P(StorageTest, TwoFactor_SecretConfirmedOnceAndStepsOnlyForwards) {
  auto& store = *backend().two_factor;
  const auto user = member(org("A"), "anne@a.dk");
  EXPECT_FALSE(store.totp_secret(user));
  EXPECT_FALSE(store.use_totp_step(user, 5)) << "no secret";
  store.put_totp_secret(user, "sb1:first", kNow);
  store.put_totp_secret(user, "sb1:second", kNow + 1);  // enrolment started again: replaces
  auto row = store.totp_secret(user);
  ASSERT_TRUE(row);
  EXPECT_EQ(row->sealed_secret, "sb1:second");
  EXPECT_FALSE(row->confirmed_at);
  EXPECT_FALSE(store.use_totp_step(user, 5)) << "not confirmed yet";
  EXPECT_FALSE(store.confirm_totp_secret(user, "sb1:first", 10, kNow)) << "not the secret shown";
  EXPECT_TRUE(store.confirm_totp_secret(user, "sb1:second", 10, kNow));
  EXPECT_FALSE(store.confirm_totp_secret(user, "sb1:second", 11, kNow)) << "confirmed already";
  row = store.totp_secret(user);
  EXPECT_EQ(row->confirmed_at, kNow);
  EXPECT_EQ(row->last_step, 10);
  EXPECT_FALSE(store.use_totp_step(user, 10)) << "the confirming code again: a replay";
  EXPECT_FALSE(store.use_totp_step(user, 9)) << "an older step";
  EXPECT_TRUE(store.use_totp_step(user, 11));
  EXPECT_FALSE(store.use_totp_step(user, 11));
  store.delete_totp(user);
  EXPECT_FALSE(store.totp_secret(user));
}

TEST_P(StorageTest, TwoFactor_RecoveryCodesAreSingleUseAndReplaced) {
  auto& store = *backend().two_factor;
  const auto a = org("A");
  const auto anne = member(a, "anne@a.dk");
  const auto bo = member(a, "bo@a.dk");
  store.put_totp_secret(anne, "sb1:x", kNow);
  store.replace_recovery_codes(anne, {std::string("h1\0x", 4), "h2"});
  store.replace_recovery_codes(bo, {"h3"});
  EXPECT_EQ(store.unused_recovery_codes(anne), 2);
  EXPECT_FALSE(store.use_recovery_code(anne, "h3", kNow)) << "another person's code";
  EXPECT_TRUE(store.use_recovery_code(anne, std::string("h1\0x", 4), kNow)) << "bytes, not text";
  EXPECT_FALSE(store.use_recovery_code(anne, std::string("h1\0x", 4), kNow)) << "used already";
  EXPECT_EQ(store.unused_recovery_codes(anne), 1);
  store.replace_recovery_codes(anne, {"h4"});
  EXPECT_FALSE(store.use_recovery_code(anne, "h2", kNow)) << "replaced";
  EXPECT_EQ(store.unused_recovery_codes(anne), 1);
  store.put_totp_secret(anne, "sb1:y", kNow);  // a new enrolment: the old codes go with the old secret
  EXPECT_EQ(store.unused_recovery_codes(anne), 0);
  EXPECT_EQ(store.unused_recovery_codes(bo), 1);
}

TEST_P(StorageTest, TwoFactor_PendingSignInsCountAttemptsAndEndOnce) {
  auto& store = *backend().two_factor;
  const auto user = member(org("A"), "anne@a.dk");
  store.insert_second_factor_login("old", user, kNow - 1, kNow - 100);
  store.insert_second_factor_login("t1", user, kNow + 600, kNow);
  EXPECT_FALSE(store.second_factor_login("old")) << "expired ones are forgotten as new ones arrive";
  auto p = store.second_factor_login("t1");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->user_id, user);
  EXPECT_EQ(p->expires_at, kNow + 600);
  EXPECT_EQ(p->attempts, 0);
  EXPECT_EQ(store.count_second_factor_attempt("t1"), 1);
  EXPECT_EQ(store.count_second_factor_attempt("t1"), 2);
  EXPECT_TRUE(store.delete_second_factor_login("t1"));
  EXPECT_FALSE(store.delete_second_factor_login("t1"));
  EXPECT_FALSE(store.second_factor_login("t1"));
}

}  // namespace
}  // namespace forkant::test
