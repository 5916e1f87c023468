#pragma once
// All-or-nothing transactions over the in-memory fakes, as SQLite's BEGIN IMMEDIATE ... COMMIT gives the
// real stores: every fake registered with `watch` is copied before the outermost `fn` and copied back if
// `fn` throws, so a test can make a write fail half-way and check that nothing of it stayed. Nested
// calls join the outer transaction (as Database::write does). Single-threaded, like the tests.

#include <functional>
#include <stdexcept>
#include <utility>
#include <vector>

#include "services/audit.hpp"

namespace forkant::test {

// A fake whose whole state can be saved and put back.
class FakeTable {
 public:
  virtual ~FakeTable() = default;
  // Returns a function that restores the state as it is now.
  virtual std::function<void()> snapshot() = 0;

 protected:
  template <typename State>
  static std::function<void()> snapshot_of(State& state) {
    return [&state, saved = state]() mutable { state = std::move(saved); };
  }
};

// What a fake throws when a test asked it to fail, or when SQLite would refuse the write (a constraint).
struct FakeStoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class FakeTransactor final : public Transactor {
 public:
  void watch(FakeTable& table) { tables_.push_back(&table); }

  void transaction(const std::function<void()>& fn) override {
    if (depth_ > 0) return fn();
    std::vector<std::function<void()>> restore;
    for (auto* t : tables_) restore.push_back(t->snapshot());
    ++depth_;
    try {
      fn();
      if (retry_next_) {
        // As PostgreSQL after a serialization failure at COMMIT: all of it undone, then run again.
        retry_next_ = false;
        for (auto& r : restore) r();
        restore.clear();
        if (between_) {
          // What another transaction committed before the retry: its own unit, not part of this one.
          const auto between = std::exchange(between_, {});
          depth_ = 0;
          between();
          depth_ = 1;
        }
        for (auto* t : tables_) restore.push_back(t->snapshot());
        fn();
      }
    } catch (...) {
      --depth_;
      for (auto& r : restore) r();
      ++rolled_back_;
      throw;
    }
    --depth_;
    ++committed_;
  }

  // The next outermost transaction runs `fn`, is rolled back and runs `fn` again: a backend may do so
  // (Database::write; PostgreSQL retries a serialization failure), and `fn` must give the same result.
  // `between` runs after the rollback, before the second run: the other transaction whose commit caused
  // the failure, so the second run may see another state than the first.
  void retry_next(std::function<void()> between = {}) {
    retry_next_ = true;
    between_ = std::move(between);
  }

  // In memory, always reachable.
  bool ready() override { return true; }
  // One commit per transaction: the fake never batches.
  CommitStats commit_stats() override {
    const auto n = static_cast<std::uint64_t>(committed_ + rolled_back_);
    return {n, n, n > 0 ? 1U : 0U};
  }

  bool in_transaction() const { return depth_ > 0; }
  int committed() const { return committed_; }
  int rolled_back() const { return rolled_back_; }

 private:
  std::vector<FakeTable*> tables_;
  int depth_ = 0;
  bool retry_next_ = false;
  std::function<void()> between_;
  int committed_ = 0;
  int rolled_back_ = 0;
};

}  // namespace forkant::test
