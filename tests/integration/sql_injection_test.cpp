// Values never become SQL (OWASP ASVS 5.3.4): every statement binds its values (src/storage/sql/), so an
// e-mail address written as SQL finds no account even with that account's right password, and text full of
// SQL is stored and read back as the text it is. The scan suite (tests/scan, sqlmap on every parameter of
// every route) is the wide net; this is the quick test that bites when one statement is built by hand.
#include <gtest/gtest.h>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

constexpr const char* kVictim = "offer@sql.dk";
constexpr const char* kPassword = "offerets lange kodeord";

TEST(SqlInjection, AnEmailWrittenAsSqlFindsNoAccountEvenWithItsRightPassword) {
  TestServer server;
  const auto added = server.add_user(kVictim, "Offer", kPassword, "Sqlkommune", "coordinator");
  server.start();
  for (const std::string injected :
       {"x@sql.dk' OR email = 'offer@sql.dk", "x@sql.dk' OR '1'='1", "offer@sql.dk' --", "offer@sql.dk'/*"}) {
    auto browser = server.browser();
    EXPECT_EQ(browser.sign_in(injected, kPassword).status, 401) << injected;
    EXPECT_TRUE(browser.session_cookie().empty()) << injected;
  }
  EXPECT_EQ(server.browser().sign_in(kVictim, kPassword).status, 303) << "the account itself signs in";

  // Text that is SQL is kept as text, byte for byte, and the table it names is still there.
  auto api = server.api(server.create_token(kVictim));
  const std::string title = "Robert'); DROP TABLE decisions; -- O'Hara \"æøå\" 🙂";
  const auto created = api.post_json("/api/v1/orgs/" + std::to_string(added.org_id) + "/decisions",
                                     {{"kind", "decided"},
                                      {"title", title},
                                      {"rationale", "x' OR '1'='1"},
                                      {"questions", {2}},
                                      {"purposes", {"p.efficiency"}},
                                      {"owner_id", added.user_id},
                                      {"body", "Direktionen"},
                                      {"decided_on", "2026-03-03"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto read = api.get("/api/v1/decisions/" + std::to_string(created.json()["id"].get<std::int64_t>()));
  EXPECT_EQ(read.json()["title"], title);
  EXPECT_EQ(read.json()["rationale"], "x' OR '1'='1");
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM decisions"), 1);
}

}  // namespace
}  // namespace forkant::test
