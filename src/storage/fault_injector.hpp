#pragma once
// Test-only fault injection, in the spirit of SQLite's own fault-injection tests and leveldb's ErrorEnv:
// makes the n-th statement a backend runs fail as a real failure would (DatabaseError), so that a test
// can check that every write path leaves the database exactly as it was. A backend opened without one
// (production) pays a single null-pointer check per statement.

#include <atomic>

namespace forkant {

class FaultInjector {
 public:
  // Makes the n-th statement from now fail (1-based), once; 0 disarms.
  void fail_at(int n) {
    fired_ = false;
    countdown_ = n;
  }
  void disarm() { fail_at(0); }
  // Whether the armed failure happened (the operation ran at least n statements).
  bool fired() const { return fired_; }

  // Called by the backend before every statement (BEGIN and COMMIT included); true: fail this one.
  bool should_fail() {
    if (countdown_.load() <= 0) return false;
    if (--countdown_ != 0) return false;
    fired_ = true;
    return true;
  }

 private:
  std::atomic<int> countdown_{0};
  std::atomic<bool> fired_{false};
};

}  // namespace forkant
