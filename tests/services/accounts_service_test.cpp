// AccountService over the fakes: what depends on time (session expiry, the login throttle's windows, API
// token lifetimes) and what the service itself must write, audit and keep atomic.

#include <gtest/gtest.h>

#include "domain/accounts/api_token.hpp"
#include "domain/accounts/session_policy.hpp"
#include "world.hpp"

namespace forkant::test {
namespace {

constexpr const char* kAddress = "192.0.2.10";
constexpr const char* kOtherAddress = "198.51.100.7";
constexpr std::int64_t kMinute = 60;

class AccountsServiceTest : public ::testing::Test {
 protected:
  World w;
  std::int64_t alice = w.add_user("alice@example.dk", "Alice Andersen", password_hash_of_kPassword());

  // A session as sign_in stores it, without paying for argon2id in every test.
  std::string start_session(std::int64_t user_id) {
    const std::string token = random_token();
    w.accounts_store.insert_session(token_hash(token), user_id, "csrf", w.clock.now());
    return token;
  }
  SessionRow session_row(const std::string& token) {
    return w.accounts_store.find_session(token_hash(token)).value();
  }
  Status fail_check(const std::string& email, const std::string& address) {
    return w.accounts.throttled_check(
        email, address, [] { return false; }, Error::invalid("refused", "error.refused"));
  }
  Status pass_check(const std::string& email, const std::string& address, int* calls = nullptr) {
    return w.accounts.throttled_check(
        email, address,
        [calls] {
          if (calls) ++*calls;
          return true;
        },
        Error::invalid("refused", "error.refused"));
  }
  // Failures spaced past the account's slowing (at most 60 s), so that only the pair limit is in play.
  void spaced_failures(const std::string& email, const std::string& address, int n) {
    for (int i = 0; i < n; ++i) {
      ASSERT_EQ(fail_check(email, address).error().code, "refused") << "failure " << i + 1;
      w.clock.advance(LoginThrottle::kMaxDelaySeconds + 1);
    }
  }
};

// ---- Sessions -------------------------------------------------------------------------------------------

TEST_F(AccountsServiceTest, SessionSurvivesJustUnderTheIdleLimit) {
  const auto token = start_session(alice);
  w.clock.advance(kSessionIdleSeconds - 1);
  const auto signed_in = w.accounts.resume(token);
  ASSERT_TRUE(signed_in);
  EXPECT_EQ(signed_in->user.id, alice);
  EXPECT_EQ(signed_in->csrf_token, "csrf");
}

TEST_F(AccountsServiceTest, SessionOfAUserWhoNoLongerExistsIsEndedNotLeftBehind) {
  const auto token = start_session(alice);
  w.accounts_store.forget_user(alice);
  EXPECT_FALSE(w.accounts.resume(token));
  EXPECT_FALSE(w.accounts_store.find_session(token_hash(token))) << "the session row is deleted";
  EXPECT_EQ(w.accounts_store.session_count(alice), 0);
}

TEST_F(AccountsServiceTest, SessionEndsAtThirtyMinutesIdleAndIsDeleted) {
  const auto token = start_session(alice);
  w.clock.advance(kSessionIdleSeconds);
  EXPECT_FALSE(w.accounts.resume(token));
  // Deleted, not just refused: moving the clock back must not bring it back.
  EXPECT_FALSE(w.accounts_store.find_session(token_hash(token)));
}

TEST_F(AccountsServiceTest, EachRequestRestartsTheIdleWindow) {
  const auto token = start_session(alice);
  for (int i = 0; i < 4; ++i) {
    w.clock.advance(20 * kMinute);
    ASSERT_TRUE(w.accounts.resume(token)) << "request " << i + 1 << " after 20 min";
  }
  EXPECT_EQ(session_row(token).last_seen_at, w.clock.now());
}

TEST_F(AccountsServiceTest, SessionEndsTwelveHoursAfterSignInEvenWhenInUse) {
  const auto token = start_session(alice);
  const auto started = w.clock.now();
  while (w.clock.now() + 20 * kMinute < started + kSessionAbsoluteSeconds) {
    w.clock.advance(20 * kMinute);
    ASSERT_TRUE(w.accounts.resume(token));
  }
  w.clock.set(started + kSessionAbsoluteSeconds - 1);
  ASSERT_TRUE(w.accounts.resume(token));
  w.clock.set(started + kSessionAbsoluteSeconds);
  EXPECT_FALSE(w.accounts.resume(token));
}

TEST_F(AccountsServiceTest, ResumeRecordsActivityAtMostOnceAMinute) {
  const auto token = start_session(alice);
  const auto started = w.clock.now();
  w.clock.advance(59);
  ASSERT_TRUE(w.accounts.resume(token));
  EXPECT_EQ(session_row(token).last_seen_at, started);  // no write for a page view within the minute
  w.clock.advance(1);
  ASSERT_TRUE(w.accounts.resume(token));
  EXPECT_EQ(session_row(token).last_seen_at, started + 60);
}

TEST_F(AccountsServiceTest, SignOutEndsTheSession) {
  const auto token = start_session(alice);
  w.accounts.sign_out(token);
  EXPECT_FALSE(w.accounts.resume(token));
}

TEST_F(AccountsServiceTest, SignInStartsASessionReplacesTheOldOneAndIsAudited) {
  const auto old_token = start_session(alice);
  const auto s = w.accounts.sign_in("Alice@Example.dk", kPassword, kAddress, old_token);
  ASSERT_TRUE(s) << s.error().code;
  EXPECT_EQ(s->user.id, alice);
  EXPECT_TRUE(w.accounts.resume(s->token));
  // Signing in again in the same browser: the cookie it sent must stop working.
  EXPECT_FALSE(w.accounts.resume(old_token));
  const auto logged = w.audit.with_action("session.signed_in");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.actor_id, alice);
  EXPECT_EQ(logged[0].at, w.clock.now());
  EXPECT_TRUE(logged[0].in_transaction);
}

TEST_F(AccountsServiceTest, WrongPasswordAndUnknownAccountGetTheSameAnswer) {
  const auto wrong = w.accounts.sign_in("alice@example.dk", "not the password at all", kAddress);
  const auto unknown = w.accounts.sign_in("nobody@example.dk", kPassword, kAddress);
  ASSERT_FALSE(wrong);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(wrong.error().code, "login_failed");
  EXPECT_EQ(unknown.error().code, "login_failed");
  EXPECT_EQ(wrong.error().kind, ErrorKind::unauthorized);
  EXPECT_EQ(unknown.error().kind, ErrorKind::unauthorized);
  EXPECT_EQ(w.accounts_store.session_count(alice), 0);
}

TEST_F(AccountsServiceTest, SignInStoresNothingWhenItsAuditWriteFails) {
  w.audit.fail_on("session.signed_in");
  EXPECT_THROW(w.accounts.sign_in("alice@example.dk", kPassword, kAddress), FakeStoreError);
  EXPECT_EQ(w.accounts_store.session_count(alice), 0);  // the session insert was rolled back
  EXPECT_EQ(w.tx.rolled_back(), 1);
}

// ---- Login throttle -------------------------------------------------------------------------------------

TEST_F(AccountsServiceTest, TenFailuresFromOneAddressLockThatPairWithoutCheckingThePassword) {
  const auto first_failure = w.clock.now();
  spaced_failures("alice@example.dk", kAddress, LoginThrottle::kPairMaxFailures);
  int checks = 0;
  const auto locked = pass_check("alice@example.dk", kAddress, &checks);
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, "login_throttled");
  EXPECT_EQ(locked.error().kind, ErrorKind::too_many);
  EXPECT_EQ(checks, 0);  // the right password does not get through a lock, nor is it even tried
  EXPECT_EQ(locked.error().params.at("retry_after"),
            std::to_string(first_failure + LoginThrottle::kWindowSeconds - w.clock.now()));
}

