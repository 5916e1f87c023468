// forkant backup and forkant restore (docs/operations.md, "Backup and restore"), on the real binary:
// a backup taken while clients write holds every write acknowledged before it began, passes SQLite's
// integrity check and restores; retention keeps the newest N; restore refuses under a running server and
// refuses a damaged or incomplete backup without touching the database. PostgreSQL: the commands point
// to PostgreSQL's own tools.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <regex>
#include <thread>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

namespace fs = std::filesystem;

std::string first_line(const std::string& s) {
  return s.substr(0, s.find('\n'));
}

// PRAGMA integrity_check of a database file, opened read-only beside nothing else.
std::string integrity_of(const fs::path& db) {
  sqlite3* h = nullptr;
  std::string out;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK) {
      while (sqlite3_step(st) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
  } else {
    out = sqlite3_errmsg(h);
  }
  sqlite3_close(h);
  return out;
}

std::vector<std::string> files_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(SqliteBackup, UnderWriteLoadTheRestoredBackupHoldsEveryWriteAcknowledgedBeforeItBegan) {
  TestServer server;
  const auto added =
      server.add_user("backup@example.dk", "Backup Ejer", "et-langt-kodeord-til-backup", "Backup Kommune");
  const std::string token = server.create_token("backup@example.dk");
  server.start();
  const std::string goals = "/api/v1/orgs/" + std::to_string(added.org_id) + "/goals";

  // Four clients create goals, one after another each, and note every acknowledged id.
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<std::int64_t> acknowledged;
  bool stop = false;
  int refused = 0;
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {
      auto api = server.api(token);
      for (int i = 0;; ++i) {
        {
          const std::lock_guard lock(mutex);
          if (stop) return;
        }
        const auto res = api.post_json(
            goals,
            {{"title", "Mål " + std::to_string(w) + "." + std::to_string(i)}, {"horizon", "2027-12-31"}});
        const std::lock_guard lock(mutex);
        if (res.status == 201) {
          acknowledged.push_back(res.json().value("id", std::int64_t{0}));
        } else {
          ++refused;
        }
        changed.notify_all();
      }
    });
  }
  const auto writes_now = [&] {
    const std::lock_guard lock(mutex);
    return acknowledged.size();
  };
  // Once the load runs, the backup begins; whatever was acknowledged by then must be in it.
  std::size_t before_first = 0;      // acknowledged when the first backup began
  std::vector<std::int64_t> before;  // acknowledged when the second backup began
  {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return acknowledged.size() >= 150 || refused > 0; });
    before_first = acknowledged.size();
  }
  const fs::path out = server.dir() / "backups";
  const auto first = server.run_cli({"backup", "--db", server.db(), "--out", out.string(), "--keep", "2"});
  const std::size_t after_first = writes_now();
  // Two more under the same load: with --keep 2 the first is gone afterwards. The second is restored
  // below; `before` is what was acknowledged when it began.
  {
    const std::lock_guard lock(mutex);
    before = acknowledged;
  }
  const auto second = server.run_cli({"backup", "--db", server.db(), "--out", out.string(), "--keep", "2"});
  const auto third = server.run_cli({"backup", "--db", server.db(), "--out", out.string(), "--keep", "2"});
  const std::size_t after_third = writes_now();
  {
    std::unique_lock lock(mutex);
    // Some writes after every backup began: the restored database must lack them.
    changed.wait(lock, [&] { return acknowledged.size() >= after_third + 20 || refused > 0; });
    stop = true;
  }
  for (auto& t : writers) t.join();
  ASSERT_EQ(refused, 0);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_EQ(second.exit_code, 0) << second.err;
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_GT(after_first, before_first) << "the clients went on writing while the first backup ran";

  const fs::path backup = first_line(first.out);
  const fs::path newest = first_line(third.out);
  EXPECT_EQ(newest.parent_path(), out);
  EXPECT_TRUE(std::regex_match(newest.filename().string(), std::regex(R"(forkant-\d{8}T\d{6}\.\d{3}Z\.db)")));
  EXPECT_EQ(fs::status(out).permissions() & fs::perms::all, fs::perms::owner_all)
      << "backups hold everything";
  EXPECT_EQ(fs::status(newest).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  const auto sidecar = nlohmann::json::parse(bytes_of(newest.string() + ".json"));
  EXPECT_EQ(sidecar["format"], "forkant-backup");
  EXPECT_EQ(sidecar["size_bytes"], fs::file_size(newest));
  EXPECT_EQ(sidecar["sha256"].get<std::string>().size(), 64u);
  EXPECT_GE(sidecar["schema_version"].get<int>(), 16);
  EXPECT_EQ(sidecar["database"], "forkant.db");

  // Retention: the newest two, each with its sidecar, and nothing else but the folder's lock.
  const fs::path second_file = first_line(second.out), third_file = first_line(third.out);
  EXPECT_EQ(files_in(out), (std::vector<std::string>{".forkant-backup.lock", second_file.filename().string(),
                                                     second_file.filename().string() + ".json",
                                                     third_file.filename().string(),
                                                     third_file.filename().string() + ".json"}));
  EXPECT_NE(third.err.find("removed " + backup.string()), std::string::npos) << third.err;
  EXPECT_FALSE(fs::exists(backup));

  // While the server runs, restore refuses and changes nothing.
  const auto total = database_fact(server, "SELECT count(*) FROM goals");
  const auto refused_restore =
      server.run_cli({"restore", "--db", server.db(), "--from", first_line(second.out)});
  EXPECT_EQ(refused_restore.exit_code, 2);
  EXPECT_NE(refused_restore.err.find("a forkant server is using"), std::string::npos) << refused_restore.err;
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM goals"), total);

  // Stopped, the database is replaced by the second backup (taken while the clients wrote).
  ASSERT_EQ(server.stop(), 0);
  const auto restored = server.run_cli({"restore", "--db", server.db(), "--from", first_line(second.out)});
  ASSERT_EQ(restored.exit_code, 0) << restored.err;
  EXPECT_NE(restored.out.find("before-restore-"), std::string::npos) << restored.out;
  EXPECT_EQ(integrity_of(server.db()), "ok");
  for (const auto id : before) {
    ASSERT_EQ(database_fact(server, "SELECT count(*) FROM goals WHERE id = " + std::to_string(id)), 1)
        << "goal " << id << " was acknowledged before the backup began";
  }
  const auto restored_goals = database_fact(server, "SELECT count(*) FROM goals");
  EXPECT_LT(restored_goals, total) << "what was written after the backup is not in it: the file was replaced";

  // The restored database serves.
  server.start();
  auto api = server.api(token);
  EXPECT_EQ(api.get("/readyz").status, 200);
  EXPECT_EQ(api.get("/api/v1/goals/" + std::to_string(before.back())).status, 200);
  EXPECT_EQ(server.stop(), 0);
}

