#pragma once
// A clock the generator sets by hand, so rounds created through the services carry the dates of a
// multi-year history (created, opened, answered, closed) instead of all being "now".

#include <cstdint>

#include "services/clock.hpp"

namespace forkant::bench {

class SettableClock final : public Clock {
 public:
  explicit SettableClock(std::int64_t now) : now_(now) {}
  std::int64_t now() const override { return now_; }
  void set(std::int64_t now) { now_ = now; }

 private:
  std::int64_t now_;
};

}  // namespace forkant::bench
