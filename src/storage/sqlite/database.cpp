#include "storage/sqlite/database.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "storage/sqlite/danish_tokenizer.hpp"

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

sql::Statement& Statement::bind(int index, std::nullptr_t) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, "bind");
  return *this;
}
sql::Statement& Statement::bind(int index, std::int64_t v) {
  if (sqlite3_bind_int64(stmt_, index, v) != SQLITE_OK) fail(db_, "bind");
  return *this;
}
sql::Statement& Statement::bind(int index, double v) {
  if (sqlite3_bind_double(stmt_, index, v) != SQLITE_OK) fail(db_, "bind");
  return *this;
}
sql::Statement& Statement::bind(int index, std::string_view v) {
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

int Statement::column_count() const {
  return sqlite3_column_count(stmt_);
}
std::string Statement::column_name(int col) const {
  const char* name = sqlite3_column_name(stmt_, col);
  return name ? name : "";
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
  try {
    register_danish_tokenizer(db_);  // before any statement: the library's index is declared with it
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
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

std::unique_ptr<sql::Statement> Connection::statement(std::string_view sql) {
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

std::int64_t Connection::last_insert_id() {
  return sqlite3_last_insert_rowid(db_);
}
int Connection::changes() const {
  return sqlite3_changes(db_);
}
bool Connection::in_transaction() const {
  return sqlite3_get_autocommit(db_) == 0;
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

void join(Connection& writer, const std::function<void(sql::Connection&)>& fn) {
  try {
    fn(writer);
  } catch (...) {
    tls_doomed = true;
    throw;
  }
}

}  // namespace

// One write() waiting in the queue; it lives on its caller's stack until its batch is done.
struct Database::PendingWrite {
  const std::function<void(sql::Connection&)>* fn;
  std::chrono::steady_clock::time_point called;  // for the durable-write latency (GET /metrics)
  std::exception_ptr error;
  bool done = false;
  std::condition_variable wake;
};

namespace {
// A batch holds at most this many writes, so that one batch's wait stays short even under a flood.
constexpr std::size_t kMaxBatch = 64;

// Sets the thread's transaction markers while a batch runs and clears them whatever happens.
struct InTransaction {
  InTransaction(Database* db, Connection* writer) {
    tls_owner = db;
    tls_writer = writer;
    tls_doomed = false;
  }
  ~InTransaction() { tls_owner = nullptr, tls_writer = nullptr, tls_doomed = false; }
  InTransaction(const InTransaction&) = delete;
  InTransaction& operator=(const InTransaction&) = delete;
};

void rollback_quietly(Connection& c) {
  try {
    if (c.in_transaction()) c.exec_script("ROLLBACK");
  } catch (...) {  // the original error is the one worth reporting
  }
}

}  // namespace

void Database::write(const std::function<void(sql::Connection&)>& fn) {
  if (tls_owner == this) return join(*tls_writer, fn);
  PendingWrite me{&fn, std::chrono::steady_clock::now()};
  std::unique_lock lock(queue_mutex_);
  queue_.push_back(&me);
  me.wake.wait(lock, [&] { return me.done || queue_.front() == &me; });
  if (!me.done) {
    // This write leads: everything queued behind it so far goes into its batch.
    const std::size_t n = std::min(queue_.size(), kMaxBatch);
    const std::vector<PendingWrite*> batch(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(n));
    running_ = n;
    lock.unlock();
    run_batch(batch);
    const auto acknowledged = std::chrono::steady_clock::now();
    lock.lock();
    running_ = 0;
    ++stats_.batches;
    stats_.writes += n;
    stats_.largest = std::max<std::uint64_t>(stats_.largest, n);
    metrics_.batch_writes.observe(static_cast<double>(n));
    for (auto* w : batch) {
      if (!w->error) {
        metrics_.write_seconds.observe(std::chrono::duration<double>(acknowledged - w->called).count());
      }
      queue_.pop_front();
      w->done = true;
      // Notified under the lock: a waiter can only return (and take its PendingWrite off its stack)
      // after this thread let go of the lock.
      if (w != &me) w->wake.notify_one();
    }
    if (!queue_.empty()) queue_.front()->wake.notify_one();  // the next batch's leader
  }
  lock.unlock();
  if (me.error) std::rethrow_exception(me.error);
}

void Database::run_batch(const std::vector<PendingWrite*>& batch) {
  if (batch.size() == 1) return run_alone(*batch.front());
  run_together(batch);
}

// A batch of one is a plain transaction, statement for statement what it was before group commit.
void Database::run_alone(PendingWrite& w) {
  try {
    writer_->exec_script("BEGIN IMMEDIATE");
  } catch (...) {
    w.error = std::current_exception();
    return;
  }
  InTransaction marker(this, writer_.get());
  try {
    (*w.fn)(*writer_);
    if (tls_doomed) throw DatabaseError("a store call inside this transaction failed: rolled back");
    writer_->exec_script("COMMIT");
  } catch (...) {
    w.error = std::current_exception();
    rollback_quietly(*writer_);
  }
}

void Database::run_together(const std::vector<PendingWrite*>& batch) {
  try {
    writer_->exec_script("BEGIN IMMEDIATE");
  } catch (...) {
    for (auto* w : batch) w->error = std::current_exception();
    return;
  }
  InTransaction marker(this, writer_.get());
  std::exception_ptr lost;  // set when the batch as a whole cannot commit
  for (auto* w : batch) {
    tls_doomed = false;
    try {
      writer_->exec_script("SAVEPOINT batch_write");
    } catch (...) {
      lost = std::current_exception();
      break;
    }
    try {
      (*w->fn)(*writer_);
      if (tls_doomed) throw DatabaseError("a store call inside this transaction failed: rolled back");
      writer_->exec_script("RELEASE batch_write");
    } catch (...) {
      w->error = std::current_exception();
      try {
        // SQLite may have rolled back the whole transaction by itself (e.g. a full disk): then the
        // writes before this one are gone too, and the batch cannot commit.
        if (!writer_->in_transaction()) throw DatabaseError("the batch's transaction was rolled back");
        writer_->exec_script("ROLLBACK TO batch_write");
        writer_->exec_script("RELEASE batch_write");
      } catch (...) {
        lost = std::current_exception();
        break;
      }
    }
  }
  if (!lost) {
    try {
      writer_->exec_script("COMMIT");
      return;
    } catch (...) {
      lost = std::current_exception();
    }
  }
  rollback_quietly(*writer_);
  // Nothing of the batch was committed: every write in it fails, with its own error if it had one.
  for (auto* w : batch) {
    if (!w->error) w->error = lost;
  }
}

CommitStats Database::commit_stats() {
  std::lock_guard lock(queue_mutex_);
  return stats_;
}

WriteMetrics Database::write_metrics() {
  std::lock_guard lock(queue_mutex_);
  return metrics_;
}

std::size_t Database::queued_writes() {
  std::lock_guard lock(queue_mutex_);
  return queue_.size() - running_;
}

void Database::read(const std::function<void(sql::Connection&)>& fn) {
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
    read([&](sql::Connection& c) { ok = c.prepare("SELECT 1")->step(); });
    return ok;
  } catch (const DatabaseError&) {
    return false;
  }
}

}  // namespace forkant::sqlite
