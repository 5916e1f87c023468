#include "support/scratch_postgresql.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace forkant::test {
namespace {

std::string env(const char* name, const char* fallback = "") {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

std::string percent_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += {'%', hex[c >> 4], hex[c & 15]};
    }
  }
  return out;
}

using PgConn = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

PgConn connect(const std::string& url) {
  PgConn conn(PQconnectdb(url.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    throw std::runtime_error(std::string("PostgreSQL for the tests: cannot connect: ") +
                             PQerrorMessage(conn.get()) +
                             " (run under scripts/with-postgresql, or set FORKANT_TEST_POSTGRESQL)");
  }
  return conn;
}

PgResult run(PGconn* conn, const std::string& sql) {
  PgResult res(PQexec(conn, sql.c_str()), &PQclear);
  const auto status = PQresultStatus(res.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw std::runtime_error("PostgreSQL for the tests: " + sql + ": " + PQerrorMessage(conn));
  }
  return res;
}

}  // namespace

std::string test_postgresql_url(const std::string& database) {
  std::string base = env("FORKANT_TEST_POSTGRESQL");
  if (!base.empty()) {
    // The URL names the server; the database part, if any, is replaced.
    const auto scheme = base.find("://");
    const auto slash = base.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    const auto query = base.find('?');
    std::string rest = query == std::string::npos ? "" : base.substr(query);
    base = base.substr(0, slash == std::string::npos ? std::min(query, base.size()) : slash);
    return base + "/" + percent_encode(database) + rest;
  }
  if (env("PGPORT").empty() && env("PGHOST").empty()) {
    throw std::runtime_error(
        "PostgreSQL for the tests: no server configured: run under scripts/with-postgresql, or set "
        "FORKANT_TEST_POSTGRESQL to a postgresql:// URL");
  }
  std::string url = "postgresql://" + percent_encode(env("PGUSER", "postgres"));
  if (!env("PGPASSWORD").empty()) url += ":" + percent_encode(env("PGPASSWORD"));
  return url + "@" + percent_encode(env("PGHOST", "localhost")) + ":" + env("PGPORT", "5432") + "/" +
         percent_encode(database);
}

bool integration_on_postgresql() {
  return env("FORKANT_TEST_BACKEND") == "postgresql";
}

ScratchDatabase::ScratchDatabase() {
  static std::atomic<int> counter{0};
  name_ = "forkant_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  auto admin = connect(test_postgresql_url("postgres"));
  run(admin.get(), "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  run(admin.get(), "CREATE DATABASE " + name_);
  url_ = test_postgresql_url(name_);
}

ScratchDatabase::~ScratchDatabase() {
  try {
    auto admin = connect(test_postgresql_url("postgres"));
    run(admin.get(), "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (...) {  // a cluster already gone takes its databases with it
  }
}

long long postgresql_fact(const std::string& url, const std::string& sql) {
  auto conn = connect(url);
  auto res = run(conn.get(), sql);
  if (PQntuples(res.get()) == 0 || PQgetisnull(res.get(), 0, 0)) return -1;
  const std::string v = PQgetvalue(res.get(), 0, 0);
  if (v == "t") return 1;
  if (v == "f") return 0;
  return std::stoll(v);
}

void postgresql_exec(const std::string& url, const std::string& sql) {
  auto conn = connect(url);
  run(conn.get(), sql);
}

}  // namespace forkant::test
