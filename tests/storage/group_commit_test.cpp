// Group commit in the SQLite writer (storage/sqlite/database.hpp): writes that queue while the writer is
// busy share one commit, each in a savepoint of its own; one that fails is rolled back alone and gets its
// own error; a failed commit fails the whole batch; nothing returns before its commit did.
//
// The tests make a batch without sleeping: the first write holds the writer until the others are seen
// waiting in the queue (Database::queued_writes), then lets go; they then run as one batch.

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <future>
#include <latch>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "storage/fault_injector.hpp"
#include "storage/sqlite/database.hpp"

namespace forkant::sqlite {
namespace {

using Write = std::function<void(sql::Connection&)>;

class GroupCommit : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("forkant-group-commit-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = std::make_unique<Database>((dir_ / "t.db").string(), 2, &faults_);
    db_->write([](sql::Connection& c) { c.exec_script("CREATE TABLE t (x INTEGER PRIMARY KEY)"); });
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::vector<std::int64_t> rows() {
    std::vector<std::int64_t> out;
    db_->read([&](sql::Connection& c) {
      auto st = c.prepare("SELECT x FROM t ORDER BY x");
      while (st->step()) out.push_back(st->int64(0));
    });
    return out;
  }

  // Runs `holder` first and, while it holds the writer, queues `writes`; returns each write's outcome
  // (empty string: committed; otherwise the exception's message).
  std::vector<std::string> batch(const Write& holder, const std::vector<Write>& writes) {
    std::latch entered(1);
    std::promise<void> release;
    auto released = release.get_future().share();
    auto first = std::async(std::launch::async, [&] {
      db_->write([&](sql::Connection& c) {
        holder(c);
        entered.count_down();
        released.wait();
      });
    });
    entered.wait();
    std::vector<std::future<std::string>> outcomes;
    for (const auto& w : writes) {
      outcomes.push_back(std::async(std::launch::async, [this, &w]() -> std::string {
        try {
          db_->write(w);
          return "";
        } catch (const std::exception& e) {
          return e.what();
        }
      }));
      // Polls the queue, not the clock: each write is queued before the next starts, so they run in
      // this order; the holder lets go once every write waits behind it.
      while (db_->queued_writes() < outcomes.size()) std::this_thread::yield();
    }
    release.set_value();
    first.get();
    std::vector<std::string> out;
    for (auto& o : outcomes) out.push_back(o.get());
    return out;
  }

  static Write insert(std::int64_t x) {
    return [x](sql::Connection& c) { c.exec("INSERT INTO t (x) VALUES (?1)", x); };
  }

  std::filesystem::path dir_;
  FaultInjector faults_;
  std::unique_ptr<Database> db_;
};

TEST_F(GroupCommit, WritesThatQueueWhileTheWriterIsBusyShareOneCommit) {
  const auto before = db_->commit_stats();
  const auto outcomes = batch(insert(1), {insert(2), insert(3), insert(4), insert(5), insert(6)});
  for (const auto& o : outcomes) EXPECT_EQ(o, "");
  EXPECT_EQ(rows(), (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6}));
  const auto after = db_->commit_stats();
  EXPECT_EQ(after.writes - before.writes, 6U);
  EXPECT_EQ(after.batches - before.batches, 2U) << "the holder alone, then the five queued in one commit";
  EXPECT_EQ(after.largest, 5U);
}

// GET /metrics reads these (services/metrics.hpp): one latency per acknowledged write, one size per commit.
TEST_F(GroupCommit, WriteMetricsCountEachAcknowledgedWriteAndEachBatchBySize) {
  const auto before = db_->write_metrics();
  const Write throws = [](sql::Connection& c) {
    c.exec("INSERT INTO t (x) VALUES (?1)", 20);
    throw std::invalid_argument("refused");
  };
  const auto outcomes = batch(insert(1), {insert(2), throws, insert(3), insert(4), insert(5)});
  EXPECT_EQ(outcomes[1], "refused");
  const auto after = db_->write_metrics();
  EXPECT_EQ(after.write_seconds.count() - before.write_seconds.count(), 5U)
      << "the refused write is no latency";
  EXPECT_GT(after.write_seconds.sum(), before.write_seconds.sum());
  EXPECT_EQ(after.batch_writes.count() - before.batch_writes.count(), 2U);
  EXPECT_EQ(after.batch_writes.sum() - before.batch_writes.sum(), 6.0) << "batches of 1 (the holder) and 5";
  // Bounds 1, 2, 4, 8, ...: the batch of 5 is counted under le="8".
  EXPECT_EQ(after.batch_writes.counts()[3] - before.batch_writes.counts()[3], 1U);
}

TEST_F(GroupCommit, AWriteThatThrowsIsRolledBackAloneWithItsOwnError) {
  const Write half_then_throws = [](sql::Connection& c) {
    c.exec("INSERT INTO t (x) VALUES (?1)", 20);
    throw std::invalid_argument("the form was wrong");
  };
  const Write violates_constraint = [](sql::Connection& c) {
    c.exec("INSERT INTO t (x) VALUES (?1)", 30);
    c.exec("INSERT INTO t (x) VALUES (?1)", 2);  // primary key taken by the write before it
  };
  const auto outcomes = batch(insert(1), {insert(2), half_then_throws, violates_constraint, insert(4)});
  EXPECT_EQ(outcomes[0], "");
  EXPECT_EQ(outcomes[1], "the form was wrong");
  EXPECT_NE(outcomes[2].find("UNIQUE"), std::string::npos) << outcomes[2];
  EXPECT_EQ(outcomes[3], "");
  EXPECT_EQ(rows(), (std::vector<std::int64_t>{1, 2, 4})) << "20 and 30 were rolled back with their writes";
  EXPECT_EQ(db_->commit_stats().largest, 4U);
}

TEST_F(GroupCommit, AStoreCallThatFailedDoomsOnlyItsOwnWriteEvenWhenItsErrorWasCaught) {
  const Write catches = [this](sql::Connection& c) {
    c.exec("INSERT INTO t (x) VALUES (?1)", 50);
    try {
      db_->write([](sql::Connection& inner) { inner.exec("INSERT INTO t (x) VALUES (?1)", 1); });  // taken
    } catch (const DatabaseError&) {
    }
  };
  const auto outcomes = batch(insert(1), {insert(2), catches, insert(3)});
  EXPECT_EQ(outcomes[0], "");
  EXPECT_NE(outcomes[1].find("rolled back"), std::string::npos) << outcomes[1];
  EXPECT_EQ(outcomes[2], "");
  EXPECT_EQ(rows(), (std::vector<std::int64_t>{1, 2, 3}));
}

TEST_F(GroupCommit, NestedWritesAndReadsInAQueuedWriteJoinIt) {
  std::vector<std::int64_t> seen;
  const Write nested = [&](sql::Connection& c) {
    c.exec("INSERT INTO t (x) VALUES (?1)", 7);
    db_->write([](sql::Connection& inner) { inner.exec("INSERT INTO t (x) VALUES (?1)", 8); });
    db_->read([&](sql::Connection& r) {
      auto st = r.prepare("SELECT x FROM t WHERE x >= 7 ORDER BY x");
      while (st->step()) seen.push_back(st->int64(0));
    });
  };
  const auto outcomes = batch(insert(1), {insert(2), nested});
  EXPECT_EQ(outcomes, (std::vector<std::string>{"", ""}));
  EXPECT_EQ(seen, (std::vector<std::int64_t>{7, 8}));
  EXPECT_EQ(rows(), (std::vector<std::int64_t>{1, 2, 7, 8}));
}

TEST_F(GroupCommit, AFailedCommitFailsEveryWriteOfTheBatchAndKeepsNothing) {
  // The last queued write arms the injector so that the batch's COMMIT fails: after it come only its
  // RELEASE (1) and the COMMIT (2).
  const Write arms = [this](sql::Connection& c) {
    c.exec("INSERT INTO t (x) VALUES (?1)", 9);
    faults_.fail_at(2);
  };
  const auto outcomes = batch(insert(1), {insert(2), insert(3), arms});
  EXPECT_TRUE(faults_.fired());
  for (const auto& o : outcomes) EXPECT_NE(o.find("injected fault"), std::string::npos) << o;
  EXPECT_EQ(rows(), (std::vector<std::int64_t>{1})) << "none of the batch was acknowledged, none kept";
  db_->write(insert(10));  // the writer is usable again
  EXPECT_EQ(rows(), (std::vector<std::int64_t>{1, 10}));
}

TEST_F(GroupCommit, AWriteAloneIsAPlainTransaction) {
  // No savepoint for a batch of one: the statements are BEGIN, the insert, COMMIT — the third fails.
  faults_.fail_at(3);
  EXPECT_THROW(db_->write(insert(1)), DatabaseError);
  EXPECT_TRUE(faults_.fired());
  EXPECT_TRUE(rows().empty());
  faults_.fail_at(4);  // one past the COMMIT: the write commits and the injector stays armed
  db_->write(insert(1));
  EXPECT_FALSE(faults_.fired());
  faults_.disarm();
  EXPECT_EQ(rows(), (std::vector<std::int64_t>{1}));
}

TEST_F(GroupCommit, ManyConcurrentWritersAllCommitExactlyOnce) {
  constexpr int kThreads = 8;
  constexpr int kEach = 200;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        try {
          db_->write(insert(t * kEach + i + 1));
        } catch (...) {
          ++failures;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(rows().size(), static_cast<std::size_t>(kThreads * kEach));
  const auto stats = db_->commit_stats();
  EXPECT_EQ(stats.writes, static_cast<std::uint64_t>(kThreads * kEach + 1));  // + the CREATE TABLE
  EXPECT_LE(stats.batches, stats.writes);
}

}  // namespace
}  // namespace forkant::sqlite
