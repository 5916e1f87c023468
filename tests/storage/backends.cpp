#include "backends.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <stdexcept>

#include "postgresql_test_database.hpp"
#include "storage/open.hpp"
#include "storage/postgresql/connection.hpp"

namespace forkant::test {
namespace {

const std::string kMigrations = std::string(FORKANT_SOURCE_DIR) + "/src/storage/migrations";

std::string cell(sqlite3_stmt* st, int col) {
  switch (sqlite3_column_type(st, col)) {
    case SQLITE_NULL:
      return "NULL";
    case SQLITE_INTEGER:
      return std::to_string(sqlite3_column_int64(st, col));
    case SQLITE_FLOAT:
      return std::to_string(sqlite3_column_double(st, col));
    case SQLITE_TEXT:
      return "'" +
             std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, col)),
                         static_cast<std::size_t>(sqlite3_column_bytes(st, col))) +
             "'";
    default: {
      const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(st, col));
      const int n = sqlite3_column_bytes(st, col);
      static const char* digits = "0123456789abcdef";
      std::string out = "x'";
      for (int i = 0; i < n; ++i) out += {digits[p[i] >> 4], digits[p[i] & 15]};
      return out + "'";
    }
  }
}

class OpenedSqlite final : public OpenedBackend {
 public:
  OpenedSqlite() {
    static std::atomic<int> counter{0};
    path_ = (std::filesystem::temp_directory_path() /
             ("forkant-storage-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".db"))
                .string();
    std::filesystem::remove(path_);
    backend = open_backend(path_, kMigrations, BackendOptions{&faults});
  }
  ~OpenedSqlite() override {
    backend = Backend{};  // closes the database before its files go
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }

  Snapshot snapshot() override {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(db);
      throw std::runtime_error("snapshot: cannot open " + path_);
    }
    Snapshot out;
    for (const auto& table : tables(db)) {
      auto& rows = out[table];
      sqlite3_stmt* st = nullptr;
      sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\"").c_str(), -1, &st, nullptr);
      while (sqlite3_step(st) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(st); ++c) row += (c ? "|" : "") + cell(st, c);
        rows.push_back(std::move(row));
      }
      sqlite3_finalize(st);
      std::sort(rows.begin(), rows.end());
    }
    sqlite3_close(db);
    return out;
  }

 private:
  static std::vector<std::string> tables(sqlite3* db) {
    std::vector<std::string> out;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &st,
                       nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    return out;
  }

  std::string path_;
};

// A fresh database on the test server per test (postgresql_test_database.hpp), a copy of one already
// migrated, opened through open_backend as `--db postgresql://...` would (which finds nothing to apply).
class OpenedPostgresql final : public OpenedBackend {
 public:
  OpenedPostgresql() { backend = open_backend(database_.url(), kMigrations, BackendOptions{&faults}); }
  ~OpenedPostgresql() override {
    backend = Backend{};  // closes the pool before the database is dropped
  }

  Snapshot snapshot() override {
    if (!reader_) reader_ = std::make_unique<postgresql::Connection>(database_.url());
    Snapshot out;
    // One snapshot for every table: what is committed at one moment.
    reader_->exec_script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const auto& table : tables()) {
      auto& rows = out[table];
      auto st = reader_->prepare("SELECT * FROM \"" + table + "\"");
      while (st->step()) {
        std::string row;
        for (int c = 0; c < st->column_count(); ++c) {
          row += (c ? "|" : "") + (st->is_null(c) ? std::string("NULL") : "'" + st->text(c) + "'");
        }
        rows.push_back(std::move(row));
      }
      std::sort(rows.begin(), rows.end());
    }
    reader_->exec_script("COMMIT");
    return out;
  }

 private:
  std::vector<std::string> tables() {
    std::vector<std::string> out;
    auto st = reader_->prepare(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND "
        "table_type = 'BASE TABLE' ORDER BY table_name");
    while (st->step()) out.push_back(st->text(0));
    return out;
  }

  PostgresqlTestDatabase database_{kMigrations + "/postgresql"};  // first: it outlives the connections
  std::unique_ptr<postgresql::Connection> reader_;
};

}  // namespace

std::string describe_difference(const Snapshot& before, const Snapshot& after) {
  std::string out;
  for (const auto& [table, rows] : after) {
    const auto it = before.find(table);
    if (it == before.end() || it->second != rows) {
      out += table + " (" + std::to_string(it == before.end() ? 0 : it->second.size()) + " -> " +
             std::to_string(rows.size()) + " rows) ";
    }
  }
  return out.empty() ? "no difference" : out;
}

std::vector<BackendUnderTest> backends_under_test() {
  return {{"sqlite", [] { return std::make_unique<OpenedSqlite>(); }},
          {"postgresql", [] { return std::make_unique<OpenedPostgresql>(); }}};
}

}  // namespace forkant::test
