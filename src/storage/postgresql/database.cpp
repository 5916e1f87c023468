#include "storage/postgresql/database.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>
#include <utility>

namespace forkant::postgresql {
namespace {

// A write that keeps losing to concurrent ones gives up after this many runs and reports the last
// serialization failure: far more than contention ever causes, few enough to end a livelock.
constexpr int kMaxWriteAttempts = 50;

// The transaction this thread is inside, if any: nested write() and read() calls join it, so a service
// can make several store calls one atomic unit and read what it just wrote. `tls_doomed`: a nested call
// threw; whatever the caller did with the exception, the unit must not commit half done. A read() has
// markers of its own, so that a write() inside a read() is still a write of its own.
thread_local Database* tls_writer_db = nullptr;
thread_local Connection* tls_writer = nullptr;
thread_local bool tls_doomed = false;
thread_local Database* tls_reader_db = nullptr;
thread_local Connection* tls_reader = nullptr;

void join(Connection& c, const std::function<void(sql::Connection&)>& fn) {
  try {
    fn(c);
  } catch (...) {
    tls_doomed = true;
    throw;
  }
}

// Sets the thread's write markers for the length of one write and clears them whatever happens.
class Marker {
 public:
  Marker(Database* db, Connection* c) {
    tls_writer_db = db;
    tls_writer = c;
    tls_doomed = false;
  }
  ~Marker() { tls_writer_db = nullptr, tls_writer = nullptr, tls_doomed = false; }
  Marker(const Marker&) = delete;
  Marker& operator=(const Marker&) = delete;
};

void rollback_quietly(Connection& c) {
  try {
    if (!c.idle() && !c.broken()) c.exec_script("ROLLBACK");
  } catch (...) {  // the original error is the one worth reporting
  }
}

// A random pause of up to 2^attempt ms (at most 64 ms), so that two writes that failed each other do not
// collide again in lockstep.
void back_off(int attempt) {
  thread_local std::minstd_rand random{std::random_device{}()};
  const int ceiling = 1 << std::min(attempt, 6);
  std::this_thread::sleep_for(
      std::chrono::microseconds(std::uniform_int_distribution<int>(ceiling * 100, ceiling * 1000)(random)));
}

// forkant acknowledges a write once COMMIT returns; these settings make that moment mean "on disk".
void require_durable_commits(Connection& c) {
  auto st = c.prepare("SELECT current_setting('fsync'), current_setting('synchronous_commit')");
  if (!st->step()) throw Error("cannot read the server's fsync and synchronous_commit", "");
  const std::string fsync = st->text(0);
  const std::string synchronous_commit = st->text(1);
  if (fsync != "on") {
    throw Error("the PostgreSQL server runs with fsync = " + fsync +
                    ": a committed write could be lost in a crash; forkant needs fsync = on",
                "");
  }
  if (synchronous_commit != "on" && synchronous_commit != "remote_write" &&
      synchronous_commit != "remote_apply") {
    throw Error(
        "the PostgreSQL server runs with synchronous_commit = " + synchronous_commit +
            ": a committed write could be lost in a crash or a failover; forkant needs on, remote_write or "
            "remote_apply",
        "");
  }
}

}  // namespace

// A connection taken from the pool for one transaction; given back (or thrown away, if it broke) when
// the transaction is over.
class Database::Lease {
 public:
  explicit Lease(Database& db) : db_(db), c_(db.acquire()) {}
  ~Lease() { db_.release(std::move(c_)); }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  Connection& operator*() const { return *c_; }
  Connection* operator->() const { return c_.get(); }
  Connection* get() const { return c_.get(); }