TEST(SqliteBackup, RestoreRefusesADamagedOrIncompleteBackupAndLeavesTheDatabaseAsItWas) {
  TestServer server;
  server.add_user("skade@example.dk", "Skade Ejer", "et-langt-kodeord-til-skade", "Skade Kommune");
  const fs::path out = server.dir() / "backups";
  const auto made = server.run_cli({"backup", "--db", server.db(), "--out", out.string()});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  const fs::path good = first_line(made.out);
  const std::string database_before = bytes_of(server.db());

  const auto restore_from = [&](const fs::path& file) {
    return server.run_cli({"restore", "--db", server.db(), "--from", file.string()});
  };
  const auto variant = [&](const std::string& name, const std::string& bytes, bool with_sidecar) {
    const fs::path file = server.dir() / name;
    std::ofstream(file, std::ios::binary) << bytes;
    if (with_sidecar) fs::copy_file(good.string() + ".json", file.string() + ".json");
    return file;
  };
  std::string flipped = bytes_of(good);
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x55);
  const auto damaged = restore_from(variant("flipped.db", flipped, true));
  EXPECT_EQ(damaged.exit_code, 2);
  EXPECT_NE(damaged.err.find("SHA-256"), std::string::npos) << damaged.err;

  const std::string whole = bytes_of(good);
  const auto truncated = restore_from(variant("truncated.db", whole.substr(0, whole.size() / 2), true));
  EXPECT_EQ(truncated.exit_code, 2);
  EXPECT_NE(truncated.err.find("bytes, its sidecar says"), std::string::npos) << truncated.err;

  const auto no_sidecar = restore_from(variant("alone.db", whole, false));
  EXPECT_EQ(no_sidecar.exit_code, 2);
  EXPECT_NE(no_sidecar.err.find("no sidecar"), std::string::npos) << no_sidecar.err;

  EXPECT_EQ(bytes_of(server.db()), database_before) << "a refused restore changes nothing";
  for (const auto& name : files_in(server.dir())) EXPECT_EQ(name.find("before-restore"), std::string::npos);

  // The good one restores.
  EXPECT_EQ(restore_from(good).exit_code, 0);
  EXPECT_EQ(integrity_of(server.db()), "ok");
}

TEST(SqliteBackup, ASecondServerOnTheSameSqliteFileRefusesToStart) {
  TestServer server;
  server.start();
  const auto second = server.run_cli({"serve", "--db", server.db(), "--listen", "127.0.0.1:0"});
  EXPECT_EQ(second.exit_code, 2);
  EXPECT_NE(second.err.find("another forkant process is serving"), std::string::npos) << second.err;
  EXPECT_EQ(server.browser().get("/readyz").status, 200);
}

TEST(SqliteBackup, OnPostgresqlTheCommandsPointToItsOwnTools) {
  TestServer server;
  const std::string url = "postgresql://forkant@db.example.dk/forkant";  // never connected to
  const auto backup = server.run_cli({"backup", "--db", url, "--out", (server.dir() / "b").string()});
  EXPECT_EQ(backup.exit_code, 2);
  EXPECT_NE(backup.err.find("pg_dump"), std::string::npos) << backup.err;
  EXPECT_NE(backup.err.find("pg_basebackup"), std::string::npos);
  EXPECT_FALSE(fs::exists(server.dir() / "b"));
  const auto restore = server.run_cli({"restore", "--db", url, "--from", "x.db"});
  EXPECT_EQ(restore.exit_code, 2);
  EXPECT_NE(restore.err.find("pg_restore"), std::string::npos) << restore.err;
}

}  // namespace
}  // namespace forkant::test
