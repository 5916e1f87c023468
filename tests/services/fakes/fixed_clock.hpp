#pragma once
// A clock that stands still until a test moves it: every time rule (session expiry, throttle windows,
// token and invitation lifetimes, "today" of the decision register) is tested at exact instants.

#include <cstdint>

#include "services/clock.hpp"

namespace forkant::test {

// 2026-03-02 09:00:00 UTC, a Monday: far from midnight so that "today" does not flip by accident.
inline constexpr std::int64_t kStartOfTests = 1772442000;

class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::int64_t now = kStartOfTests) : now_(now) {}
  std::int64_t now() const override { return now_; }
  void set(std::int64_t now) { now_ = now; }
  void advance(std::int64_t seconds) { now_ += seconds; }
  void advance_days(int days) { now_ += static_cast<std::int64_t>(days) * 24 * 3600; }

 private:
  std::int64_t now_;
};

}  // namespace forkant::test
