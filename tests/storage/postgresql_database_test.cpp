// What the PostgreSQL backend does that SQLite's does not need to (storage/postgresql/database.hpp): run
// concurrent writes as SERIALIZABLE and retry the loser, survive a connection the server ended, let two
// instances that start together migrate once, and refuse a server that would lose acknowledged writes.
// Each test has a database of its own (postgresql_test_database.hpp).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <latch>
#include <thread>
#include <vector>

#include "postgresql_test_database.hpp"
#include "storage/postgresql/database.hpp"
#include "storage/postgresql/open_postgresql.hpp"

namespace forkant::postgresql {
namespace {

using test::PostgresqlTestDatabase;

std::int64_t count(Database& db, const std::string& sql) {
  std::int64_t n = 0;
  db.read([&](sql::Connection& c) {
    auto st = c.prepare(sql);
    if (st->step()) n = st->int64(0);
  });
  return n;
}

// Polls `condition` until it holds or five seconds have passed.
bool eventually(const std::function<bool()>& condition) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::yield();
  }
  return true;
}

TEST(PostgresqlDatabase, ReadsBackWhatItWroteInEveryType) {
  // Not UTF-8, a NUL, a backslash: what a hash may hold.
  const std::string bytes("\xff\x00\\x41\x80", 6);
  PostgresqlTestDatabase pg;
  Database db(pg.url());
  db.write([](sql::Connection& c) {
    c.exec_script(
        "CREATE TABLE t(id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n BIGINT, x DOUBLE PRECISION, "
        "s TEXT, flag BOOLEAN, hash BYTEA)");
  });
  std::int64_t id = 0;
  db.write([&](sql::Connection& c) {
    c.exec("INSERT INTO t(n, x, s, flag, hash) VALUES(?, ?, ?, ?, ?)", std::int64_t{-9007199254740993}, 2.5,
           "æøå 'quoted' ?1", nullptr, bytes);
    id = c.last_insert_id();
    EXPECT_EQ(c.changes(), 1);
    c.exec("INSERT INTO t(n, s) VALUES(?, ?)", 7, std::optional<std::string>());
    c.exec_script("UPDATE t SET s = 'x' WHERE s IS NULL; UPDATE t SET x = 0 WHERE x IS NULL");
    EXPECT_EQ(c.changes(), 1);  // a script's last statement counts too, as in SQLite
    c.prepare("SELECT 1 FROM t")->run();
    EXPECT_EQ(c.changes(), 1);  // and a query leaves the count alone
  });
  EXPECT_EQ(id, 1);
  db.read([&](sql::Connection& c) {
    auto st = c.prepare(
        "SELECT n, x, s, n IS NOT NULL, flag, (SELECT SUM(n) FROM t WHERE n > 0), hash FROM t WHERE id = ? "
        "AND "
        "hash = ?",
        id, bytes);
    ASSERT_TRUE(st->step());
    EXPECT_EQ(st->int64(0), -9007199254740993);
    EXPECT_EQ(st->text(1), "2.5");
    EXPECT_EQ(st->text(2), "æøå 'quoted' ?1");
    EXPECT_EQ(st->int64(3), 1);  // a boolean reads as 1 or 0
    EXPECT_TRUE(st->is_null(4));
    EXPECT_EQ(st->int64(5), 7);     // SUM of bigints is a numeric
    EXPECT_EQ(st->text(6), bytes);  // a hash's raw bytes, as a BLOB reads in SQLite
    EXPECT_EQ(st->column_count(), 7);
    EXPECT_EQ(st->column_name(0), "n");
    EXPECT_FALSE(st->step());
  });
}

TEST(PostgresqlConnection, NamesItselfUnlessTheUrlSaysOtherwise) {
  PostgresqlTestDatabase pg;
  auto application_name = [](Connection&& c) {
    auto st = c.prepare("SHOW application_name");
    return st->step() ? st->text(0) : "";
  };
  EXPECT_EQ(application_name(Connection(pg.url())), "forkant");
  const char* separator = pg.url().find('?') == std::string::npos ? "?" : "&";
  EXPECT_EQ(application_name(Connection(pg.url() + separator + "application_name=forkant-blue")),
            "forkant-blue");
}

TEST(PostgresqlDatabase, AConflictingWriteIsRetriedAndBothWritesLand) {
  PostgresqlTestDatabase pg;
  Database db(pg.url());
  db.write([](sql::Connection& c) {
    c.exec_script("CREATE TABLE counter(n BIGINT); INSERT INTO counter VALUES(0)");
  });
  // Both writes read the counter before either updates it: whichever updates second has read a value
  // that is no longer current, and SERIALIZABLE fails it (40001) instead of losing an increment.
  std::latch both_have_read(2);
  std::atomic<int> runs{0};
  auto increment = [&] {
    bool first_run = true;
    db.write([&](sql::Connection& c) {
      ++runs;
      auto st = c.prepare("SELECT n FROM counter");
      st->step();
      const auto n = st->int64(0);
      if (first_run) both_have_read.arrive_and_wait();
      first_run = false;
      c.exec("UPDATE counter SET n = ?", n + 1);
    });
  };
  auto a = std::async(std::launch::async, increment);
  auto b = std::async(std::launch::async, increment);
  a.get();
  b.get();
  EXPECT_EQ(count(db, "SELECT n FROM counter"), 2);
  EXPECT_EQ(runs.load(), 3);                // one of the two ran again
  EXPECT_EQ(db.commit_stats().writes, 3u);  // the table's creation and the two increments
  EXPECT_EQ(db.commit_stats().batches, 3u);
}

