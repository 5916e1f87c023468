// Login throttling: 10 failures for one key within 15 minutes block further attempts until the oldest
// failure leaves the window.
#include "domain/accounts/login_throttle.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

constexpr std::int64_t kT0 = 1'800'000'000;
constexpr std::int64_t kWindow = 15 * 60;

TEST(LoginThrottle, NineFailuresStillAllowAnAttempt) {
  LoginThrottle t;
  for (int i = 0; i < 9; ++i) t.record_failure("account:a", kT0 + i);
  EXPECT_FALSE(t.retry_after("account:a", kT0 + 10));
}

TEST(LoginThrottle, TenFailuresWithinFifteenMinutesBlockUntilTheOldestExpires) {
  LoginThrottle t;
  for (int i = 0; i < 10; ++i)
    t.record_failure("account:a", kT0 + i * 60);  // one a minute, the last at +9 min
  const auto now = kT0 + 10 * 60;
  const auto wait = t.retry_after("account:a", now);
  ASSERT_TRUE(wait);
  EXPECT_EQ(*wait, kT0 + kWindow - now) << "five minutes: the first failure leaves the window then";
  EXPECT_TRUE(t.retry_after("account:a", kT0 + kWindow - 1));
  EXPECT_FALSE(t.retry_after("account:a", kT0 + kWindow)) << "the oldest failure has expired";
}

TEST(LoginThrottle, FailuresSpreadOverMoreThanFifteenMinutesNeverBlock) {
  LoginThrottle t;
  for (int i = 0; i < 30; ++i) {
    t.record_failure("address:10.0.0.1", kT0 + i * 100);  // 9 per 15 minutes
    EXPECT_FALSE(t.retry_after("address:10.0.0.1", kT0 + i * 100)) << "failure " << i;
  }
}

TEST(LoginThrottle, KeysAreIndependent) {
  LoginThrottle t;
  for (int i = 0; i < 10; ++i) t.record_failure("account:a", kT0);
  EXPECT_TRUE(t.retry_after("account:a", kT0 + 1));
  EXPECT_FALSE(t.retry_after("account:b", kT0 + 1));
  EXPECT_FALSE(t.retry_after("address:127.0.0.1", kT0 + 1));
}

TEST(LoginThrottle, ClearingAKeyForgetsItsFailures) {
  LoginThrottle t;
  for (int i = 0; i < 10; ++i) t.record_failure("account:a", kT0);
  t.clear("account:a");
  EXPECT_FALSE(t.retry_after("account:a", kT0 + 1));
}

TEST(LoginThrottle, TheWaitIsAlwaysPositiveAndAtMostTheWindow) {
  LoginThrottle t;
  for (int i = 0; i < 10; ++i) t.record_failure("k", kT0 + 5);
  for (std::int64_t now : {kT0 + 5, kT0 + 100, kT0 + kWindow + 4}) {
    const auto wait = t.retry_after("k", now);
    ASSERT_TRUE(wait) << now;
    EXPECT_GT(*wait, 0);
    EXPECT_LE(*wait, kWindow);
  }
}

}  // namespace
}  // namespace forkant