 private:
  Database& db_;
  std::unique_ptr<Connection> c_;
};

Database::Database(std::string url, int max_connections, FaultInjector* faults)
    : url_(std::move(url)), max_connections_(std::max(1, max_connections)), faults_(faults) {
  idle_.push_back(connect());
  open_ = 1;
}

Database::~Database() = default;

std::unique_ptr<Connection> Database::connect() {
  // Faults are injected into the callers' statements, not into setting a connection up.
  auto c = std::make_unique<Connection>(url_);
  require_durable_commits(*c);
  c->set_faults(faults_);
  return c;
}

std::unique_ptr<Connection> Database::acquire() {
  std::unique_lock lock(pool_mutex_);
  freed_.wait(lock, [&] { return !idle_.empty() || open_ < max_connections_; });
  if (!idle_.empty()) {
    auto c = std::move(idle_.back());
    idle_.pop_back();
    return c;
  }
  ++open_;
  lock.unlock();
  try {
    return connect();
  } catch (...) {
    lock.lock();
    --open_;
    freed_.notify_one();
    throw;
  }
}

void Database::release(std::unique_ptr<Connection> c) {
  std::vector<std::unique_ptr<Connection>> dead;  // closed outside the lock
  {
    std::lock_guard lock(pool_mutex_);
    if (!c->broken() && !c->stale() && c->idle()) {
      idle_.push_back(std::move(c));
    } else {
      // A broken socket most often means the server restarted (or failed over): every idle connection is
      // as dead, and each would fail one more caller. All are reopened as they are needed.
      dead.push_back(std::move(c));
      if (dead.front()->broken()) {
        for (auto& i : idle_) dead.push_back(std::move(i));
        idle_.clear();
      }
      open_ -= static_cast<int>(dead.size());
    }
  }
  freed_.notify_all();
}

void Database::write(const std::function<void(sql::Connection&)>& fn) {
  if (tls_writer_db == this) return join(*tls_writer, fn);
  {
    std::lock_guard lock(stats_mutex_);
    ++stats_.writes;
  }
  const auto start = std::chrono::steady_clock::now();
  for (int attempt = 1; !try_write(fn, attempt == kMaxWriteAttempts); ++attempt) back_off(attempt);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  std::lock_guard lock(stats_mutex_);
  ++stats_.batches;
  stats_.largest = 1;
  metrics_.write_seconds.observe(took.count());  // acknowledged writes only, retries included
  metrics_.batch_writes.observe(1);
}

bool Database::try_write(const std::function<void(sql::Connection&)>& fn, bool last_attempt) {
  Lease c(*this);
  c->clear_retryable();
  c->exec_script("BEGIN ISOLATION LEVEL SERIALIZABLE");
  Marker marker(this, c.get());
  try {
    fn(*c);
    if (tls_doomed) throw DatabaseError("a store call inside this transaction failed: rolled back");
    c->commit();
    return true;
  } catch (...) {
    rollback_quietly(*c);
    // Whatever reached here — the serialization failure itself, or what `fn` made of it after catching
    // it — this transaction lost a race with another, and running it again may succeed.
    if (!c->hit_retryable_failure() || last_attempt) throw;
  }
  return false;
}

void Database::read(const std::function<void(sql::Connection&)>& fn) {
  if (tls_writer_db == this) return join(*tls_writer, fn);
  if (tls_reader_db == this) return fn(*tls_reader);
  Lease c(*this);
  c->exec_script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  Database* const outer_db = tls_reader_db;  // a read of another Database this one runs inside
  Connection* const outer = tls_reader;
  tls_reader_db = this;
  tls_reader = c.get();
  try {
    fn(*c);
    c->commit();
  } catch (...) {
    tls_reader_db = outer_db, tls_reader = outer;
    rollback_quietly(*c);
    throw;
  }
  tls_reader_db = outer_db, tls_reader = outer;
}

bool Database::ping() {
  try {
    bool ok = false;
    read([&](sql::Connection& c) { ok = c.prepare("SELECT 1")->step(); });
    return ok;
  } catch (...) {
    return false;
  }
}

CommitStats Database::commit_stats() {
  std::lock_guard lock(stats_mutex_);
  return stats_;
}

WriteMetrics Database::write_metrics() {
  std::lock_guard lock(stats_mutex_);
  return metrics_;
}

int Database::open_connections() {
  std::lock_guard lock(pool_mutex_);
  return open_;
}

}  // namespace forkant::postgresql
