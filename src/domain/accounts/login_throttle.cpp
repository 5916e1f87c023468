#include "domain/accounts/login_throttle.hpp"

namespace forkant {

void LoginThrottle::expire(std::deque<std::int64_t>& q, std::int64_t now) {
  while (!q.empty() && q.front() <= now - kWindowSeconds) q.pop_front();
}

std::optional<std::int64_t> LoginThrottle::retry_after(const std::string& key, std::int64_t now) {
  std::lock_guard lock(mutex_);
  auto it = failures_.find(key);
  if (it == failures_.end()) return std::nullopt;
  expire(it->second, now);
  if (static_cast<int>(it->second.size()) < kMaxFailures) return std::nullopt;
  return it->second.front() + kWindowSeconds - now;
}

void LoginThrottle::record_failure(const std::string& key, std::int64_t now) {
  std::lock_guard lock(mutex_);
  auto& q = failures_[key];
  expire(q, now);
  q.push_back(now);
  // Bound memory under a spray of distinct keys: forget keys whose failures all expired.
  if (failures_.size() > 100000) {
    for (auto i = failures_.begin(); i != failures_.end();) {
      expire(i->second, now);
      i = i->second.empty() ? failures_.erase(i) : std::next(i);
    }
  }
}

void LoginThrottle::clear(const std::string& key) {
  std::lock_guard lock(mutex_);
  failures_.erase(key);
}

}  // namespace forkant
