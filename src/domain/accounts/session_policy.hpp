#pragma once
// When a signed-in session ends (OWASP ASVS 3.3.2, level 2): after 30 minutes without a request, or 12
// hours after sign-in, whichever comes first. Times are Unix seconds, passed in so tests fix the clock.

#include <cstdint>

namespace forkant {

inline constexpr std::int64_t kSessionIdleSeconds = 30 * 60;
inline constexpr std::int64_t kSessionAbsoluteSeconds = 12 * 60 * 60;

inline bool session_alive(std::int64_t created_at, std::int64_t last_seen_at, std::int64_t now) {
  return now - last_seen_at < kSessionIdleSeconds && now - created_at < kSessionAbsoluteSeconds;
}

}  // namespace forkant
