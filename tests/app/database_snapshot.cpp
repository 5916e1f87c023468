#include "app/database_snapshot.hpp"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "storage/sqlite/danish_tokenizer.hpp"

namespace forkant::test {
namespace {

using PgConn = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

DatabaseSnapshot postgresql_snapshot(const std::string& url) {
  PgConn conn(PQconnectdb(url.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) throw std::runtime_error("cannot connect to the test database");
  auto exec = [&](const std::string& sql) {
    PgResult res(PQexec(conn.get(), sql.c_str()), &PQclear);
    const auto status = PQresultStatus(res.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      throw std::runtime_error("snapshot: " + std::string(PQerrorMessage(conn.get())));
    }
    return res;
  };
  // One snapshot for every table: what is committed at one moment.
  exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  const auto tables = exec(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND "
      "table_type = 'BASE TABLE' ORDER BY table_name");
  DatabaseSnapshot out;
  for (int t = 0; t < PQntuples(tables.get()); ++t) {
    const std::string table = PQgetvalue(tables.get(), t, 0);
    auto& rows = out[table];
    const auto res = exec("SELECT * FROM \"" + table + "\"");
    for (int r = 0; r < PQntuples(res.get()); ++r) {
      std::string row;
      for (int c = 0; c < PQnfields(res.get()); ++c) {
        row += (c ? "|" : "");
        row += PQgetisnull(res.get(), r, c) ? std::string("NULL")
                                            : "'" + std::string(PQgetvalue(res.get(), r, c)) + "'";
      }
      rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());
  }
  exec("COMMIT");
  return out;
}

std::string sqlite_cell(sqlite3_stmt* st, int c) {
  switch (sqlite3_column_type(st, c)) {
    case SQLITE_NULL:
      return "NULL";
    case SQLITE_INTEGER:
      return std::to_string(sqlite3_column_int64(st, c));
    default: {
      const auto* bytes = static_cast<const char*>(sqlite3_column_blob(st, c));
      return "'" + std::string(bytes ? bytes : "", static_cast<std::size_t>(sqlite3_column_bytes(st, c))) +
             "'";
    }
  }
}

DatabaseSnapshot sqlite_snapshot(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    throw std::runtime_error("snapshot: cannot open " + path);
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite::register_danish_tokenizer(db);  // the library's full-text index (migration 016) needs it
  std::vector<std::string> tables;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &st,
                     nullptr);
  while (sqlite3_step(st) == SQLITE_ROW)
    tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  sqlite3_finalize(st);
  // One read transaction for every table: what is committed at one moment.
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  DatabaseSnapshot out;
  for (const auto& table : tables) {
    auto& rows = out[table];
    if (sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\"").c_str(), -1, &st, nullptr) != SQLITE_OK) {
      sqlite3_finalize(st);
      continue;  // a full-text index's own shadow tables may refuse a plain read; their index table answers
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::string row;
      for (int c = 0; c < sqlite3_column_count(st); ++c) row += (c ? "|" : "") + sqlite_cell(st, c);
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(st);
    std::sort(rows.begin(), rows.end());
  }
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  return out;
}

}  // namespace

DatabaseSnapshot database_snapshot(const TestServer& server) {
  return server.on_postgresql() ? postgresql_snapshot(server.db()) : sqlite_snapshot(server.db());
}

std::string snapshot_difference(const DatabaseSnapshot& before, const DatabaseSnapshot& after) {
  std::string out;
  for (const auto& [table, rows] : after) {
    const auto it = before.find(table);
    if (it == before.end() || it->second != rows) {
      out += (out.empty() ? "" : ", ") + table;
      // The first row that is new, so that a message shows what was written.
      for (const auto& row : rows) {
        if (it == before.end() || !std::binary_search(it->second.begin(), it->second.end(), row)) {
          out += " (" + row.substr(0, 200) + ")";
          break;
        }
      }
    }
  }
  for (const auto& [table, rows] : before) {
    if (!after.contains(table)) out += (out.empty() ? "" : ", ") + table + " (gone)";
  }
  return out.empty() ? "nothing" : out;
}

}  // namespace forkant::test