TEST_F(AccountsServiceTest, PairLockDoesNotLockTheOwnerAtAnotherAddress) {
  spaced_failures("alice@example.dk", kAddress, LoginThrottle::kPairMaxFailures);
  EXPECT_TRUE(pass_check("alice@example.dk", kOtherAddress));
  EXPECT_FALSE(pass_check("alice@example.dk", kAddress));
}

TEST_F(AccountsServiceTest, PairLockIsReleasedWhenTheOldestFailureLeavesTheWindow) {
  const auto first_failure = w.clock.now();
  spaced_failures("alice@example.dk", kAddress, LoginThrottle::kPairMaxFailures);
  w.clock.set(first_failure + LoginThrottle::kWindowSeconds - 1);
  EXPECT_FALSE(pass_check("alice@example.dk", kAddress));
  w.clock.set(first_failure + LoginThrottle::kWindowSeconds);
  EXPECT_TRUE(pass_check("alice@example.dk", kAddress));
}

TEST_F(AccountsServiceTest, FifthQuickFailureSlowsTheAccountFromEveryAddress) {
  for (int i = 0; i < LoginThrottle::kAccountFreeFailures - 1; ++i) {
    ASSERT_EQ(fail_check("alice@example.dk", kAddress).error().code, "refused");
  }
  EXPECT_TRUE(pass_check("ALICE@example.dk", kOtherAddress));  // four failures: no wait yet
  ASSERT_EQ(fail_check("alice@example.dk", kAddress).error().code, "refused");
  w.clock.advance(LoginThrottle::kFirstDelaySeconds - 1);
  const auto slowed = pass_check("alice@example.dk", kOtherAddress);
  ASSERT_FALSE(slowed);
  EXPECT_EQ(slowed.error().params.at("retry_after"), "1");
  w.clock.advance(1);
  EXPECT_TRUE(pass_check("alice@example.dk", kOtherAddress));
}

