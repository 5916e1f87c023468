#include "domain/limits/token_bucket.hpp"

#include <algorithm>
#include <cmath>

namespace forkant {
namespace {

bool unlimited(const RateLimit& limit) {
  return limit.count <= 0 || limit.window_seconds <= 0;
}

// Milliseconds to refill one token.
double ms_per_token(const RateLimit& limit) {
  return static_cast<double>(limit.window_seconds) * 1000.0 / static_cast<double>(limit.count);
}

void refill(TokenBucket& bucket, const RateLimit& limit, std::int64_t now_ms) {
  if (!bucket.started) {
    bucket = {static_cast<double>(limit.count), now_ms, true};
    return;
  }
  // A clock that steps back refills nothing (and never drains).
  const auto elapsed = static_cast<double>(std::max<std::int64_t>(0, now_ms - bucket.at_ms));
  bucket.tokens = std::min(static_cast<double>(limit.count), bucket.tokens + elapsed / ms_per_token(limit));
  bucket.at_ms = std::max(bucket.at_ms, now_ms);
}

}  // namespace

BucketAnswer bucket_check(TokenBucket& bucket, const RateLimit& limit, std::int64_t now_ms) {
  if (unlimited(limit)) return {};
  refill(bucket, limit, now_ms);
  if (bucket.tokens >= 1.0) return {};
  const double wait_ms = (1.0 - bucket.tokens) * ms_per_token(limit);
  return {false, std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(wait_ms / 1000.0)))};
}

void bucket_take(TokenBucket& bucket, const RateLimit& limit, std::int64_t now_ms) {
  if (unlimited(limit)) return;
  refill(bucket, limit, now_ms);
  bucket.tokens = std::max(0.0, bucket.tokens - 1.0);
}

bool bucket_full(const TokenBucket& bucket, const RateLimit& limit, std::int64_t now_ms) {
  if (unlimited(limit) || !bucket.started) return true;
  const auto elapsed = static_cast<double>(std::max<std::int64_t>(0, now_ms - bucket.at_ms));
  return bucket.tokens + elapsed / ms_per_token(limit) >= static_cast<double>(limit.count);
}

}  // namespace forkant
