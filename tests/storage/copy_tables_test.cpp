// copy_tables (storage/copy_tables.hpp), the heart of `forkant copy`: from a SQLite installation into
// every backend (the PostgreSQL target on the test server, postgresql_test_database.hpp), ids, NULLs and
// REALs kept exactly, rows that name each other, the target's ids moving on after the copied ones, and
// refusals that write nothing. The whole path through the binary, with the demo's data and the pages served
// from the copy, is tests/integration/copy_test.cpp.
#include "storage/copy_tables.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "storage/database_error.hpp"
#include "storage/migrations.hpp"
#include "storage/postgresql/database.hpp"
#include "storage/sql/schema_migrations.hpp"
#include "storage/sqlite/database.hpp"
#include "support/postgresql_test_database.hpp"

namespace forkant::test {
namespace {

const std::string kMigrations = std::string(FORKANT_SOURCE_DIR) + "/src/storage/migrations";

std::string temp_path(const std::string& what) {
  static std::atomic<int> counter{0};
  return (std::filesystem::temp_directory_path() /
          ("forkant-copy-" + what + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) +
           ".db"))
      .string();
}

void migrate_to(const std::shared_ptr<sql::Database>& db, const std::string& dir, std::size_t count = 0) {
  auto migrations = load_migrations(dir);
  if (count) migrations.resize(count);
  sql::SqlMigrationTarget target(db);
  migrate(target, migrations);
}

// A SQLite database file that goes away with the object.
struct SqliteFile {
  explicit SqliteFile(const std::string& what) : path(temp_path(what)) {}
  ~SqliteFile() {
    db.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  std::string path;
  std::shared_ptr<sql::Database> db;
};

// A target: an empty database of one backend, migrated.
class Target {
 public:
  virtual ~Target() = default;
  virtual sql::Database& db() = 0;
};

class SqliteTarget final : public Target {
 public:
  SqliteTarget() {
    file_.db = std::make_shared<sqlite::Database>(file_.path);
    migrate_to(file_.db, kMigrations + "/sqlite");
  }
  sql::Database& db() override { return *file_.db; }

 private:
  SqliteFile file_{"target"};
};

// A fresh database on the test server (postgresql_test_database.hpp), as `forkant copy --to URL` opens it.
class PostgresqlTarget final : public Target {
 public:
  PostgresqlTarget() : db_(std::make_shared<postgresql::Database>(database_.url())) {
    migrate_to(db_, kMigrations + "/postgresql");
  }
  sql::Database& db() override { return *db_; }

 private:
  PostgresqlTestDatabase database_;  // declared first: dropped after the connections close
  std::shared_ptr<sql::Database> db_;
};

struct TargetKind {
  std::string name;
  std::function<std::unique_ptr<Target>()> open;
};

std::int64_t number(sql::Database& db, const std::string& query) {
  std::int64_t out = -1;
  db.read([&](sql::Connection& c) {
    auto st = c.prepare(query);
    if (st->step()) out = st->int64(0);
  });
  return out;
}

class CopyTablesTest : public ::testing::TestWithParam<TargetKind> {
 protected:
  void SetUp() override {
    source_.db = std::make_shared<sqlite::Database>(source_.path);
    migrate_to(source_.db, kMigrations + "/sqlite");
    target_ = GetParam().open();
  }

  // An organisation (id 7, no size), its owner (id 3), 61 decisions of which the first and the last name
  // each other (10 superseded by 70: more rows apart than one INSERT takes), an initiative with three
  // measured values no short decimal writes exactly.
  void fill_source() {
    source_.db->write([](sql::Connection& c) {
      c.exec(
          "INSERT INTO organisations(id, name, kind, size, created_at) VALUES(7, 'Ærø Kommune', "
          "'municipality', NULL, 100)");
      c.exec(
          "INSERT INTO users(id, email, name, password_hash, created_at) VALUES(3, 'a@b.dk', 'Åse', 'x', "
          "100)");
      c.exec("INSERT INTO memberships(org_id, user_id, role, created_at) VALUES(7, 3, 'owner', 100)");
      for (int id = 10; id <= 70; ++id) {
        c.exec(
            "INSERT INTO decisions(id, org_id, kind, title, rationale, questions, owner_id, body, "
            "decided_on, "
            "created_at) VALUES(?1, 7, 'decided', ?2, 'fordi', '1', 3, '', '2026-01-01', 100)",
            id, "Beslutning " + std::to_string(id));
      }
      c.exec("UPDATE decisions SET supersedes_id = 10 WHERE id = 70");
      c.exec("UPDATE decisions SET superseded_by_id = 70 WHERE id = 10");
      c.exec(
          "INSERT INTO initiatives(id, org_id, title, owner_id, competence_readiness, content, created_at) "
          "VALUES(5, 7, 'Robot', 3, 'good', '{}', 100)");
      int id = 1;
      for (const double v : {0.1, 1.0 / 3, -2.5e-300}) {
        c.exec(
            "INSERT INTO benefit_measurements(id, org_id, initiative_id, benefit_index, benefit_title, "
            "value, "
            "measured_on, created_at) VALUES(?1, 7, 5, 0, 'Timer', ?2, '2026-02-01', 100)",
            id++, v);
      }
      // A text shared with a network: its search index (migration 016) is each backend's own.
      c.exec(
          "INSERT INTO networks(id, name, created_by_org, created_by, created_at) VALUES(2, 'Net', 7, 3, "
          "100)");
      c.exec("INSERT INTO network_memberships(network_id, org_id, joined_at) VALUES(2, 7, 100)");
      c.exec(
          "INSERT INTO network_shares(id, public_id, network_id, org_id, source_kind, source_id, title, "
          "body, "
          "shown_as, org_kind, shared_at) VALUES(4, 'p-4', 2, 7, 'lesson', 10, 'Kommunerne', 'lærte', "
          "'anonymous', 'municipality', 100)");
    });
  }

