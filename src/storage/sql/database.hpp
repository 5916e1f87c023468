#pragma once
// The SQL seam every store is written against (src/storage/sql/*_store.cpp), implemented once per
// backend: SQLite (storage/sqlite/) and PostgreSQL (storage/postgresql/). Prepared statements with bound
// parameters only — there is no way to run SQL built from input. A query is written once, with `?` or
// `?N` placeholders, in the SQL both databases share; the few places where they differ ask dialect().

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "services/metrics.hpp"
#include "services/transactor.hpp"
#include "storage/database_error.hpp"

namespace forkant::sql {

enum class Dialect { sqlite, postgresql };

class Statement {
 public:
  virtual ~Statement() = default;
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  virtual Statement& bind(int index, std::nullptr_t) = 0;
  virtual Statement& bind(int index, std::int64_t v) = 0;
  virtual Statement& bind(int index, double v) = 0;
  virtual Statement& bind(int index, std::string_view v) = 0;
  Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, const std::string& v) { return bind(index, std::string_view(v)); }
  Statement& bind(int index, const char* v) { return bind(index, std::string_view(v)); }
  template <typename T>
  Statement& bind(int index, const std::optional<T>& v) {
    return v ? bind(index, *v) : bind(index, nullptr);
  }

  // Advances to the next row; false when done.
  virtual bool step() = 0;
  void run() {
    while (step()) {
    }
  }
  // Ready to run again with new bindings.
  virtual void reset() = 0;

  virtual bool is_null(int col) const = 0;
  // A boolean expression (`x IS NOT NULL`) reads as 1 or 0 on both backends.
  virtual std::int64_t int64(int col) const = 0;
  int int32(int col) const { return static_cast<int>(int64(col)); }
  virtual std::string text(int col) const = 0;
  // The result's shape, for code that copies whole tables (forkant copy) rather than reading one query.
  virtual int column_count() const = 0;
  virtual std::string column_name(int col) const = 0;
  std::optional<std::string> opt_text(int col) const {
    if (is_null(col)) return std::nullopt;
    return text(col);
  }
  std::optional<std::int64_t> opt_int64(int col) const {
    if (is_null(col)) return std::nullopt;
    return int64(col);
  }
};

class Connection {
 public:
  virtual ~Connection() = default;
  Connection() = default;
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
  // For schema scripts and transaction control only (SQL shipped with the binary, never input).
  virtual void exec_script(const std::string& sql) = 0;
  // The id the last INSERT on this connection gave its row.
  virtual std::int64_t last_insert_id() = 0;
  // Rows the last INSERT, UPDATE or DELETE on this connection changed.
  virtual int changes() const = 0;
  // False once the database itself has ended the transaction (SQLite rolls back on its own after some
  // errors; PostgreSQL refuses everything after an error until ROLLBACK).
  virtual bool in_transaction() const = 0;
  virtual Dialect dialect() const = 0;

 protected:
  virtual std::unique_ptr<Statement> statement(std::string_view sql) = 0;
};

class Database {
 public:
  virtual ~Database() = default;

  // Runs `fn` as one transaction and returns once it is committed (durable); if it throws, nothing of it
  // is kept and the exception propagates. Called inside a write() on the same thread, it joins that
  // transaction instead (Transactor's rule, services/transactor.hpp). A backend may run `fn` more than
  // once (PostgreSQL, after a serialization failure): all it may change outside the database is the
  // caller's own variables.
  virtual void write(const std::function<void(Connection&)>& fn) = 0;
  // Runs `fn` on a consistent snapshot; inside a write() on the same thread, on the writer's
  // connection, so that it sees what was just written.
  virtual void read(const std::function<void(Connection&)>& fn) = 0;
  // True when the database answers a trivial query; never throws.
  virtual bool ping() = 0;
  virtual CommitStats commit_stats() = 0;
  // The write path's latency and batch-size histograms (GET /metrics).
  virtual WriteMetrics write_metrics() = 0;
  virtual Dialect dialect() const = 0;
};

}  // namespace forkant::sql
