#include "support/database_facts.hpp"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>
#include <stdexcept>

#include "storage/sqlite/danish_tokenizer.hpp"

namespace forkant::test {
namespace {

using PgConn = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

// One statement on the server's PostgreSQL database, over a connection of its own.
PgResult postgresql(const std::string& url, const std::string& sql) {
  PgConn conn(PQconnectdb(url.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) throw std::runtime_error("cannot connect to the test database");
  PgResult res(PQexec(conn.get(), sql.c_str()), &PQclear);
  const auto status = PQresultStatus(res.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    ADD_FAILURE() << "bad SQL in test: " << sql << ": " << PQerrorMessage(conn.get());
  }
  return res;
}

}  // namespace

std::int64_t postgresql_fact(const std::string& url, const std::string& sql) {
  const auto res = postgresql(url, sql);
  if (PQresultStatus(res.get()) != PGRES_TUPLES_OK || PQntuples(res.get()) == 0) return -1;
  const std::string v = PQgetvalue(res.get(), 0, 0);
  return v == "t" ? 1 : v == "f" ? 0 : std::stoll(v);
}

std::int64_t database_fact(const TestServer& server, const std::string& sql) {
  if (server.on_postgresql()) return postgresql_fact(server.db(), sql);
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2(server.db().c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(handle);
    throw std::runtime_error("cannot open " + server.db());
  }
  sqlite3_busy_timeout(handle, 5000);
  sqlite::register_danish_tokenizer(handle);  // the library's index (migration 016) needs it
  sqlite3_stmt* stmt = nullptr;
  std::int64_t value = -1;
  if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK) {
    if (sqlite3_step(stmt) == SQLITE_ROW) value = sqlite3_column_int64(stmt, 0);
  } else {
    ADD_FAILURE() << "bad SQL in test: " << sql << ": " << sqlite3_errmsg(handle);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(handle);
  return value;
}

void database_change(const TestServer& server, const std::string& sql) {
  if (server.on_postgresql()) {
    postgresql(server.db(), sql);
    return;
  }
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(server.db().c_str(), &handle), SQLITE_OK);
  sqlite3_busy_timeout(handle, 5000);
  sqlite::register_danish_tokenizer(handle);  // a write to network_shares writes the library's index
  EXPECT_EQ(sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(handle);
  sqlite3_close(handle);
}

}  // namespace forkant::test
