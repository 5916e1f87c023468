#pragma once
// A thin, safe layer over the sqlite3 C API: prepared statements with bound parameters only (there is no
// way to run SQL built from input), one writer connection serialised by a mutex, and a small pool of
// reader connections. WAL mode lets readers run beside the writer; synchronous=FULL makes every
// acknowledged commit durable (README, "Durability"). Only the SQLite backend (src/storage/sqlite/)
// sees this file; everything else uses the store interfaces and the Transactor.

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

struct sqlite3;
struct sqlite3_stmt;

namespace forkant::sqlite {

// The backend-neutral error (storage/database_error.hpp), under the name this backend has always used.
using DatabaseError = forkant::DatabaseError;

class Connection;

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql, FaultInjector* faults);
  // Borrows a statement from its connection's cache; the destructor resets it and gives it back.
  Statement(sqlite3* db, sqlite3_stmt* cached, Connection& owner, FaultInjector* faults);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::nullptr_t);
  Statement& bind(int index, std::int64_t v);
  Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, double v);
  Statement& bind(int index, std::string_view v);
  Statement& bind(int index, const std::string& v) { return bind(index, std::string_view(v)); }
  Statement& bind(int index, const char* v) { return bind(index, std::string_view(v)); }
  template <typename T>
  Statement& bind(int index, const std::optional<T>& v) {
    return v ? bind(index, *v) : bind(index, nullptr);
  }

  // Advances to the next row; false when done.
  bool step();
  void run() {
    while (step()) {
    }
  }
  void reset();

  bool is_null(int col) const;
  std::int64_t int64(int col) const;
  int int32(int col) const { return static_cast<int>(int64(col)); }
  std::string text(int col) const;
  std::optional<std::string> opt_text(int col) const;
  std::optional<std::int64_t> opt_int64(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Connection* owner_ = nullptr;  // set when borrowed from the cache
  FaultInjector* faults_ = nullptr;
};

class Connection {
 public:
  // `faults`: tests only (storage/fault_injector.hpp); null in production.
  Connection(const std::string& path, bool readonly, FaultInjector* faults = nullptr);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Binds each argument in order to ?1, ?2, ...
  template <typename... Args>
  std::unique_ptr<Statement> prepare(std::string_view sql, const Args&... args) {
    auto st = statement(sql);
    int i = 1;
    (st->bind(i++, args), ...);
    return st;
  }
  template <typename... Args>
  void exec(std::string_view sql, const Args&... args) {
    prepare(sql, args...)->run();
  }
  // For schema scripts only (migrations shipped with the binary, never input).
  void exec_script(const std::string& sql);
  std::int64_t last_insert_id() const;
  int changes() const;
  // False once SQLite itself has ended the transaction (it rolls back on its own after some errors, such as
  // a full disk): whatever ran in it is gone, and what runs next would no longer be inside it.
  bool in_transaction() const;

 private:
  friend class Statement;
  // Every query is a string literal in our code, so their number is small and fixed: each is compiled
  // once per connection and reused (SQLite's parser was the top cost of a write). A statement already
  // in use (a query run inside the loop over the same query) gets a fresh, uncached one.
  std::unique_ptr<Statement> statement(std::string_view sql);
  void give_back(sqlite3_stmt* stmt) { in_use_.erase(stmt); }

  sqlite3* db_ = nullptr;
  FaultInjector* faults_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  std::unordered_set<sqlite3_stmt*> in_use_;
};

class Database {
 public:
  // Opens (creating if needed) the database file and applies the pragmas. Does not migrate.
  // `faults`: tests only (storage/fault_injector.hpp); it must outlive the database.
  explicit Database(std::string path, int readers = 4, FaultInjector* faults = nullptr);
  ~Database();

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
  void write(const std::function<void(Connection&)>& fn);
  // Runs `fn` on a reader connection (a consistent snapshot for the duration of a transaction); inside
  // a write() on the same thread, on the writer's connection, so that it sees what was just written.
  void read(const std::function<void(Connection&)>& fn);

  // True when the database answers a trivial query.
  bool ping();

  // What group commit did so far (services/transactor.hpp).
  CommitStats commit_stats();
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
  std::unique_ptr<Connection> writer_;
  std::mutex readers_mutex_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;
};

}  // namespace forkant::sqlite
