// forkant copy: the demo installation on SQLite moved into a new PostgreSQL database keeps every row of
// every table, and forkant serves the same pages from the copy, byte for byte. The one thing taken out
// of the pages before comparing is the CSRF token of the forms: it belongs to the session, and each
// server gets its own sign-in. (Both servers get the same --public-url, which pages link to; without it
// they would name their own ports.) The source is a SQLite file in both passes of the suite; the target
// a fresh database on the test server (support/postgresql_test_database.hpp).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/database_facts.hpp"
#include "support/postgresql_test_database.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

// The tables `forkant copy` reported, with their row counts ("  name: rows" lines).
std::map<std::string, std::int64_t> reported_tables(const std::string& out) {
  std::map<std::string, std::int64_t> tables;
  std::istringstream lines(out);
  const std::regex row(R"(^  ([a-z_0-9]+): (\d+)$)");
  std::smatch m;
  for (std::string line; std::getline(lines, line);) {
    if (std::regex_match(line, m, row)) tables[m[1]] = std::stoll(m[2]);
  }
  return tables;
}

std::string without_csrf_tokens(const std::string& html) {
  static const std::regex token(R"re(name="csrf" value="[^"]*")re");
  return std::regex_replace(html, token, R"(name="csrf" value="")");
}

// The pages of the installation the copy must not change: a round's results and the account, and what
// reads the copied ids and links (the register, a decision superseded by a later one, the portfolio).
std::vector<std::string> pages_of(const TestServer& sqlite) {
  const auto org =
      std::to_string(database_fact(sqlite, "SELECT id FROM organisations WHERE name = 'Demo Kommune'"));
  const auto round =
      std::to_string(database_fact(sqlite,
                                   "SELECT max(id) FROM rounds WHERE state = 'closed' AND org_id = "
                                   "(SELECT id FROM organisations WHERE name = 'Demo Kommune')"));
  const auto superseded = std::to_string(
      database_fact(sqlite, "SELECT min(id) FROM decisions WHERE superseded_by_id IS NOT NULL"));
  return {"/rounds/" + round + "/results", "/orgs/" + org + "/account", "/orgs/" + org + "/decisions",
          "/orgs/" + org + "/decisions/" + superseded, "/orgs/" + org + "/portfolio"};
}

std::map<std::string, std::string> fetch(TestServer& server, const std::vector<std::string>& pages) {
  server.start({"--public-url", "https://forkant.example.dk"});
  std::map<std::string, std::string> out;
  auto browser = server.signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
  for (const auto& page : pages) {
    const auto res = browser.get(page);
    EXPECT_EQ(res.status, 200) << page << " on "
                               << (server.db().starts_with("postgresql") ? "PostgreSQL" : "SQLite");
    out[page] = without_csrf_tokens(res.body);
  }
  EXPECT_EQ(server.stop(), 0);
  return out;
}

TEST(CopyToPostgresql, KeepsEveryRowOfEveryTableAndServesTheSamePages) {
  TestServer server;
  server.set_db((server.dir() / "source.db").string());  // SQLite, in the suite's PostgreSQL pass too
  server.demo();
  const auto pages = pages_of(server);
  const auto on_sqlite = fetch(server, pages);

  PostgresqlTestDatabase target;
  const auto copy = server.run_cli({"copy", "--from", server.db(), "--to", target.url()});
  ASSERT_EQ(copy.exit_code, 0) << copy.err;
  const auto tables = reported_tables(copy.out);
  EXPECT_EQ(static_cast<std::int64_t>(tables.size()),
            database_fact(server,
                          "SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                          "AND name NOT LIKE 'sqlite%' AND name <> 'schema_migrations'"))
      << copy.out;
  for (const char* table : {"organisations", "users", "rounds", "responses", "decisions", "audit_log"}) {
    EXPECT_GT(tables.count(table) ? tables.at(table) : 0, 0) << table << " was not copied: " << copy.out;
  }
  for (const auto& [table, rows] : tables) {
    EXPECT_EQ(rows, database_fact(server, "SELECT count(*) FROM " + table)) << table << " on SQLite";
    EXPECT_EQ(rows, postgresql_fact(target.url(), "SELECT count(*) FROM " + table)) << table;
  }
  // The copy's full-text index is PostgreSQL's own, built from the copied decisions.
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM decisions"),
            postgresql_fact(target.url(), "SELECT count(*) FROM decisions_fts"));
  // So is the shared library's (migration 016), from the copied shares.
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM network_shares"),
            postgresql_fact(target.url(), "SELECT count(*) FROM network_shares_fts"));

  const std::string source = server.db();
  server.set_db(target.url());
  const auto on_postgresql = fetch(server, pages);
  for (const auto& page : pages) {
    EXPECT_EQ(on_sqlite.at(page), on_postgresql.at(page)) << page << " differs";
    EXPECT_GT(on_sqlite.at(page).size(), 1000U) << page;
  }

  // A second copy into the same, now filled, database is refused, and changes nothing.
  const auto again = server.run_cli({"copy", "--from", source, "--to", target.url()});
  EXPECT_NE(again.exit_code, 0);
  EXPECT_NE(again.err.find("already holds data"), std::string::npos) << again.err;
  EXPECT_EQ(again.err.find(target.url()), std::string::npos) << "the URL holds a password: " << again.err;
  EXPECT_EQ(tables.at("responses"), postgresql_fact(target.url(), "SELECT count(*) FROM responses"));
}

TEST(CopyToPostgresql, RefusesASourceThatIsNoDatabaseFile) {
  TestServer server;
  PostgresqlTestDatabase target;
  const auto r =
      server.run_cli({"copy", "--from", (server.dir() / "missing.db").string(), "--to", target.url()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("--from must name an existing SQLite database file"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(server.dir() / "missing.db")) << "no empty SQLite file is left behind";
}

}  // namespace
}  // namespace forkant::test