// What the server raises when a transaction loses a race, raised on demand.
void lose_a_race(sql::Connection& c, const std::string& condition) {
  c.exec_script("DO $$ BEGIN RAISE EXCEPTION 'lost' USING ERRCODE = '" + condition + "'; END $$");
}

TEST(PostgresqlDatabase, ADeadlockIsRetriedLikeASerializationFailure) {
  PostgresqlTestDatabase pg;
  Database db(pg.url());
  db.write([](sql::Connection& c) { c.exec_script("CREATE TABLE t(run BIGINT)"); });
  for (const char* condition : {"serialization_failure", "deadlock_detected"}) {
    db.write([](sql::Connection& c) { c.exec_script("DELETE FROM t"); });
    int runs = 0;
    db.write([&](sql::Connection& c) {
      c.exec("INSERT INTO t VALUES(?)", ++runs);
      if (runs == 1) lose_a_race(c, condition);
    });
    EXPECT_EQ(runs, 2) << condition;
    EXPECT_EQ(count(db, "SELECT SUM(run) FROM t"), 2) << condition;  // the first run left nothing
  }
}

TEST(PostgresqlDatabase, ALostRaceIsRetriedEvenWhenTheFunctionCaughtItsError) {
  PostgresqlTestDatabase pg;
  Database db(pg.url());
  db.write([](sql::Connection& c) { c.exec_script("CREATE TABLE t(run BIGINT)"); });
  int runs = 0;
  db.write([&](sql::Connection& c) {
    c.exec("INSERT INTO t VALUES(?)", ++runs);
    if (runs > 1) return;
    try {
      lose_a_race(c, "serialization_failure");
    } catch (const DatabaseError&) {  // the transaction is lost all the same: its COMMIT is a ROLLBACK
    }
  });
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(count(db, "SELECT SUM(run) FROM t"), 2);
}

TEST(PostgresqlDatabase, AWriteThatAlwaysLosesGivesUpWithTheServersError) {
  PostgresqlTestDatabase pg;
  Database db(pg.url());
  int runs = 0;
  try {
    db.write([&](sql::Connection& c) {
      ++runs;
      lose_a_race(c, "serialization_failure");
    });
    ADD_FAILURE() << "the write succeeded";
  } catch (const Error& e) {
    EXPECT_EQ(e.sqlstate(), "40001");
  }
  EXPECT_EQ(runs, 50);
}

TEST(PostgresqlDatabase, ManyWritersShareAFullPoolAndNoIncrementIsLost) {
  PostgresqlTestDatabase pg;
  Database db(pg.url(), 2);  // fewer connections than writers: the others wait for one
  db.write([](sql::Connection& c) {
    c.exec_script("CREATE TABLE counter(n BIGINT); INSERT INTO counter VALUES(0)");
  });
  constexpr int kThreads = 4;
  constexpr int kIncrements = 25;
  std::vector<std::future<void>> writers;
  writers.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    writers.push_back(std::async(std::launch::async, [&] {
      for (int i = 0; i < kIncrements; ++i) {
        db.write([](sql::Connection& c) {
          auto st = c.prepare("SELECT n FROM counter");
          st->step();
          c.exec("UPDATE counter SET n = ?", st->int64(0) + 1);
        });
      }
    }));
  }
  for (auto& w : writers) w.get();
  EXPECT_EQ(count(db, "SELECT n FROM counter"), kThreads * kIncrements);
  EXPECT_LE(db.open_connections(), 2);
}

TEST(PostgresqlDatabase, AnErrorThatIsNotAConflictIsNotRetriedAndLeavesNothing) {
  PostgresqlTestDatabase pg;
  Database db(pg.url());
  db.write([](sql::Connection& c) { c.exec_script("CREATE TABLE t(id BIGINT PRIMARY KEY)"); });
  int runs = 0;
  try {
    db.write([&](sql::Connection& c) {
      ++runs;
      c.exec("INSERT INTO t VALUES(?)", 1);
      c.exec("INSERT INTO t VALUES(?)", 1);
    });
    ADD_FAILURE() << "the duplicate was written";
  } catch (const Error& e) {
    EXPECT_EQ(e.sqlstate(), "23505");
    EXPECT_EQ(std::string(e.what()).find("(id)=(1)"), std::string::npos)
        << "a value in the message: " << e.what();
  }
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM t"), 0);
}

