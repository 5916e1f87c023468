// Sessions kept in memory once resumed (services/session_cache.hpp) end exactly as stored ones do: at the
// idle limit and at the absolute limit to the second, at sign-out, and at a password change made
// elsewhere; a language change shows on the next request; a read that raced a sign-out is never kept.
// Each test resumes the session first, so that what is asserted is answered from the kept entry.

#include <gtest/gtest.h>

#include "domain/accounts/session_policy.hpp"
#include "services/session_cache.hpp"
#include "world.hpp"

namespace forkant::test {
namespace {

constexpr const char* kAddress = "192.0.2.10";
constexpr std::int64_t kMinute = 60;

class KeptSessions : public ::testing::Test {
 protected:
  World w;
  std::int64_t alice = w.add_user("alice@example.dk", "Alice Andersen", password_hash_of_kPassword());

  // A session as sign_in stores it, resumed once, so that it is kept.
  std::string kept_session() {
    const std::string token = random_token();
    w.accounts_store.insert_session(token_hash(token), alice, "csrf", w.clock.now());
    EXPECT_TRUE(w.accounts.resume(token));
    return token;
  }
};

TEST_F(KeptSessions, TheKeptEntryAnswersWithoutReadingTheStore) {
  const auto token = kept_session();
  // Removing the stored person is no feature of forkant; here it shows that the kept entry answered.
  w.accounts_store.forget_user(alice);
  const auto signed_in = w.accounts.resume(token);
  ASSERT_TRUE(signed_in);
  EXPECT_EQ(signed_in->user.id, alice);
  EXPECT_EQ(signed_in->csrf_token, "csrf");
}

TEST_F(KeptSessions, OneSecondBeforeTheIdleLimitSignedInAtTheLimitSignedOut) {
  const auto token = kept_session();
  const auto seen = w.clock.now();
  w.clock.set(seen + kSessionIdleSeconds - 1);
  ASSERT_TRUE(w.accounts.resume(token)) << "one second before the idle limit";
  const auto again = w.clock.now();  // that request restarted the idle window (and was written)
  EXPECT_EQ(w.accounts_store.find_session(token_hash(token))->last_seen_at, again);
  w.clock.set(again + kSessionIdleSeconds);
  EXPECT_FALSE(w.accounts.resume(token)) << "at the idle limit";
  EXPECT_FALSE(w.accounts_store.find_session(token_hash(token))) << "deleted, not only refused";
  w.clock.set(again);
  EXPECT_FALSE(w.accounts.resume(token)) << "moving the clock back brings nothing back";
}

TEST_F(KeptSessions, TheIdleLimitCountsFromTheLastRecordedActivity) {
  const auto token = kept_session();
  const auto seen = w.clock.now();
  w.clock.advance(59);
  ASSERT_TRUE(w.accounts.resume(token));  // within the minute: not recorded, as for a stored row
  EXPECT_EQ(w.accounts_store.find_session(token_hash(token))->last_seen_at, seen);
  w.clock.set(seen + kSessionIdleSeconds);
  EXPECT_FALSE(w.accounts.resume(token));
}

TEST_F(KeptSessions, OneSecondBeforeTheAbsoluteLimitSignedInAtTheLimitSignedOut) {
  const auto started = w.clock.now();
  const auto token = kept_session();
  while (w.clock.now() + 20 * kMinute < started + kSessionAbsoluteSeconds) {
    w.clock.advance(20 * kMinute);
    ASSERT_TRUE(w.accounts.resume(token));
  }
  w.clock.set(started + kSessionAbsoluteSeconds - 1);
  ASSERT_TRUE(w.accounts.resume(token)) << "one second before the absolute limit";
  w.clock.set(started + kSessionAbsoluteSeconds);
  EXPECT_FALSE(w.accounts.resume(token)) << "at the absolute limit, though active a second ago";
}

TEST_F(KeptSessions, SignOutEndsAKeptSessionAtOnce) {
  const auto token = kept_session();
  w.accounts.sign_out(token);
  EXPECT_FALSE(w.accounts.resume(token));
}

TEST_F(KeptSessions, APasswordChangeEndsTheOtherKeptSessionsAtOnce) {
  const auto current = kept_session();
  const auto elsewhere = kept_session();
  const auto changed =
      w.accounts.change_password(alice, current, kPassword, "et helt nyt og langt kodeord", kAddress);
  ASSERT_TRUE(changed) << changed.error().code;
  EXPECT_FALSE(w.accounts.resume(elsewhere));
  EXPECT_TRUE(w.accounts.resume(current)) << "the session that changed it goes on";
}

TEST_F(KeptSessions, ALanguageChangeShowsOnTheNextRequest) {
  const auto token = kept_session();
  ASSERT_EQ(w.accounts.resume(token)->user.language, "da");
  ASSERT_TRUE(w.accounts.set_language(alice, "en"));
  EXPECT_EQ(w.accounts.resume(token)->user.language, "en");
}

TEST_F(KeptSessions, AReadThatRacedASignOutIsNotKept) {
  SessionCache cache;
  const SessionCache::Entry entry{{alice, "csrf", 0, 0}, {alice, "alice@example.dk", "Alice", "da"}};
  const auto generation = cache.generation();  // a resume starts reading the stored row...
  cache.forget("another session");             // ...a sign-out commits meanwhile...
  cache.keep("h", entry, generation);          // ...and what the resume read may be stale
  EXPECT_FALSE(cache.find("h"));
  cache.keep("h", entry, cache.generation());
  EXPECT_TRUE(cache.find("h"));
  cache.forget_user(alice, "h");
  EXPECT_TRUE(cache.find("h")) << "the session that is kept on";
  cache.forget_user(alice);
  EXPECT_FALSE(cache.find("h"));
}

}  // namespace
}  // namespace forkant::test
