// Login throttling with explicit times: a hard limit of 10 failures in 15 minutes per (account, address),
// and a slowing per account from any address (after 5 failures: 5 s, doubling, at most 60 s) that never
// becomes a lock.
#include "domain/accounts/login_throttle.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

constexpr std::int64_t kT0 = 1'800'000'000;
constexpr std::int64_t kWindow = 15 * 60;
const std::string kAccount = "account:a@example.dk";
const std::string kHere = "10.0.0.1";
const std::string kThere = "10.0.0.2";

TEST(LoginThrottle, FourFailuresLeaveTheAccountUnslowed) {
  LoginThrottle t;
  for (int i = 0; i < 4; ++i) t.record_failure(kAccount, kHere, kT0);
  EXPECT_FALSE(t.retry_after(kAccount, kHere, kT0));
  EXPECT_FALSE(t.retry_after(kAccount, kThere, kT0));
}

TEST(LoginThrottle, TheAccountDelayStartsAtFiveSecondsDoublesAndStopsAtSixty) {
  EXPECT_EQ(LoginThrottle::account_delay(0), 0);
  EXPECT_EQ(LoginThrottle::account_delay(4), 0);
  EXPECT_EQ(LoginThrottle::account_delay(5), 5);
  EXPECT_EQ(LoginThrottle::account_delay(6), 10);
  EXPECT_EQ(LoginThrottle::account_delay(7), 20);
  EXPECT_EQ(LoginThrottle::account_delay(8), 40);
  EXPECT_EQ(LoginThrottle::account_delay(9), 60);
  EXPECT_EQ(LoginThrottle::account_delay(500), 60) << "capped, and no overflow for large counts";
}

TEST(LoginThrottle, AfterFiveFailuresTheNextAttemptFromAnyAddressWaitsAfterTheLatestFailure) {
  LoginThrottle t;
  for (int i = 0; i < 5; ++i) t.record_failure(kAccount, kHere, kT0 + i);  // the last at +4
  const auto wait = t.retry_after(kAccount, kThere, kT0 + 6);
  ASSERT_TRUE(wait) << "the slowing is per account, whatever the address";
  EXPECT_EQ(*wait, 3) << "5 s after the failure at +4";
  EXPECT_TRUE(t.retry_after(kAccount, kHere, kT0 + 8));
  EXPECT_FALSE(t.retry_after(kAccount, kThere, kT0 + 9)) << "once the delay has passed, one attempt";
  t.record_failure(kAccount, kThere, kT0 + 9);
  EXPECT_EQ(t.retry_after(kAccount, kHere, kT0 + 9), 10) << "the next delay is twice as long";
}

TEST(LoginThrottle, TheOwnerNeverWaitsMoreThanAMinuteHoweverManyFailuresOthersCause) {
  LoginThrottle t;
  std::int64_t now = kT0;
  // An attacker spread over many addresses fails as fast as the slowing allows, for two hours.
  for (int i = 0; i < 200; ++i) {
    const std::string address = "192.0.2." + std::to_string(i % 250);
    if (auto w = t.retry_after(kAccount, address, now)) now += *w;
    ASSERT_FALSE(t.retry_after(kAccount, address, now));
    t.record_failure(kAccount, address, now);
    const auto owner_wait = t.retry_after(kAccount, "198.51.100.7", now);
    ASSERT_TRUE(!owner_wait || *owner_wait <= LoginThrottle::kMaxDelaySeconds) << "failure " << i;
  }
  EXPECT_GT(now - kT0, 2 * 3600) << "200 guesses took the attacker over two hours";
}

TEST(LoginThrottle, TenFailuresOfOnePairLockThatPairUntilTheOldestLeavesTheWindow) {
  LoginThrottle t;
  for (int i = 0; i < 10; ++i) t.record_failure(kAccount, kHere, kT0 + i * 60);  // the last at +9 min
  const auto now = kT0 + 10 * 60;
  const auto wait = t.retry_after(kAccount, kHere, now);
  ASSERT_TRUE(wait);
  EXPECT_EQ(*wait, kT0 + kWindow - now) << "five minutes: the first failure leaves the window then";
  EXPECT_TRUE(t.retry_after(kAccount, kHere, kT0 + kWindow - 1));
  EXPECT_FALSE(t.retry_after(kAccount, kHere, kT0 + kWindow)) << "the oldest failure has expired";
  // Another address only feels the account's slowing: at most a minute after the latest failure.
  EXPECT_FALSE(t.retry_after(kAccount, kThere, now));
  EXPECT_FALSE(t.retry_after(kAccount, kThere, kT0 + 9 * 60 + LoginThrottle::kMaxDelaySeconds));
}

TEST(LoginThrottle, TheTenthFailureOfAPairAndTheFifthOfAnAccountAreReportedOnce) {
  LoginThrottle t;
  int slowed = 0, locked = 0;
  for (int i = 0; i < 12; ++i) {
    const auto out = t.record_failure(kAccount, kHere, kT0 + i * 70);
    slowed += out.account_slowed;
    locked += out.pair_locked;
    EXPECT_EQ(out.account_slowed, i == 4) << "failure " << i;
    EXPECT_EQ(out.pair_locked, i == 9) << "failure " << i;
  }
  EXPECT_EQ(slowed, 1);
  EXPECT_EQ(locked, 1);
}

TEST(LoginThrottle, OneAddressFailingForManyAccountsLocksNoOtherAccount) {
  LoginThrottle t;  // a proxy or NAT: everyone shares the address
  for (int a = 0; a < 20; ++a) {
    for (int i = 0; i < 4; ++i) t.record_failure("account:" + std::to_string(a), kHere, kT0);
  }
  EXPECT_FALSE(t.retry_after("account:colleague", kHere, kT0 + 1));
  EXPECT_FALSE(t.retry_after("account:0", kHere, kT0 + 1));
}

TEST(LoginThrottle, FailuresSpreadOverMoreThanFifteenMinutesNeverBlock) {
  LoginThrottle t;
  for (int i = 0; i < 30; ++i) {
    t.record_failure(kAccount, kHere, kT0 + i * 250);  // 4 per 15 minutes
    EXPECT_FALSE(t.retry_after(kAccount, kHere, kT0 + i * 250)) << "failure " << i;
  }
}

TEST(LoginThrottle, SuccessForgetsThePairButNotTheAccountsFailures) {
  LoginThrottle t;
  for (int i = 0; i < 10; ++i) t.record_failure(kAccount, kHere, kT0);
  t.record_success(kAccount, kHere);
  const auto wait = t.retry_after(kAccount, kHere, kT0 + 1);
  ASSERT_TRUE(wait) << "the account is still slowed";
  EXPECT_LE(*wait, LoginThrottle::kMaxDelaySeconds);
  EXPECT_FALSE(t.retry_after(kAccount, kHere, kT0 + LoginThrottle::kMaxDelaySeconds));
}

TEST(LoginThrottle, TheWaitIsAlwaysPositiveAndAtMostTheWindow) {
  LoginThrottle t;
  for (int i = 0; i < 10; ++i) t.record_failure(kAccount, kHere, kT0 + 5);
  for (std::int64_t now : {kT0 + 5, kT0 + 100, kT0 + kWindow + 4}) {
    const auto wait = t.retry_after(kAccount, kHere, now);
    ASSERT_TRUE(wait) << now;
    EXPECT_GT(*wait, 0);
    EXPECT_LE(*wait, kWindow);
  }
}

}  // namespace
}  // namespace forkant
