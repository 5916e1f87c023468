#pragma once
// The SQL seam (storage/sql/database.hpp) over the sqlite3 C API: prepared statements with bound
// parameters only, one writer connection with group commit, and a small pool of
// reader connections. WAL mode lets readers run beside the writer; synchronous=FULL makes every
// acknowledged commit durable (README, "Durability"). Only open_sqlite.cpp and the tests see this file;
// the stores see storage/sql/database.hpp.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "services/transactor.hpp"
#include "storage/database_error.hpp"
#include "storage/fault_injector.hpp"
#include "storage/sql/database.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace forkant::sqlite {

// The backend-neutral error (storage/database_error.hpp), under the name this backend has always used.
using DatabaseError = forkant::DatabaseError;

class Connection;

class Statement final : public sql::Statement {
 public:
  Statement(sqlite3* db, std::string_view sql, FaultInjector* faults);
  // Borrows a statement from its connection's cache; the destructor resets it and gives it back.
  Statement(sqlite3* db, sqlite3_stmt* cached, Connection& owner, FaultInjector* faults);
  ~Statement() override;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  using sql::Statement::bind;
  sql::Statement& bind(int index, std::nullptr_t) override;
  sql::Statement& bind(int index, std::int64_t v) override;
  sql::Statement& bind(int index, double v) override;
  sql::Statement& bind(int index, std::string_view v) override;

  bool step() override;
  void reset() override;

  bool is_null(int col) const override;
  std::int64_t int64(int col) const override;
  std::string text(int col) const override;
  int column_count() const override;
  std::string column_name(int col) const override;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Connection* owner_ = nullptr;  // set when borrowed from the cache
  FaultInjector* faults_ = nullptr;
};

class Connection final : public sql::Connection {
 public:
  // `faults`: tests only (storage/fault_injector.hpp); null in production.
  Connection(const std::string& path, bool readonly, FaultInjector* faults = nullptr);
  ~Connection() override;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void exec_script(const std::string& sql) override;
  std::int64_t last_insert_id() override;
  int changes() const override;
  // False once SQLite itself has ended the transaction (it rolls back on its own after some errors, such as
  // a full disk): whatever ran in it is gone, and what runs next would no longer be inside it.
  bool in_transaction() const override;
  sql::Dialect dialect() const override { return sql::Dialect::sqlite; }

 protected:
  std::unique_ptr<sql::Statement> statement(std::string_view sql) override;

 private:
  friend class Statement;
  // Every query is a string literal in our code, so their number is small and fixed: each is compiled
  // once per connection and reused (SQLite's parser was the top cost of a write). A statement already
  // in use (a query run inside the loop over the same query) gets a fresh, uncached one.
  void give_back(sqlite3_stmt* stmt) { in_use_.erase(stmt); }

  sqlite3* db_ = nullptr;
  FaultInjector* faults_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  std::unordered_set<sqlite3_stmt*> in_use_;
};

class Database final : public sql::Database {
 public:
  // Opens (creating if needed) the database file and applies the pragmas. Does not migrate.
  // `faults`: tests only (storage/fault_injector.hpp); it must outlive the database.
  explicit Database(std::string path, int readers = 4, FaultInjector* faults = nullptr);
  ~Database() override;

  const std::string& path() const { return path_; }

  // Runs `fn` as one transaction on the single writer connection and returns once it is committed; if it
  // throws, nothing of it is kept and the exception propagates. Called inside a write() on the same
  // thread, it joins that transaction instead (Transactor's rule, services/transactor.hpp): it runs on the
  // same connection, commits with the outer write, and if it throws, the outer write rolls back even when
  // the exception was caught in between.
  //
  // Group commit: writes that arrive while the writer is busy queue up, and the next one to run takes the
  // whole queue as one batch — one BEGIN IMMEDIATE ... COMMIT, so one fsync, each write inside a savepoint
  // of its own. A write that throws is rolled back to its savepoint alone and gets its own exception; the
  // others commit. Every write in a batch returns only after the batch's COMMIT returned (so nothing is
  // acknowledged before it is durable); a failed COMMIT fails them all. Nobody waits for a batch to fill:
  // a write that finds the writer idle runs at once, alone. The queued writes run on the thread that leads
  // the batch, one after the other, as they would have run under a mutex.
  void write(const std::function<void(sql::Connection&)>& fn) override;
  // Runs `fn` on a reader connection (a consistent snapshot for the duration of a transaction); inside
  // a write() on the same thread, on the writer's connection, so that it sees what was just written.
  void read(const std::function<void(sql::Connection&)>& fn) override;

  // True when the database answers a trivial query.
  bool ping() override;

  // What group commit did so far (services/transactor.hpp).
  CommitStats commit_stats() override;
  WriteMetrics write_metrics() override;
  sql::Dialect dialect() const override { return sql::Dialect::sqlite; }
  // Tests only: how many writes are waiting for the writer (the batch being run is not counted).
  std::size_t queued_writes();

 private:
  struct PendingWrite;
  void run_batch(const std::vector<PendingWrite*>& batch);
  void run_alone(PendingWrite& w);
  void run_together(const std::vector<PendingWrite*>& batch);

  std::string path_;
  FaultInjector* faults_ = nullptr;
  // Guards the queue of writes and the stats; the writer connection belongs to the batch at the queue's
  // head, whose leader alone touches it.
  std::mutex queue_mutex_;
  std::deque<PendingWrite*> queue_;
  std::size_t running_ = 0;  // writes at the queue's head that the leader is running now
  CommitStats stats_;
  WriteMetrics metrics_;
  std::unique_ptr<Connection> writer_;
  std::mutex readers_mutex_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;
};

}  // namespace forkant::sqlite