TEST_F(AccountsServiceTest, SlowingAndLockAreAuditedOnceEachForAnExistingAccount) {
  const auto org = w.add_org("Aarhus Kommune");
  w.add_member(org, alice, Role::coordinator);
  spaced_failures("alice@example.dk", kAddress, LoginThrottle::kPairMaxFailures);
  ASSERT_EQ(fail_check("alice@example.dk", kAddress).error().code, "login_throttled");
  const auto slowed = w.audit.with_action("login.slowed");
  const auto locked = w.audit.with_action("login.locked");
  ASSERT_EQ(slowed.size(), 1u);
  ASSERT_EQ(locked.size(), 1u);
  // In the organisation's log, where its owners read it, and naming the address that was locked out.
  EXPECT_EQ(locked[0].entry.org_id, org);
  EXPECT_EQ(locked[0].entry.object, "user:" + std::to_string(alice));
  EXPECT_NE(locked[0].entry.detail.find(kAddress), std::string::npos);
  EXPECT_TRUE(locked[0].in_transaction);
}

TEST_F(AccountsServiceTest, FailuresForAnUnknownAddressAreThrottledButNeverLogged) {
  // What was typed as an e-mail address may be a password: it must not reach the audit log.
  spaced_failures("hunter2-typed-in-the-wrong-field", kAddress, LoginThrottle::kPairMaxFailures);
  EXPECT_FALSE(pass_check("hunter2-typed-in-the-wrong-field", kAddress));
  EXPECT_TRUE(w.audit.entries().empty());
}

TEST_F(AccountsServiceTest, RightPasswordForgetsThatAddressFailures) {
  spaced_failures("alice@example.dk", kAddress, LoginThrottle::kPairMaxFailures - 1);
  ASSERT_TRUE(pass_check("alice@example.dk", kAddress));
  spaced_failures("alice@example.dk", kAddress, LoginThrottle::kPairMaxFailures - 1);
  EXPECT_TRUE(pass_check("alice@example.dk", kAddress));  // 18 failures, never 10 in a row
}

TEST_F(AccountsServiceTest, ForgivenFailuresStillSlowTheAccount) {
  for (int i = 0; i < LoginThrottle::kAccountFreeFailures - 1; ++i) {
    ASSERT_EQ(fail_check("alice@example.dk", kAddress).error().code, "refused");
  }
  ASSERT_TRUE(pass_check("alice@example.dk", kAddress));  // forgives the pair, not the account
  ASSERT_EQ(fail_check("alice@example.dk", kOtherAddress).error().code, "refused");
  EXPECT_EQ(pass_check("alice@example.dk", kOtherAddress).error().code, "login_throttled");
}

