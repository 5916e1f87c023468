#pragma once
// One PostgreSQL connection (libpq's PGconn) behind the SQL seam (storage/sql/database.hpp), and its
// statements. Every query is sent as a named server-side prepared statement, parsed and planned once
// per connection per SQL text (the stores' queries are a small fixed set of literals), with the
// parameters and results in text format. Only this folder, storage/open.cpp (describe_url) and the tests
// see this file; the stores see storage/sql/database.hpp.
//
// Bytes: the stores bind a hash (BYTEA here, BLOB in SQLite) as a string of raw bytes. A parameter the
// server inferred to be BYTEA is therefore sent in binary format (the bytes as they are: the text format
// would have to be valid UTF-8 and would read backslashes as escapes), and a BYTEA column reads back as
// its raw bytes.
//
// Errors: every failure is a forkant::DatabaseError carrying the server's message and SQLSTATE (never a
// bound value: they may be passwords' hashes, tokens or personal data). A connection whose socket broke
// reports broken(); the pool (database.hpp) then throws it away instead of reusing it.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/database_error.hpp"
#include "storage/fault_injector.hpp"
#include "storage/postgresql/placeholders.hpp"
#include "storage/sql/database.hpp"

struct pg_conn;
struct pg_result;

namespace forkant::postgresql {

// A DatabaseError that also names the SQLSTATE the server gave (empty when the failure was not the
// server's: a lost connection, an injected fault), so that a caller can tell a serialization failure
// (40001) from the rest.
class Error : public DatabaseError {
 public:
  Error(const std::string& what, std::string sqlstate)
      : DatabaseError(what), sqlstate_(std::move(sqlstate)) {}
  const std::string& sqlstate() const { return sqlstate_; }

 private:
  std::string sqlstate_;
};

// What a URL points at, without its password: host, port, database and user. The only form of a URL
// that may appear in a message or a log line.
std::string describe_url(const std::string& url);

class Connection;

class Statement final : public sql::Statement {
 public:
  Statement(Connection& owner, std::string_view sql);
  ~Statement() override;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  using sql::Statement::bind;
  sql::Statement& bind(int index, std::nullptr_t) override;
  sql::Statement& bind(int index, std::int64_t v) override;
  sql::Statement& bind(int index, double v) override;
  sql::Statement& bind(int index, std::string_view v) override;

  // The first call sends the statement and fetches its whole result; each call moves to the next row.
  bool step() override;
  void reset() override;

  bool is_null(int col) const override;
  // Integers as they are; booleans (`x IS NOT NULL`) 't'/'f' as 1/0; a whole numeric (SUM) as its value.
  std::int64_t int64(int col) const override;
  // A BYTEA column (a hash, where SQLite has a BLOB) as its raw bytes, as SQLite gives them.
  std::string text(int col) const override;
  // Known once step() has run (the statement is sent then), even when it found no row.
  int column_count() const override;
  std::string column_name(int col) const override;

 private:
  void set(int index, std::optional<std::string> value, unsigned type);
  void check_row(int col) const;

  Connection& owner_;
  const RewrittenSql& sql_;  // with $N placeholders; owned by the connection's cache
  // One per placeholder; a parameter never bound is sent as NULL, as SQLite does.
  std::vector<std::optional<std::string>> values_;
  std::vector<unsigned> types_;  // Oids; 0 lets the server infer the type from where the value goes
  pg_result* result_ = nullptr;
  int row_ = -1;
};

class Connection final : public sql::Connection {
 public:
  // Connects to `url` (postgresql://user:password@host:port/database?options). Throws DatabaseError,
  // naming the server by describe_url(). `faults`: tests only (storage/fault_injector.hpp).
  explicit Connection(const std::string& url, FaultInjector* faults = nullptr);
  ~Connection() override;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs a script (several statements, no parameters: migrations, transaction control) in one round trip.
  void exec_script(const std::string& sql) override;
  // COMMIT, and a check that it did commit (throws Error otherwise).
  void commit();
  // `SELECT lastval()`: the value the last nextval() on this connection gave, i.e. the id of the row the
  // last INSERT into a table with an identity (or serial) column created.
  std::int64_t last_insert_id() override;
  int changes() const override { return changes_; }
  // False when idle, and false in a failed transaction too: after an error PostgreSQL refuses every
  // statement until ROLLBACK, so whatever ran in the transaction is lost.
  bool in_transaction() const override;
  sql::Dialect dialect() const override { return sql::Dialect::postgresql; }

  // The socket is gone (the server restarted, or ended this session): the connection is useless.
  bool broken() const;
  // Outside any transaction, failed or not (the pool hands out only idle connections).
  bool idle() const;
  // Its prepared statements no longer match the schema (0A000): the pool closes it rather than reuse it.
  bool stale() const { return stale_; }
  // A statement of the current transaction failed with a serialization failure (40001) or a deadlock
  // (40P01), or on a prepared statement the schema changed under (0A000, after another instance
  // migrated): the transaction is lost, but running it again may succeed. Cleared by clear_retryable().
  bool hit_retryable_failure() const { return retryable_failure_; }
  void clear_retryable() { retryable_failure_ = false; }
  // Turns fault injection on or off for this connection (off while the pool sets a connection up).
  void set_faults(FaultInjector* faults) { faults_ = faults; }

 protected:
  std::unique_ptr<sql::Statement> statement(std::string_view sql) override;

 private:
  friend class Statement;
  // `sql` with $N placeholders, rewritten once per connection per SQL text.
  const RewrittenSql& rewritten(std::string_view sql);
  // A statement prepared on the server: its name, and per parameter whether it is sent as raw bytes.
  struct Prepared {
    std::string name;
    std::vector<int> formats;  // 1 (binary) for a BYTEA parameter, 0 (text) for the rest
  };
  // Prepares `sql` for these parameter types once, and returns it.
  const Prepared& prepared(const std::string& sql, const std::vector<unsigned>& types);
  // Returns a successful result (the caller frees it); throws Error for any other (and frees it).
  pg_result* check(pg_result* result, std::string_view what);
  void ask_faults(std::string_view what) const;
  // Sets changes() from a statement that inserted, updated or deleted rows.
  void note_changes(pg_result* result);

  pg_conn* conn_ = nullptr;
  FaultInjector* faults_ = nullptr;
  int changes_ = 0;
  bool retryable_failure_ = false;
  bool stale_ = false;
  std::map<std::string, RewrittenSql, std::less<>> rewritten_;
  // (SQL text, parameter types) -> the prepared statement's name. A query bound once with an integer and
  // once with NULL in the same place is two prepared statements: the types are fixed at PREPARE.
  std::map<std::pair<std::string, std::vector<unsigned>>, Prepared> prepared_;
};

}  // namespace forkant::postgresql
