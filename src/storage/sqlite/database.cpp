#include "storage/sqlite/database.hpp"

#include <sqlite3.h>

#include <string>

namespace forkant::sqlite {
namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  throw DatabaseError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql, FaultInjector* faults) : db_(db), faults_(faults) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
    fail(db, "prepare");
  }
}

Statement::Statement(sqlite3* db, sqlite3_stmt* cached, Connection& owner, FaultInjector* faults)
    : db_(db), stmt_(cached), owner_(&owner), faults_(faults) {}

Statement::~Statement() {
  if (!owner_) {
    sqlite3_finalize(stmt_);
    return;
  }
  // Reset ends any read the statement holds open; the bindings must not leak into the next use.
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  owner_->give_back(stmt_);
}

Statement& Statement::bind(int index, std::nullptr_t) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, "bind");
  return *this;
}
Statement& Statement::bind(int index, std::int64_t v) {
  if (sqlite3_bind_int64(stmt_, index, v) != SQLITE_OK) fail(db_, "bind");
  return *this;
}
Statement& Statement::bind(int index, double v) {
  if (sqlite3_bind_double(stmt_, index, v) != SQLITE_OK) fail(db_, "bind");
  return *this;
}
Statement& Statement::bind(int index, std::string_view v) {
  if (sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
    fail(db_, "bind");
  }
  return *this;
}

bool Statement::step() {
  if (faults_ && faults_->should_fail()) throw DatabaseError("step: injected fault");
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(db_, "step");
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int col) const {
  return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}
std::int64_t Statement::int64(int col) const {
  return sqlite3_column_int64(stmt_, col);
}
std::string Statement::text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}
std::optional<std::string> Statement::opt_text(int col) const {
  if (is_null(col)) return std::nullopt;
  return text(col);
}
std::optional<std::int64_t> Statement::opt_int64(int col) const {
  if (is_null(col)) return std::nullopt;
  return int64(col);
}

Connection::Connection(const std::string& path, bool readonly, FaultInjector* faults) {
  // Readers open read-write but with query_only: a SQLITE_OPEN_READONLY handle cannot create the WAL
  // index it needs when it happens to be the first to open the file.
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    const std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw DatabaseError("open " + path + ": " + msg);
  }
  sqlite3_busy_timeout(db_, 5000);
  exec_script("PRAGMA foreign_keys=ON;");
  if (readonly) {
    exec_script("PRAGMA query_only=ON;");
  } else {
    // WAL: readers never block the writer. FULL: fsync at every commit, so an acknowledged write
    // survives power loss, not just a process crash (README, "Durability").
    exec_script("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
  }
  faults_ = faults;  // set after the pragmas: opening a connection is none of the caller's statements
}

Connection::~Connection() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

std::unique_ptr<Statement> Connection::statement(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it == cache_.end()) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK) {
      fail(db_, "prepare");
    }
    it = cache_.emplace(std::string(sql), stmt).first;
  } else if (in_use_.contains(it->second)) {
    return std::make_unique<Statement>(db_, sql, faults_);
  }
  in_use_.insert(it->second);
  return std::make_unique<Statement>(db_, it->second, *this, faults_);
}

void Connection::exec_script(const std::string& sql) {
  if (faults_ && faults_->should_fail()) throw DatabaseError("exec: injected fault");
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    const std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw DatabaseError("exec: " + msg);
  }
}

std::int64_t Connection::last_insert_id() const {
  return sqlite3_last_insert_rowid(db_);
}
int Connection::changes() const {
  return sqlite3_changes(db_);
}

Database::Database(std::string path, int readers, FaultInjector* faults)
    : path_(std::move(path)), faults_(faults) {
  writer_ = std::make_unique<Connection>(path_, false, faults_);
  for (int i = 0; i < readers; ++i) {
    idle_readers_.push_back(std::make_unique<Connection>(path_, true, faults_));
  }
}

Database::~Database() = default;

namespace {
// The write transaction this thread is inside, if any: nested write() and read() calls join it, so a
// service can make several store calls one atomic unit and read what it just wrote. `tls_doomed`: a
// nested call threw; whatever the caller did with the exception, the unit must not commit half done.
thread_local Database* tls_owner = nullptr;
thread_local Connection* tls_writer = nullptr;
thread_local bool tls_doomed = false;

void join(Connection& writer, const std::function<void(Connection&)>& fn) {
  try {
    fn(writer);
  } catch (...) {
    tls_doomed = true;
    throw;
  }
}

}  // namespace

void Database::write(const std::function<void(Connection&)>& fn) {
  if (tls_owner == this) return join(*tls_writer, fn);
  std::lock_guard lock(write_mutex_);
  writer_->exec_script("BEGIN IMMEDIATE");
  tls_owner = this;
  tls_writer = writer_.get();
  tls_doomed = false;
  struct Leave {
    ~Leave() { tls_owner = nullptr, tls_writer = nullptr, tls_doomed = false; }
  } leave;
  try {
    fn(*writer_);
    if (tls_doomed) throw DatabaseError("a store call inside this transaction failed: rolled back");
    writer_->exec_script("COMMIT");
  } catch (...) {
    try {
      writer_->exec_script("ROLLBACK");
    } catch (...) {  // the original error is the one worth reporting
    }
    throw;
  }
}

void Database::read(const std::function<void(Connection&)>& fn) {
  if (tls_owner == this) return join(*tls_writer, fn);
  std::unique_ptr<Connection> conn;
  {
    std::lock_guard lock(readers_mutex_);
    if (!idle_readers_.empty()) {
      conn = std::move(idle_readers_.back());
      idle_readers_.pop_back();
    }
  }
  if (!conn) conn = std::make_unique<Connection>(path_, true, faults_);  // burst beyond the pool
  struct Return {
    Database* db;
    std::unique_ptr<Connection>& c;
    ~Return() {
      std::lock_guard lock(db->readers_mutex_);
      db->idle_readers_.push_back(std::move(c));
    }
  } give_back{this, conn};
  conn->exec_script("BEGIN");
  try {
    fn(*conn);
    conn->exec_script("COMMIT");
  } catch (...) {
    try {
      conn->exec_script("ROLLBACK");
    } catch (...) {
    }
    throw;
  }
}

bool Database::ping() {
  try {
    bool ok = false;
    read([&](Connection& c) { ok = c.prepare("SELECT 1")->step(); });
    return ok;
  } catch (const DatabaseError&) {
    return false;
  }
}

}  // namespace forkant::sqlite
