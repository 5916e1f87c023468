// forkant report board: the board report written by the command line, for scheduled jobs — the same
// document the page downloads, its period and language chosen by options, its refusals on standard error.
#include <gtest/gtest.h>

#include "support/database_facts.hpp"
#include "support/pdf_tools.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(ReportCli, WritesTheBoardReportOfAClosedRoundAsAPdf) {
  TestServer server;
  server.demo();
  const std::int64_t round = database_fact(server,
                                           "SELECT max(id) FROM rounds WHERE state = 'closed' AND org_id = "
                                           "(SELECT id FROM organisations WHERE name = 'Demo Kommune')");
  ASSERT_GT(round, 0);
  const std::string out = (server.dir() / "board.pdf").string();
  const auto r = server.run_cli(
      {"report", "board", "--db", server.db(), "--round", std::to_string(round), "--out", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text = pdf_text(out);
  EXPECT_TRUE(contains(text, "Bestyrelsesrapport")) << text.substr(0, 2000);
  EXPECT_TRUE(contains(text, "Demo Kommune"));
  EXPECT_TRUE(contains(text, "Hvor står vi"));
  EXPECT_GE(std::stoi(pdf_info(out).at("Pages")), 3);

  const std::string en = (server.dir() / "board-en.pdf").string();
  const auto english =
      server.run_cli({"report", "board", "--db", server.db(), "--round", std::to_string(round), "--out", en,
                      "--lang", "en", "--from", "2001-01-01", "--to", "2001-12-31"});
  ASSERT_EQ(english.exit_code, 0) << english.err;
  const std::string en_text = pdf_text(en);
  EXPECT_TRUE(contains(en_text, "Where we stand"));
  EXPECT_TRUE(contains(en_text, "1 January 2001")) << en_text.substr(0, 1500);
}

TEST(ReportCli, RefusesABadPeriodAnUnknownRoundAndAnOpenOne) {
  TestServer server;
  server.demo();
  const std::string closed =
      std::to_string(database_fact(server,
                                   "SELECT max(id) FROM rounds WHERE state = 'closed' AND org_id = "
                                   "(SELECT id FROM organisations WHERE name = 'Demo Kommune')"));
  const std::string out = (server.dir() / "x.pdf").string();
  auto bad = server.run_cli(
      {"report", "board", "--db", server.db(), "--round", closed, "--out", out, "--from", "2026-02-30"});
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_TRUE(contains(bad.err, "from")) << bad.err;
  auto reversed = server.run_cli({"report", "board", "--db", server.db(), "--round", closed, "--out", out,
                                  "--from", "2026-06-01", "--to", "2026-01-01"});
  EXPECT_NE(reversed.exit_code, 0);
  EXPECT_TRUE(contains(reversed.err, "Perioden slutter før den begynder")) << reversed.err;
  auto missing = server.run_cli({"report", "board", "--db", server.db(), "--round", "999999", "--out", out});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_TRUE(contains(missing.err, "999999"));
  EXPECT_FALSE(std::filesystem::exists(out)) << "nothing is written when the report is refused";

  // A round still open: the refusal, in the language asked for.
  server.start();
  auto api = server.api(server.create_token(kDemoOwnerEmail));
  const auto org = database_fact(server, "SELECT id FROM organisations WHERE name = 'Demo Kommune'");
  const auto made = api.post_json("/api/v1/orgs/" + std::to_string(org) + "/rounds",
                                  {{"title", "Åben"}, {"groups", {"chefer"}}});
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string open = std::to_string(made.json()["id"].get<std::int64_t>());
  ASSERT_EQ(api.post("/api/v1/rounds/" + open + "/open", "", "application/json").status, 200);
  auto refused =
      server.run_cli({"report", "board", "--db", server.db(), "--round", open, "--out", out, "--lang", "en"});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_TRUE(contains(refused.err, "once the assessment is closed")) << refused.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace forkant::test
