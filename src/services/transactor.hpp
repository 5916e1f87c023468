#pragma once
// The unit of atomicity services ask for: several store calls that commit together or not at all.

#include <cstdint>
#include <functional>

namespace forkant {

// What a backend's group commit did since it opened (the log line at shutdown, bench/, tests).
struct CommitStats {
  std::uint64_t writes = 0;   // outermost transactions run, committed or rolled back
  std::uint64_t batches = 0;  // commits they took: one BEGIN ... COMMIT, one fsync, per batch
  std::uint64_t largest = 0;  // the most transactions one batch held
};

// Groups several store calls into one atomic transaction (one per submitted form).
//
// The rule, which every backend keeps (tests/storage checks it statement by statement):
//  - Every store call made inside `fn`, on the calling thread, joins this transaction; reads see the
//    transaction's own writes.
//  - A transaction() inside another one joins the outer one (it is not a savepoint): nothing commits
//    until the outermost transaction() returns.
//  - When anything inside throws, the whole transaction rolls back and the exception propagates. A store
//    call that failed inside dooms the transaction even if `fn` catches its exception: the outermost
//    transaction() then rolls back and throws, so a partial unit is never committed.
//  - A store call made outside any transaction() is a transaction of its own.
//  - transaction() returns only once its unit is durable. Concurrent units may share one commit (group
//    commit); each still commits or fails on its own. `fn` may run more than once (end of this file).
class Transactor {
 public:
  virtual ~Transactor() = default;
  virtual void transaction(const std::function<void()>& fn) = 0;
  // True when the database answers (GET /readyz); never throws.
  virtual bool ready() = 0;
  virtual CommitStats commit_stats() = 0;
};

}  // namespace forkant

// The last rule of transaction() (the list above Transactor):
//  - `fn` may run more than once: PostgreSQL runs units SERIALIZABLE and, after a serialization failure
//    or deadlock, rolls the unit back and runs `fn` again. So each run must start from nothing — assign
//    every outside variable it sets at its start — and do nothing outside the database (caches, logs,
//    mail): that belongs after transaction() returned.