// ---- Several instances on one database (docs/instances.md) ---------------------------------------------
// A second AccountService over the same stores is a second forkant process on the same database. On
// PostgreSQL they keep no sessions in memory (keep_sessions false).

TEST_F(AccountsServiceTest, FailuresCountedByOneInstanceThrottleTheOther) {
  AccountService other{w.accounts_store, w.audit, w.tx, w.clock, false};
  for (int i = 0; i < LoginThrottle::kAccountFreeFailures; ++i) {
    ASSERT_EQ(fail_check("alice@example.dk", kAddress).error().code, "refused");
  }
  const auto slowed = other.throttled_check(
      "alice@example.dk", kOtherAddress, [] { return true; }, Error::invalid("refused", "error.refused"));
  ASSERT_FALSE(slowed);
  EXPECT_EQ(slowed.error().code, "login_throttled");
}

TEST_F(AccountsServiceTest, SignOutOnOneInstanceEndsTheSessionOnTheOtherAtOnce) {
  AccountService a{w.accounts_store, w.audit, w.tx, w.clock, false};
  AccountService b{w.accounts_store, w.audit, w.tx, w.clock, false};
  const auto token = start_session(alice);
  ASSERT_TRUE(a.resume(token));
  ASSERT_TRUE(b.resume(token));
  b.sign_out(token);
  EXPECT_FALSE(a.resume(token));
}

TEST_F(AccountsServiceTest, LanguageChangedOnOneInstanceIsSeenByTheOtherAtOnce) {
  AccountService a{w.accounts_store, w.audit, w.tx, w.clock, false};
  AccountService b{w.accounts_store, w.audit, w.tx, w.clock, false};
  const auto token = start_session(alice);
  ASSERT_EQ(a.resume(token)->user.language, "da");
  ASSERT_TRUE(b.set_language(alice, "en"));
  EXPECT_EQ(a.resume(token)->user.language, "en");
}

// ---- API tokens -----------------------------------------------------------------------------------------

TEST_F(AccountsServiceTest, ApiTokenWorksUntilItsLastSecondAndNotAfter) {
  const auto issued = w.accounts.create_api_token(alice, "Power BI", 1);
  ASSERT_TRUE(issued) << issued.error().code;
  EXPECT_EQ(issued->expires_at, w.clock.now() + 24 * 3600);
  w.clock.set(issued->expires_at - 1);
  const auto user = w.accounts.user_for_api_token(issued->token);
  ASSERT_TRUE(user);
  EXPECT_EQ(user->id, alice);
  w.clock.set(issued->expires_at);
  EXPECT_FALSE(w.accounts.user_for_api_token(issued->token));
  // Expired tokens stay listed (their owner sees why the integration stopped); revoked ones do not.
  EXPECT_EQ(w.accounts.api_tokens(alice).size(), 1u);
}

TEST_F(AccountsServiceTest, ApiTokenLifetimeIsOneDayToOneYear) {
  EXPECT_EQ(w.accounts.create_api_token(alice, "x", 0).error().code, "token_days_invalid");
  EXPECT_EQ(w.accounts.create_api_token(alice, "x", kMaxTokenDays + 1).error().code, "token_days_invalid");
  EXPECT_TRUE(w.accounts.create_api_token(alice, "x", kMaxTokenDays));
  EXPECT_EQ(w.accounts.create_api_token(alice, "", 30).error().code, "token_name_required");
  EXPECT_EQ(w.accounts.api_tokens(alice).size(), 1u);  // only the valid one was stored
}

TEST_F(AccountsServiceTest, RevokedTokenStopsWorkingAndRevokingAgainIsAuditedOnce) {
  const auto issued = w.accounts.create_api_token(alice, "Power BI", 90);
  ASSERT_TRUE(issued);
  w.clock.advance(kMinute);
  ASSERT_TRUE(w.accounts.revoke_api_token(alice, issued->id, alice));
  EXPECT_FALSE(w.accounts.user_for_api_token(issued->token));
  EXPECT_EQ(w.accounts_store.token(issued->id)->revoked_at, w.clock.now());
  EXPECT_TRUE(w.accounts.revoke_api_token(alice, issued->id, alice));  // a repeated DELETE succeeds
  EXPECT_EQ(w.audit.count("api_token.revoked"), 1);
  EXPECT_TRUE(w.accounts.api_tokens(alice).empty());
}