  sql::Database& source() { return *source_.db; }
  sql::Database& target() { return target_->db(); }
  SqliteFile source_{"source"};
  std::unique_ptr<Target> target_;
};

TEST_P(CopyTablesTest, KeepsIdsNullsExactRealsAndRowsThatNameEachOther) {
  fill_source();
  const auto copied = copy_tables(source(), target());

  EXPECT_EQ(
      number(target(),
             "SELECT count(*) FROM organisations WHERE id = 7 AND size IS NULL AND name = 'Ærø Kommune'"),
      1);
  EXPECT_EQ(number(target(), "SELECT superseded_by_id FROM decisions WHERE id = 10"), 70);
  EXPECT_EQ(number(target(), "SELECT supersedes_id FROM decisions WHERE id = 70"), 10);
  EXPECT_EQ(number(target(), "SELECT count(*) FROM decisions WHERE supersedes_id IS NULL AND id = 10"), 1);
  int id = 1;
  for (const double v : {0.1, 1.0 / 3, -2.5e-300}) {
    target().read([&](sql::Connection& c) {
      auto st = c.prepare("SELECT count(*) FROM benefit_measurements WHERE id = ?1 AND value = ?2", id, v);
      st->step();
      EXPECT_EQ(st->int64(0), 1) << "measurement " << id << " is not exactly " << v;
    });
    ++id;
  }
  // The target's own search index is built from the copied decisions.
  EXPECT_EQ(number(target(), "SELECT count(*) FROM decisions_fts"), 61);
  EXPECT_EQ(number(target(), "SELECT count(*) FROM network_shares_fts WHERE rowid = 4"), 1);

  // Parents before children, and every table once, schema_migrations and the index's storage not at all.
  std::vector<std::string> order;
  order.reserve(copied.size());
  for (const auto& t : copied) order.push_back(t.name);
  const auto at = [&](const std::string& name) {
    return std::find(order.begin(), order.end(), name) - order.begin();
  };
  EXPECT_LT(at("organisations"), at("memberships"));
  EXPECT_LT(at("users"), at("decisions"));
  EXPECT_LT(at("initiatives"), at("benefit_measurements"));
  EXPECT_EQ(at("schema_migrations"), static_cast<long>(order.size()));
  EXPECT_EQ(std::count_if(order.begin(), order.end(),
                          [](const std::string& n) {
                            return n.ends_with("_fts") || n.find("_fts_") != std::string::npos;
                          }),
            0);
  EXPECT_EQ(copied[static_cast<std::size_t>(at("benefit_measurements"))].rows, 3);
}

TEST_P(CopyTablesTest, NewRowsTakeIdsAfterTheCopiedOnes) {
  fill_source();
  copy_tables(source(), target());
  std::int64_t org = 0;
  target().write([&](sql::Connection& c) {
    auto st =
        c.prepare("INSERT INTO organisations(name, kind, created_at) VALUES('Ny', 'region', 1) RETURNING id");
    ASSERT_TRUE(st->step());
    org = st->int64(0);
  });
  EXPECT_GT(org, 7);
}

TEST_P(CopyTablesTest, RefusesATargetThatHoldsData) {
  fill_source();
  copy_tables(source(), target());
  try {
    copy_tables(source(), target());
    ADD_FAILURE() << "copied twice";
  } catch (const CopyRefused& e) {
    EXPECT_NE(std::string(e.what()).find("already holds data"), std::string::npos) << e.what();
  }
  EXPECT_EQ(number(target(), "SELECT count(*) FROM benefit_measurements"), 3);
}

TEST_P(CopyTablesTest, RefusesASourceAtAnotherMigration) {
  SqliteFile older("older");
  older.db = std::make_shared<sqlite::Database>(older.path);
  migrate_to(older.db, kMigrations + "/sqlite", 12);
  try {
    copy_tables(*older.db, target());
    ADD_FAILURE() << "copied from an older schema";
  } catch (const CopyRefused& e) {
    EXPECT_NE(std::string(e.what()).find("the source is at migration 12"), std::string::npos) << e.what();
  }
}

TEST_P(CopyTablesTest, WritesNothingWhenARowCannotBeCopied) {
  fill_source();
  // A membership of a user who does not exist: only a connection without foreign keys can write it (an
  // old file, a hand edit). The target refuses it, after it has taken the tables before.
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(source_.path.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(
                raw, "INSERT INTO memberships(org_id, user_id, role, created_at) VALUES(7, 999, 'viewer', 1)",
                nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);
  EXPECT_THROW(copy_tables(source(), target()), DatabaseError);
  for (const char* table : {"organisations", "users", "memberships", "decisions"}) {
    EXPECT_EQ(number(target(), std::string("SELECT count(*) FROM ") + table), 0) << table;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Targets, CopyTablesTest,
    ::testing::Values(TargetKind{"sqlite", [] { return std::make_unique<SqliteTarget>(); }},
                      TargetKind{"postgresql", [] { return std::make_unique<PostgresqlTarget>(); }}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace forkant::test
