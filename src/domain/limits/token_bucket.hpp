#pragma once
// The rule behind the limits on expensive actions (exports, reports, imports, link creation, searches):
// a token bucket. A limit of `count` per `window_seconds` allows `count` at once and then refills
// continuously, one action every window_seconds / count. A refusal says when the next action will be
// allowed (the Retry-After of a 429), in whole seconds, at least 1.
//
// Times are milliseconds passed in (the caller reads its clock), so the rule is tested with explicit
// times. No I/O, no locking: the caller (web/rate_limiter) keeps the buckets and serialises access.

#include <cstdint>

namespace forkant {

struct RateLimit {
  int count = 0;                    // actions per window; 0 or less: no limit
  std::int64_t window_seconds = 0;  // the window the count refills over
};

struct TokenBucket {
  double tokens = 0;
  std::int64_t at_ms = 0;  // when `tokens` was last brought up to date
  bool started = false;    // a new bucket starts full
};

// Whether one action fits now, and if not in how many seconds it will.
struct BucketAnswer {
  bool allowed = true;
  std::int64_t retry_after_seconds = 0;  // > 0 when refused
};

// Brings the bucket up to `now_ms` and answers whether one action fits, without taking it.
BucketAnswer bucket_check(TokenBucket& bucket, const RateLimit& limit, std::int64_t now_ms);
// Takes one action from the bucket (after bucket_check allowed it).
void bucket_take(TokenBucket& bucket, const RateLimit& limit, std::int64_t now_ms);
// Whether the bucket has refilled completely by `now_ms` (it may then be forgotten).
bool bucket_full(const TokenBucket& bucket, const RateLimit& limit, std::int64_t now_ms);

}  // namespace forkant