TEST_F(AccountsServiceTest, AnotherPersonsTokenCannotBeRevokedAndLooksMissing) {
  const auto bob = w.add_user("bob@example.dk", "Bob Berg");
  const auto issued = w.accounts.create_api_token(alice, "Power BI", 90);
  ASSERT_TRUE(issued);
  const auto refused = w.accounts.revoke_api_token(bob, issued->id, bob);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::not_found);
  EXPECT_EQ(w.accounts.revoke_api_token(bob, 999, bob).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(w.accounts.user_for_api_token(issued->token));
}

TEST_F(AccountsServiceTest, TokenUseIsRecordedAtMostOnceAMinute) {
  const auto issued = w.accounts.create_api_token(alice, "Power BI", 90);
  ASSERT_TRUE(issued);
  const auto first_use = w.clock.now();
  ASSERT_TRUE(w.accounts.user_for_api_token(issued->token));
  EXPECT_EQ(w.accounts_store.token(issued->id)->last_used_at, first_use);
  w.clock.advance(59);
  ASSERT_TRUE(w.accounts.user_for_api_token(issued->token));
  EXPECT_EQ(w.accounts_store.token(issued->id)->last_used_at, first_use);
  w.clock.advance(1);
  ASSERT_TRUE(w.accounts.user_for_api_token(issued->token));
  EXPECT_EQ(w.accounts_store.token(issued->id)->last_used_at, first_use + 60);
}

TEST_F(AccountsServiceTest, TokenIsNotStoredWhenItsAuditWriteFails) {
  w.audit.fail_on("api_token.created");
  EXPECT_THROW(w.accounts.create_api_token(alice, "Power BI", 90), FakeStoreError);
  EXPECT_TRUE(w.accounts.api_tokens(alice).empty());
}

// ---- Accounts and passwords -----------------------------------------------------------------------------

TEST_F(AccountsServiceTest, EmailAddressIsTakenWhateverItsCase) {
  const auto again = w.accounts.create_user("ALICE@example.dk", "Alice Again", kPassword, "da", std::nullopt);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "email_taken");
  EXPECT_EQ(w.audit.count("user.created"), 0);
}

TEST_F(AccountsServiceTest, ChangingThePasswordEndsOtherSessionsAndRevokesEveryToken) {
  const auto current = start_session(alice);
  const auto elsewhere = start_session(alice);
  const auto issued = w.accounts.create_api_token(alice, "Power BI", 90);
  ASSERT_TRUE(issued);
  const auto changed =
      w.accounts.change_password(alice, current, kPassword, "et helt nyt og langt kodeord", kAddress);
  ASSERT_TRUE(changed) << changed.error().code;
  EXPECT_TRUE(w.accounts.resume(current));
  EXPECT_FALSE(w.accounts.resume(elsewhere));
  EXPECT_FALSE(w.accounts.user_for_api_token(issued->token));
  const auto logged = w.audit.with_action("user.password_changed");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].entry.detail, "other sessions ended: 1, API tokens revoked: 1");
  EXPECT_TRUE(verify_password("et helt nyt og langt kodeord", *w.accounts_store.password_hash(alice)));
}

TEST_F(AccountsServiceTest, WrongCurrentPasswordChangesNothingAndCountsAsAFailedLogin) {
  const auto current = start_session(alice);
  const auto elsewhere = start_session(alice);
  const auto refused =
      w.accounts.change_password(alice, current, "not the password at all", "et helt nyt kodeord", kAddress);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "wrong_current_password");
  EXPECT_TRUE(w.accounts.resume(elsewhere));
  EXPECT_EQ(*w.accounts_store.password_hash(alice), password_hash_of_kPassword());
  // The same throttle as sign-in: a stolen session does not give faster guesses.
  spaced_failures("alice@example.dk", kAddress, LoginThrottle::kPairMaxFailures - 1);
  const auto locked = pass_check("alice@example.dk", kAddress);
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, "login_throttled");
}

}  // namespace
}  // namespace forkant::test
