#pragma once
// A real backend's transactor that runs the next outermost transaction's body twice, the first run
// rolled back (the body and then a throw), as PostgreSQL's Database::write does after a serialization
// failure. `between` runs after the rollback, before the second run: the other transaction whose commit
// made the first fail, so the second run may see another state than the first.

#include <functional>
#include <utility>

#include "services/transactor.hpp"

namespace forkant::test {

class RetryingTransactor final : public Transactor {
 public:
  explicit RetryingTransactor(Transactor& inner) : inner_(inner) {}

  void retry_next(std::function<void()> between = {}) {
    armed_ = true;
    between_ = std::move(between);
  }

  void transaction(const std::function<void()>& fn) override {
    if (!armed_ || depth_ > 0) return run(fn);
    armed_ = false;
    struct FirstRunUndone {};
    try {
      run([&] {
        fn();
        throw FirstRunUndone{};
      });
    } catch (const FirstRunUndone&) {
    }
    if (between_) std::exchange(between_, {})();
    run(fn);
  }

  bool ready() override { return inner_.ready(); }
  CommitStats commit_stats() override { return inner_.commit_stats(); }

 private:
  // Nested calls join the outer transaction through the inner transactor, as the services nest them.
  void run(const std::function<void()>& fn) {
    ++depth_;
    try {
      inner_.transaction(fn);
    } catch (...) {
      --depth_;
      throw;
    }
    --depth_;
  }

  Transactor& inner_;
  bool armed_ = false;
  std::function<void()> between_;
  int depth_ = 0;
};

}  // namespace forkant::test