TEST(PostgresqlDatabase, AConnectionTheServerEndedFailsOnceAndTheNextCallReconnects) {
  PostgresqlTestDatabase pg;
  Database db(pg.url());
  db.write([](sql::Connection& c) { c.exec_script("CREATE TABLE t(id BIGINT)"); });
  auto& server = pg.server();
  server.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?", pg.name());
  ASSERT_TRUE(eventually([&] {
    auto st = server.prepare("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?", pg.name());
    return st->step() && st->int64(0) == 0;
  }));
  EXPECT_THROW(db.write([](sql::Connection& c) { c.exec("INSERT INTO t VALUES(?)", 1); }), DatabaseError);
  db.write([](sql::Connection& c) { c.exec("INSERT INTO t VALUES(?)", 2); });
  EXPECT_EQ(count(db, "SELECT MAX(id) FROM t"), 2);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM t"), 1);  // the failed write left nothing
}

TEST(PostgresqlDatabase, AWriteWhoseCommitGetsNoAnswerFailsAndTheNextOneReconnects) {
  PostgresqlTestDatabase pg;
  Database db(pg.url());
  // The session ends itself at COMMIT (a deferred trigger runs then): the client's COMMIT is answered by
  // a closed connection, the one case where a write cannot know whether it committed.
  db.write([](sql::Connection& c) {
    c.exec_script(
        "CREATE TABLE doomed(id BIGINT); CREATE TABLE fine(id BIGINT);"
        "CREATE FUNCTION end_session() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$;"
        "CREATE CONSTRAINT TRIGGER at_commit AFTER INSERT ON doomed DEFERRABLE INITIALLY DEFERRED "
        "FOR EACH ROW EXECUTE FUNCTION end_session()");
  });
  bool inserted = false;
  EXPECT_THROW(db.write([&](sql::Connection& c) {
    c.exec("INSERT INTO doomed VALUES(?)", 1);
    inserted = true;
  }),
               DatabaseError);
  EXPECT_TRUE(inserted);  // it was the COMMIT that failed
  db.write([](sql::Connection& c) { c.exec("INSERT INTO fine VALUES(?)", 1); });
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM fine"), 1);
}

TEST(PostgresqlDatabase, AWriteWhoseQueryATableChangedUnderRunsAgainOnAFreshConnection) {
  PostgresqlTestDatabase pg;
  Database db(pg.url(), 1);  // one connection: the second write gets the one that prepared the query
  db.write([](sql::Connection& c) { c.exec_script("CREATE TABLE t(a BIGINT); INSERT INTO t VALUES(1)"); });
  auto columns = [&] {
    int n = 0;
    db.write([&](sql::Connection& c) {
      auto st = c.prepare("SELECT * FROM t");
      st->step();
      n = st->column_count();
    });
    return n;
  };
  EXPECT_EQ(columns(), 1);
  // Another instance migrates: the prepared "SELECT *" no longer describes the table.
  Connection(pg.url()).exec_script("ALTER TABLE t ADD COLUMN b BIGINT");
  EXPECT_EQ(columns(), 2);
}

TEST(PostgresqlDatabase, RefusesAServerThatCouldLoseAnAcknowledgedWrite) {
  PostgresqlTestDatabase pg;
  pg.server().exec_script("ALTER DATABASE " + pg.name() + " SET synchronous_commit = off");
  try {
    Database db(pg.url());
    ADD_FAILURE() << "opened with synchronous_commit = off";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("synchronous_commit = off"), std::string::npos) << e.what();
  }
}

TEST(PostgresqlBackend, TwoInstancesStartingTogetherMigrateOnce) {
  PostgresqlTestDatabase pg;
  const auto dir = std::filesystem::temp_directory_path() / ("forkant-migrate-" + pg.name());
  std::filesystem::create_directories(dir);
  // A second run of 001 would fail (the table exists), and one of 002 would add a second row.
  std::ofstream(dir / "001_table.sql") << "CREATE TABLE runs(n BIGINT);";
  std::ofstream(dir / "002_row.sql") << "INSERT INTO runs VALUES(1);";
  // Holding the migration lock ourselves makes both instances wait at it, so that they start migrating
  // at the same moment; without the lock neither would wait and the check below would time out.
  auto& server = pg.server();
  postgresql::Connection holder(pg.url());
  holder.exec_script("SELECT pg_advisory_lock(28832984842989172)");
  auto open = [&] { return open_postgresql_backend(pg.url(), dir.string(), {}); };
  auto a = std::async(std::launch::async, open);
  auto b = std::async(std::launch::async, open);
  const bool both_waited = eventually([&] {
    auto st = server.prepare(
        "SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
        "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = ?",
        pg.name());
    return st->step() && st->int64(0) == 2;
  });
  holder.exec_script("SELECT pg_advisory_unlock(28832984842989172)");
  EXPECT_TRUE(both_waited);
  EXPECT_NO_THROW(a.get());
  EXPECT_NO_THROW(b.get());
  Database db(pg.url());
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM runs"), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM schema_migrations"), 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace forkant::postgresql
