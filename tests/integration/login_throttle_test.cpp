// Login throttling (OWASP ASVS 2.2.1) that cannot be turned against the people it protects: a hard limit
// per (account, address) and, per account from any address, a slowing (after 5 failures each attempt
// waits 5 s after the latest failure, doubling, at most 60 s) that answers 429 with Retry-After and never
// becomes a lock of a quarter of an hour. Requests come from distinct loopback addresses (127.0.0.x).
// X-Forwarded-For is believed only from the proxies named by --trusted-proxy. Each wrong attempt costs
// one argon2id verification (~0.2 s): the counts are the minimum.
#include <gtest/gtest.h>

#include "support/database_facts.hpp"
#include "support/server_process.hpp"

namespace forkant::test {
namespace {

// A sign-in POST as raw bytes from `from`, with a self-made double-submit token (cookie = field).
RawResponse sign_in_from(const TestServer& server, const std::string& from, const std::string& email,
                         const std::string& password, const Headers& extra = {}) {
  const std::string token(43, 'T');
  Headers headers{{"Content-Type", "application/x-www-form-urlencoded"},
                  {"Cookie", "forkant_csrf=" + token},
                  {"Connection", "close"}};
  headers.insert(headers.end(), extra.begin(), extra.end());
  RawConnection c(server.port(), from);
  c.send(raw_request("POST", "/login", server.port(), headers,
                     form_encode({{"csrf", token}, {"email", email}, {"password", password}})));
  auto res = c.read_response();
  EXPECT_TRUE(res.has_value()) << "no response from the server";
  return res.value_or(RawResponse{});
}

TEST(LoginThrottle, AfterFiveFailuresTheAccountIsSlowedFromEveryAddressWithAShortRetryTime) {
  TestServer server;
  server.add_user("target@example.dk", "Target", "the-target-password", "Throttle Kommune");
  server.add_user("bystander@example.dk", "Bystander", "the-bystander-password", "Throttle Kommune",
                  "viewer");
  server.start();

  for (int i = 1; i <= 5; ++i) {
    EXPECT_EQ(
        sign_in_from(server, "127.0.0.2", "target@example.dk", "wrong-password-" + std::to_string(i)).status,
        401)
        << "attempt " << i;
  }
  // The owner, elsewhere, with the right password, right after: slowed, not locked out.
  const auto slowed = sign_in_from(server, "127.0.0.3", "TARGET@example.dk", "the-target-password");
  EXPECT_EQ(slowed.status, 429) << "the account key ignores case and the address";
  const int retry = std::atoi(slowed.header("retry-after").c_str());
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 5) << "the first delay is 5 s, never the old 15 minutes";
  EXPECT_NE(slowed.body.find(std::to_string(retry)), std::string::npos) << "the page says how long to wait";

  // The address that failed is not locked for anyone else: another account from it signs in.
  const auto other = sign_in_from(server, "127.0.0.2", "bystander@example.dk", "the-bystander-password");
  EXPECT_EQ(other.status, 303);
  EXPECT_NE(other.header("set-cookie").find("forkant_session="), std::string::npos);
}

TEST(LoginThrottle, ManyFailuresFromOneAddressLockOutNobodyElseBehindIt) {
  TestServer server;  // one address for everyone, as behind a proxy or NAT
  for (int a = 0; a < 3; ++a) {
    server.add_user("typo" + std::to_string(a) + "@example.dk", "Typo",
                    "the-right-password-" + std::to_string(a), "Nat Kommune", "viewer");
  }
  server.add_user("colleague@example.dk", "Colleague", "the-colleague-password", "Nat Kommune", "viewer");
  server.start();
  for (int a = 0; a < 3; ++a) {
    for (int i = 0; i < 4; ++i) {
      EXPECT_EQ(
          sign_in_from(server, "127.0.0.8", "typo" + std::to_string(a) + "@example.dk", "wrong-password")
              .status,
          401);
    }
  }
  // 12 failures from 127.0.0.8: the old rule (10 per address) locked the whole office out.
  EXPECT_EQ(sign_in_from(server, "127.0.0.8", "colleague@example.dk", "the-colleague-password").status, 303);
  EXPECT_EQ(sign_in_from(server, "127.0.0.8", "typo1@example.dk", "the-right-password-1").status, 303)
      << "four typos neither slow nor lock";
}

TEST(LoginThrottle, TheSlowingIsAuditedInTheAccountsOrganisationWithTheClientAddress) {
  TestServer server;
  const auto behind =
      server.add_user("proxied@example.dk", "Proxied", "the-proxied-password", "Proxy Kommune");
  const auto direct =
      server.add_user("direct@example.dk", "Direct", "the-direct-password", "Direkte Kommune");
  server.start({"--trusted-proxy", "127.0.0.5", "--trusted-proxy", "127.0.0.15"});

  // Through the trusted proxy: the client is the right-most address the proxies did not add themselves;
  // the left part of the header is whatever the client sent and is not believed.
  for (int i = 0; i < 5; ++i) {
    sign_in_from(server, "127.0.0.5", "proxied@example.dk", "wrong-password",
                 {{"X-Forwarded-For", "198.51.100.66, 203.0.113.9, 127.0.0.15"}});
  }
  // Straight from an untrusted peer, a forged header is ignored: the peer is the client.
  for (int i = 0; i < 5; ++i) {
    sign_in_from(server, "127.0.0.6", "direct@example.dk", "wrong-password",
                 {{"X-Forwarded-For", "203.0.113.10"}});
  }
  const auto entries = [&](std::int64_t org, const std::string& like) {
    return database_fact(
        server,
        "SELECT count(*) FROM audit_log WHERE action = 'login.slowed' AND org_id = " + std::to_string(org) +
            " AND object = 'user:" + std::to_string(org == behind.org_id ? behind.user_id : direct.user_id) +
            "' AND detail LIKE '%" + like + "'");
  };
  EXPECT_EQ(entries(behind.org_id, "from 203.0.113.9"), 1) << "the client behind the proxy";
  EXPECT_EQ(entries(behind.org_id, "198.51.100.66"), 0);
  EXPECT_EQ(entries(direct.org_id, "from 127.0.0.6"), 1) << "the peer, not the forged header";
  EXPECT_EQ(entries(direct.org_id, "203.0.113.10"), 0);
  EXPECT_EQ(database_fact(server, "SELECT count(*) FROM audit_log WHERE action = 'login.slowed'"), 2)
      << "one entry per organisation of the account, once per slowing";

  // The owner of the organisation reads it in the organisation's audit log.
  auto api = server.api(server.create_token("proxied@example.dk"));
  const auto audit = api.get("/api/v1/orgs/" + std::to_string(behind.org_id) + "/audit");
  ASSERT_EQ(audit.status, 200);
  bool found = false;
  const auto body = audit.json();
  for (const auto& e : body["entries"]) found = found || e["action"] == "login.slowed";
  EXPECT_TRUE(found) << audit.body;
}

TEST(LoginThrottle, ATrustedProxyMustBeAnAddress) {
  TestServer server;
  const auto r = server.run_cli(
      {"serve", "--db", server.db(), "--listen", "127.0.0.1:0", "--trusted-proxy", "proxy.example"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("--trusted-proxy"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace forkant::test
