// The command line as operators and scripts use it: help, refusal of bad arguments, and accounts made
// from the shell that the server then recognises.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/api_facts.hpp"
#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

TEST(Cli, EverySubcommandExplainsItselfWithHelp) {
  TestServer server;
  const std::vector<std::vector<std::string>> commands{{"--help"},
                                                       {"serve", "--help"},
                                                       {"demo", "--help"},
                                                       {"migrate", "--help"},
                                                       {"user", "add", "--help"},
                                                       {"token", "create", "--help"},
                                                       {"token", "revoke", "--help"},
                                                       {"copy", "--help"},
                                                       {"framework", "validate", "--help"},
                                                       {"assessment", "import", "--help"},
                                                       {"report", "board", "--help"},
                                                       {"report", "xlsx", "--help"},
                                                       {"backup", "--help"},
                                                       {"restore", "--help"}};
  for (auto args : commands) {
    const auto r = server.run_cli(args);
    EXPECT_EQ(r.exit_code, 0) << args[0] << ": " << r.err;
    EXPECT_NE(r.out.find("--"), std::string::npos)
        << "help for '" << args[0] << "' lists no options: " << r.out;
  }
  EXPECT_NE(server.run_cli({"user", "add", "--help"}).out.find("--email"), std::string::npos);
  // Issue 16's options are listed with their help (the package's forkant.conf names them).
  const std::string serve_help = server.run_cli({"serve", "--help"}).out;
  for (const char* option : {"--listen", "--config", "--key-file", "--ca-file", "--owner-totp", "--smtp-url",
                             "--smtp-password-file", "--mail-from", "--metrics-listen"}) {
    EXPECT_NE(serve_help.find(option), std::string::npos) << option << " missing from serve --help";
  }
}

TEST(Cli, BadArgumentsExitNonZeroWithAMessage) {
  TestServer server;
  const std::vector<std::vector<std::string>> commands{
      {},                                                      // no subcommand
      {"frobnicate"},                                          // unknown subcommand
      {"serve", "--no-such-option"},                           //
      {"serve", "--db", server.db(), "--listen", "nonsense"},  // no port
      {"serve", "--db", server.db(), "--listen", "127.0.0.1:abc"},
      {"user", "add", "--db", server.db(), "--name", "No Email"},  // missing --email
      {"user", "add", "--db", server.db(), "--email", "a@b.dk", "--name", "A", "--role",
       "emperor"},                                                               // bad role
      {"token", "create", "--db", server.db()},                                  // missing --email
      {"token", "create", "--db", server.db(), "--email", "nobody@example.dk"},  // no such account
      {"migrate", "--db", server.db(), "extra"},
  };
  for (const auto& args : commands) {
    std::string shown;
    for (const auto& a : args) shown += a + " ";
    const auto r = server.run_cli(args, "a-long-enough-password\n");
    EXPECT_NE(r.exit_code, 0) << "forkant " << shown;
    EXPECT_FALSE(r.err.empty() && r.out.empty()) << "forkant " << shown << "gave no message";
  }
}

TEST(Cli, MigrateCreatesAndThenLeavesAnUpToDateDatabase) {
  TestServer server;
  const auto first = server.run_cli({"migrate", "--db", server.db()});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM organisations"), 0);
  EXPECT_EQ(server.run_cli({"migrate", "--db", server.db()}).exit_code, 0)
      << "migrating twice must be harmless";
}

TEST(Cli, UserAddRefusesAShortPasswordAndCreatesNothing) {
  TestServer server;
  const auto r = server.run_cli({"user", "add", "--db", server.db(), "--email", "kort@example.dk", "--name",
                                 "Kort", "--org", "Kort Kommune"},
                                "elevenchars\n");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("12"), std::string::npos) << "the message should say the minimum: " << r.err;
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM users"), 0);
}

TEST(Cli, UserAddRefusesACommonPasswordAndADuplicateAddress) {
  TestServer server;
  EXPECT_NE(server
                .run_cli({"user", "add", "--db", server.db(), "--email", "a@example.dk", "--name", "A"},
                         "password1234\n")
                .exit_code,
            0);
  server.add_user("a@example.dk", "A", "a-good-long-password");
  const auto again =
      server.run_cli({"user", "add", "--db", server.db(), "--email", "A@example.dk", "--name", "A"},
                     "a-good-long-password\n");
  EXPECT_NE(again.exit_code, 0);
  EXPECT_NE(again.err.find("exists"), std::string::npos) << again.err;
}

