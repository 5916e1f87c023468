#include "domain/accounts/login_throttle.hpp"

#include <algorithm>

namespace forkant {
namespace {

std::string pair_key(const std::string& account, const std::string& address) {
  return account + '\n' + address;  // neither contains a newline where it matters: a key, not text
}

}  // namespace

void LoginThrottle::expire(Times& q, std::int64_t now) {
  while (!q.empty() && q.front() <= now - kWindowSeconds) q.pop_front();
}

std::int64_t LoginThrottle::account_delay(int failures) {
  if (failures < kAccountFreeFailures) return 0;
  const int doublings = std::min(failures - kAccountFreeFailures, 8);
  return std::min(kMaxDelaySeconds, kFirstDelaySeconds << doublings);
}

std::optional<std::int64_t> LoginThrottle::retry_after(const std::string& account, const std::string& address,
                                                       std::int64_t now) {
  std::lock_guard lock(mutex_);
  std::int64_t wait = 0;
  if (auto it = pairs_.find(pair_key(account, address)); it != pairs_.end()) {
    expire(it->second, now);
    if (static_cast<int>(it->second.size()) >= kPairMaxFailures)
      wait = std::max(wait, it->second.front() + kWindowSeconds - now);
  }
  if (auto it = accounts_.find(account); it != accounts_.end()) {
    expire(it->second, now);
    if (!it->second.empty()) {
      const auto delay = account_delay(static_cast<int>(it->second.size()));
      wait = std::max(wait, it->second.back() + delay - now);
    }
  }
  if (wait <= 0) return std::nullopt;
  return wait;
}

LoginThrottle::Outcome LoginThrottle::record_failure(const std::string& account, const std::string& address,
                                                     std::int64_t now) {
  std::lock_guard lock(mutex_);
  Outcome out;
  auto& pair = pairs_[pair_key(account, address)];
  expire(pair, now);
  pair.push_back(now);
  out.pair_locked = static_cast<int>(pair.size()) == kPairMaxFailures;
  auto& acc = accounts_[account];
  expire(acc, now);
  acc.push_back(now);
  out.account_slowed = static_cast<int>(acc.size()) == kAccountFreeFailures;
  bound_memory(pairs_, now);
  bound_memory(accounts_, now);
  return out;
}

void LoginThrottle::record_success(const std::string& account, const std::string& address) {
  std::lock_guard lock(mutex_);
  pairs_.erase(pair_key(account, address));
}

// Bound memory under a spray of distinct keys: forget keys whose failures all expired.
void LoginThrottle::bound_memory(std::map<std::string, Times>& m, std::int64_t now) {
  if (m.size() <= 100000) return;
  for (auto i = m.begin(); i != m.end();) {
    expire(i->second, now);
    i = i->second.empty() ? m.erase(i) : std::next(i);
  }
}

}  // namespace forkant
