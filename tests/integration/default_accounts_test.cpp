// No default or shared accounts (OWASP ASVS 2.5.4): a fresh installation, migrated and serving, holds no
// account and no API token at all, so no built-in name and password opens anything; the first account is
// made by the operator (`forkant user add`). The demo's known password exists only after `forkant demo`.
#include <gtest/gtest.h>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

TEST(DefaultAccounts, AFreshInstallationHasNoAccountAndNoBuiltInPasswordOpensIt) {
  TestServer server;
  const auto migrated = server.run_cli({"migrate", "--db", server.db()});
  ASSERT_EQ(migrated.exit_code, 0) << migrated.err;
  server.start();
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM users"), 0);
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM api_tokens"), 0);
  for (const auto& [email, password] :
       std::vector<std::pair<std::string, std::string>>{{"admin", "admin"},
                                                        {"admin@localhost", "admin"},
                                                        {"root@localhost", "root"},
                                                        {kDemoOwnerEmail, kDemoOwnerPassword}}) {
    auto browser = server.browser();
    EXPECT_EQ(browser.sign_in(email, password).status, 401) << email;
    EXPECT_TRUE(browser.session_cookie().empty()) << email;
  }
}

}  // namespace
}  // namespace forkant::test