TEST(Cli, UserAddCreatesOrganisationAndMembershipThatTheApiShowsWithACliToken) {
  TestServer server;
  const auto added = server.add_user("ejer@ny.example.dk", "Ejer Ny", "et-langt-kodeord-her", "Ny Kommune",
                                     "coordinator", "en");
  ASSERT_GT(added.org_id, 0);
  const std::string token = server.create_token("ejer@ny.example.dk");
  ASSERT_TRUE(token.starts_with("fk_")) << token;
  server.start();
  auto api = server.api(token);
  const auto me = api.get("/api/v1/me");
  ASSERT_EQ(me.status, 200) << me.body;
  const auto j = me.json();
  EXPECT_EQ(j["email"], "ejer@ny.example.dk");
  EXPECT_EQ(j["name"], "Ejer Ny");
  EXPECT_EQ(j["language"], "en");
  ASSERT_EQ(j["memberships"].size(), 1u);
  EXPECT_EQ(j["memberships"][0]["org_id"], added.org_id);
  EXPECT_EQ(j["memberships"][0]["org_name"], "Ny Kommune");
  EXPECT_EQ(j["memberships"][0]["role"], "coordinator");

  // A second person joins the existing organisation by name instead of creating another.
  const auto second =
      server.add_user("to@ny.example.dk", "To", "et-andet-langt-kodeord", "Ny Kommune", "viewer");
  EXPECT_EQ(second.org_id, added.org_id);
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM organisations"), 1);
}

TEST(Cli, ATokenThatWasNeverIssuedIsRefused) {
  TestServer server;
  server.start();
  auto api = server.api("fk_this-token-was-never-issued-by-forkant-000");
  const auto me = api.get("/api/v1/me");
  EXPECT_EQ(me.status, 401);
  EXPECT_EQ(me.json()["error"]["code"], "invalid_token");
}

TEST(Cli, DemoCreatesTheDemoMunicipalityWithATeamOfSixOnce) {
  TestServer server;
  server.demo();
  const auto again = server.run_cli({"demo", "--db", server.db()});
  EXPECT_EQ(again.exit_code, 0);
  // Demo Kommune and the five municipalities of its network (cli/demo_network.cpp).
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM organisations"), 6)
      << "demo twice must not duplicate";
  server.start();
  auto owner = server.signed_in(kDemoOwnerEmail, kDemoOwnerPassword);
  const auto org = org_named(owner, kDemoOrgName);
  ASSERT_GT(org, 0);
  EXPECT_EQ(member_count(owner, org), 6);
  auto browser = server.browser();
  EXPECT_EQ(browser.sign_in(kDemoOwnerEmail, kDemoOwnerPassword).status, 303) << "the README's demo login";
}

// The key that seals stored secrets (cli/key_file.hpp): made beside a SQLite database on the first start,
// readable by its owner only; a key file others can read, or of the wrong size, stops the start-up.
TEST(Cli, ServeMakesItsKeyBesideTheDatabaseAndRefusesAKeyOthersCanRead) {
  TestServer server;
  server.set_db((server.dir() / "keyed.db").string());  // SQLite in both passes: its default is the subject
  server.demo();
  server.start();
  EXPECT_EQ(server.browser().get("/readyz").status, 200);
  EXPECT_EQ(server.stop(), 0);
  const std::filesystem::path key = server.db() + ".key";
  ASSERT_TRUE(std::filesystem::exists(key));
  EXPECT_EQ(std::filesystem::file_size(key), 32u);
  EXPECT_EQ(std::filesystem::status(key).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);

  std::filesystem::permissions(key, std::filesystem::perms::group_read, std::filesystem::perm_options::add);
  auto r = server.run_cli({"serve", "--db", server.db(), "--listen", "127.0.0.1:0"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("readable by others than its owner"), std::string::npos) << r.err;

  const auto short_key = server.dir() / "short.key";
  { std::ofstream(short_key) << "too short"; }
  std::filesystem::permissions(short_key, std::filesystem::perms::owner_read);
  r = server.run_cli(
      {"serve", "--db", server.db(), "--listen", "127.0.0.1:0", "--key-file", short_key.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("exactly 32 bytes"), std::string::npos) << r.err;

  r = server.run_cli({"serve", "--db", server.db(), "--listen", "127.0.0.1:0", "--key-file",
                      (server.dir() / "missing.key").string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_FALSE(std::filesystem::exists(server.dir() / "missing.key")) << "a named key file is never made up";
}

}  // namespace
}  // namespace forkant::test
