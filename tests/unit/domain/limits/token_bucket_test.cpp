// The rule behind the limits on expensive actions (ASVS 11.1.3/11.1.4): a burst of `count`, then one
// action per window / count, and a refusal that says when to come back.
#include "domain/limits/token_bucket.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

constexpr RateLimit kThreePerHour{3, 3600};  // one token per 1,200 s

// Takes one action when it fits; the answer either way.
BucketAnswer act(TokenBucket& bucket, const RateLimit& limit, std::int64_t now_ms) {
  const auto answer = bucket_check(bucket, limit, now_ms);
  if (answer.allowed) bucket_take(bucket, limit, now_ms);
  return answer;
}

TEST(TokenBucket, AllowsTheBurstThenRefusesWithTheSecondsUntilTheNextToken) {
  TokenBucket bucket;
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(act(bucket, kThreePerHour, 1000).allowed) << i;
  const auto refused = act(bucket, kThreePerHour, 1000);
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after_seconds, 1200);
  // 200 s later, 1,000 s remain; a refusal does not take anything.
  EXPECT_EQ(act(bucket, kThreePerHour, 201'000).retry_after_seconds, 1000);
  EXPECT_EQ(act(bucket, kThreePerHour, 201'000).retry_after_seconds, 1000);
}

TEST(TokenBucket, RefillsOneTokenPerWindowOverCountAndNoMoreThanTheBurst) {
  TokenBucket bucket;
  for (int i = 0; i < 3; ++i) act(bucket, kThreePerHour, 0);
  EXPECT_FALSE(act(bucket, kThreePerHour, 1'199'999).allowed) << "one millisecond short";
  EXPECT_TRUE(act(bucket, kThreePerHour, 1'200'000).allowed) << "exactly one token later";
  EXPECT_FALSE(act(bucket, kThreePerHour, 1'200'000).allowed);
  // A day of rest gives back the burst, not 72 actions.
  const std::int64_t day = 86'400'000;
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(act(bucket, kThreePerHour, day).allowed) << i;
  EXPECT_FALSE(act(bucket, kThreePerHour, day).allowed);
}

TEST(TokenBucket, ARetryAfterIsAtLeastOneSecondAndRoundsUp) {
  TokenBucket bucket;
  const RateLimit ten_per_second{10, 1};  // a token every 100 ms
  for (int i = 0; i < 10; ++i) act(bucket, ten_per_second, 0);
  EXPECT_EQ(act(bucket, ten_per_second, 50).retry_after_seconds, 1) << "50 ms left is one second";
  const RateLimit one_per_90s{1, 90};
  TokenBucket slow;
  act(slow, one_per_90s, 0);
  EXPECT_EQ(act(slow, one_per_90s, 500).retry_after_seconds, 90) << "89.5 s rounds up";
}

TEST(TokenBucket, AClockThatStepsBackNeitherRefillsNorBreaks) {
  TokenBucket bucket;
  for (int i = 0; i < 3; ++i) act(bucket, kThreePerHour, 5'000'000);
  EXPECT_FALSE(act(bucket, kThreePerHour, 0).allowed);
  EXPECT_FALSE(act(bucket, kThreePerHour, 5'000'000).allowed);
  EXPECT_TRUE(act(bucket, kThreePerHour, 6'200'000).allowed);
}

TEST(TokenBucket, NoLimitAllowsEverything) {
  TokenBucket bucket;
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(act(bucket, RateLimit{0, 3600}, 0).allowed);
}

TEST(TokenBucket, IsFullAgainOnceTheWholeBurstHasRefilled) {
  TokenBucket bucket;
  EXPECT_TRUE(bucket_full(bucket, kThreePerHour, 0)) << "a bucket never used";
  act(bucket, kThreePerHour, 0);
  act(bucket, kThreePerHour, 0);
  EXPECT_FALSE(bucket_full(bucket, kThreePerHour, 2'399'999));
  EXPECT_TRUE(bucket_full(bucket, kThreePerHour, 2'400'000));
}

}  // namespace
}  // namespace forkant
