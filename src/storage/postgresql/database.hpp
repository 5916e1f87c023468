#pragma once
// The SQL seam (storage/sql/database.hpp) over a pool of PostgreSQL connections (connection.hpp).
//
// Why SERIALIZABLE: SQLite runs one writer at a time, so every write transaction sees the database as if
// it were alone. Here many writes run at once — from the threads of one instance and from every
// instance on the same database — and each write runs at ISOLATION LEVEL SERIALIZABLE: PostgreSQL
// guarantees that the transactions that commit have the effect of some one-at-a-time order, and fails
// (SQLSTATE 40001, or 40P01 for a deadlock) any that would break that. Such a write is rolled back and
// run again from the start, so N instances on one database are as correct as one SQLite writer, with
// nothing to coordinate between them but the database. The store code needs no locking of its own.
//
// Durability: a write returns once its COMMIT returned, and only a server with fsync=on and
// synchronous_commit on, remote_write or remote_apply makes a returned COMMIT survive a crash of the
// server (README, "Durability"). Every connection checks both settings when it opens and refuses to
// work otherwise, naming the setting: such a server would acknowledge writes it may lose.
//
// Only open_postgresql.cpp and the tests see this file; the stores see storage/sql/database.hpp.

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "services/transactor.hpp"
#include "storage/fault_injector.hpp"
#include "storage/postgresql/connection.hpp"
#include "storage/sql/database.hpp"

namespace forkant::postgresql {

// At most this many connections per instance (and per Database): enough for the worker threads of the
// server with room to spare, and few enough that several instances stay under PostgreSQL's default
// max_connections (100).
constexpr int kDefaultMaxConnections = 16;

class Database final : public sql::Database {
 public:
  // Opens one connection at once (so that a wrong URL, a refused login or an unsafe server fails here,
  // at start) and the rest when they are needed, up to `max_connections`; a caller that finds them all
  // busy waits for one. Does not migrate. `faults`: tests only (storage/fault_injector.hpp); it must
  // outlive the database.
  explicit Database(std::string url, int max_connections = kDefaultMaxConnections,
                    FaultInjector* faults = nullptr);
  ~Database() override;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs `fn` as one SERIALIZABLE transaction on a connection of the pool and returns once it is
  // committed; if it throws, nothing of it is kept and the exception propagates. Called inside a write()
  // on the same thread, it joins that transaction instead (Transactor's rule, services/transactor.hpp):
  // same connection, one commit, and a nested call that threw dooms the outer write even when the
  // exception was caught in between. When the transaction fails with a serialization failure or a
  // deadlock, the outermost write rolls back and runs `fn` again (up to 50 times, after a short random
  // pause that grows), which is why `fn` may run more than once (storage/sql/database.hpp).
  //
  // A write whose COMMIT got no answer (the connection broke) fails: it may or may not have committed,
  // and it is never acknowledged on a guess.
  void write(const std::function<void(sql::Connection&)>& fn) override;
  // Runs `fn` in a REPEATABLE READ READ ONLY transaction: one consistent snapshot for all it reads.
  // Inside a write() on the same thread, on the writer's connection, so that it sees what was just
  // written; inside a read(), on that read's connection and snapshot.
  void read(const std::function<void(sql::Connection&)>& fn) override;
  // `SELECT 1`; never throws.
  bool ping() override;
  // Writes run and commits made (one each: PostgreSQL groups the WAL flushes of concurrent commits
  // itself, so largest is 1).
  CommitStats commit_stats() override;
  WriteMetrics write_metrics() override;
  sql::Dialect dialect() const override { return sql::Dialect::postgresql; }

  // A checked connection of its own, outside the pool (migrations hold their advisory lock on one).
  std::unique_ptr<Connection> connect();
  // Tests only: connections open now, idle or in use.
  int open_connections();

 private:
  class Lease;
  std::unique_ptr<Connection> acquire();
  void release(std::unique_ptr<Connection> c);
  // Runs `fn` once as a transaction; false when it lost a race (serialization failure, deadlock) and
  // should run again. Throws on any other failure, and on a lost race when `last_attempt`.
  bool try_write(const std::function<void(sql::Connection&)>& fn, bool last_attempt);

  const std::string url_;  // may hold a password: never logged (describe_url() is)
  const int max_connections_;
  FaultInjector* faults_ = nullptr;
  std::mutex pool_mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_ = 0;  // idle and leased
  std::mutex stats_mutex_;
  CommitStats stats_;
  WriteMetrics metrics_;
};

}  // namespace forkant::postgresql
