#pragma once
// Login throttling: after 10 failed attempts for one account or from one address within 15 minutes,
// further attempts are refused until the oldest failure leaves the window. Kept in memory: forkant is
// one process, and a restart forgetting the counts is an acceptable gift to an attacker of one window.
// Thread-safe.

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace forkant {

class LoginThrottle {
 public:
  static constexpr int kMaxFailures = 10;
  static constexpr std::int64_t kWindowSeconds = 15 * 60;

  // Seconds until another attempt is allowed for this key, or nullopt when it is allowed now.
  std::optional<std::int64_t> retry_after(const std::string& key, std::int64_t now);
  void record_failure(const std::string& key, std::int64_t now);
  void clear(const std::string& key);

 private:
  void expire(std::deque<std::int64_t>& q, std::int64_t now);
  std::mutex mutex_;
  std::map<std::string, std::deque<std::int64_t>> failures_;
};

}  // namespace forkant
