// When a signed-in session ends (OWASP ASVS 3.3.2): 30 minutes idle, or 12 hours after sign-in.
#include "domain/accounts/session_policy.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kSignIn = 1'800'000'000;  // any fixed instant

TEST(SessionPolicy, ASessionIdleFor29MinutesIsAlive) {
  EXPECT_TRUE(session_alive(kSignIn, kSignIn, kSignIn + 29 * kMinute));
}

TEST(SessionPolicy, ASessionIdleFor31MinutesIsDead) {
  EXPECT_FALSE(session_alive(kSignIn, kSignIn, kSignIn + 31 * kMinute));
}

TEST(SessionPolicy, IdleTimeEndsExactlyAtThirtyMinutes) {
  EXPECT_TRUE(session_alive(kSignIn, kSignIn, kSignIn + 30 * kMinute - 1));
  EXPECT_FALSE(session_alive(kSignIn, kSignIn, kSignIn + 30 * kMinute));
}

TEST(SessionPolicy, ActivityKeepsASessionAliveUpTo12Hours) {
  const std::int64_t now = kSignIn + 11 * kHour + 59 * kMinute;
  EXPECT_TRUE(session_alive(kSignIn, now - 5 * kMinute, now));
}

TEST(SessionPolicy, ASessionActiveFor12HoursAnd1MinuteIsDead) {
  const std::int64_t now = kSignIn + 12 * kHour + kMinute;
  EXPECT_FALSE(session_alive(kSignIn, now - kMinute, now)) << "active a minute ago, but too old";
  EXPECT_FALSE(session_alive(kSignIn, now, now));
}

}  // namespace
}  // namespace forkant
